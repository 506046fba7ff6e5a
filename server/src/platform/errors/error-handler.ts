import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, messageFor, pickLanguage, type FieldError, type Lang } from './app-error.ts';
import { ERROR_TABLE, type ErrorCode } from './error-codes.ts';

interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    messages: { 'zh-CN': string; 'en-US': string };
    requestId: string;
    fields?: { path: string; code: ErrorCode; message: string; messages: { 'zh-CN': string; 'en-US': string } }[];
    details?: Record<string, unknown>;
  };
}

function renderField(field: FieldError, lang: Lang) {
  const zh = field.messages?.zh ?? ERROR_TABLE[field.code].zh;
  const en = field.messages?.en ?? ERROR_TABLE[field.code].en;
  return { path: field.path, code: field.code, message: lang === 'en-US' ? en : zh, messages: { 'zh-CN': zh, 'en-US': en } };
}

export function errorBody(error: AppError, request: FastifyRequest): ErrorBody {
  const lang = pickLanguage(request.headers['accept-language']);
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: messageFor(error.code, lang),
      messages: { 'zh-CN': ERROR_TABLE[error.code].zh, 'en-US': ERROR_TABLE[error.code].en },
      requestId: request.id,
    },
  };
  if (error.fields.length > 0) body.error.fields = error.fields.map((f) => renderField(f, lang));
  if (Object.keys(error.details).length > 0) body.error.details = error.details;
  return body;
}

export interface AjvIssue { keyword: string; instancePath: string; params: Record<string, unknown>; message?: string | undefined }

/** Bilingual text for the schema keywords our routes use (also the catalogue import's report of schema issues). */
export function describeIssue(v: AjvIssue): { zh: string; en: string } {
  const p = v.params;
  switch (v.keyword) {
    case 'required': return { zh: '必填', en: 'Required' };
    case 'minLength': return { zh: `至少 ${String(p['limit'])} 个字符`, en: `At least ${String(p['limit'])} characters` };
    case 'maxLength': return { zh: `最多 ${String(p['limit'])} 个字符`, en: `At most ${String(p['limit'])} characters` };
    case 'minimum': return { zh: `不能小于 ${String(p['limit'])}`, en: `Must be at least ${String(p['limit'])}` };
    case 'maximum': return { zh: `不能大于 ${String(p['limit'])}`, en: `Must be at most ${String(p['limit'])}` };
    case 'minItems': return { zh: `至少选择 ${String(p['limit'])} 项`, en: `Choose at least ${String(p['limit'])}` };
    case 'pattern': case 'format': return { zh: '格式不正确', en: 'Wrong format' };
    case 'type': return { zh: `类型应为 ${String(p['type'])}`, en: `Must be of type ${String(p['type'])}` };
    case 'const': case 'enum': case 'anyOf': return { zh: '取值不在允许范围内', en: 'Not one of the allowed values' };
    case 'additionalProperties': return { zh: `不允许的字段 ${String(p['additionalProperty'])}`, en: `Unknown field ${String(p['additionalProperty'])}` };
    case 'minProperties': return { zh: '至少需要修改一个字段', en: 'Change at least one field' };
    case 'uniqueItems': return { zh: '不能有重复项', en: 'Must not contain duplicates' };
    default: return { zh: '取值不正确', en: v.message ?? 'Invalid value' };
  }
}

/** AJV errors → one VALIDATION_FAILED with every bad field. */
function fromValidation(error: FastifyError): AppError {
  const issues = (error.validation ?? []) as AjvIssue[];
  const fields: FieldError[] = issues.map((v) => {
    const missing = v.keyword === 'required' && typeof v.params['missingProperty'] === 'string' ? `/${v.params['missingProperty']}` : '';
    const extra = v.keyword === 'additionalProperties' && typeof v.params['additionalProperty'] === 'string' ? `/${v.params['additionalProperty']}` : '';
    return { path: `${v.instancePath}${missing}${extra}` || '/', code: 'VALIDATION_FAILED' as const, messages: describeIssue(v) };
  });
  // A union schema reports the same field once per branch; keep the first issue per path.
  const seen = new Set<string>();
  return AppError.validation(fields.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true))));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    let appError: AppError;
    const fastifyError = err as FastifyError;
    if (err instanceof AppError) {
      appError = err;
    } else if (fastifyError.validation) {
      appError = fromValidation(fastifyError);
    } else if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      appError = new AppError('PAYLOAD_TOO_LARGE');
    } else if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      // Malformed JSON, unsupported media type and the like: the client's fault, never a 500.
      const byStatus: Partial<Record<number, ErrorCode>> = { 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED' };
      appError = new AppError(byStatus[fastifyError.statusCode] ?? 'BAD_REQUEST', { message: fastifyError.message });
    } else {
      request.log.error({ err, requestId: request.id }, 'unhandled error');
      appError = new AppError('INTERNAL_ERROR');
    }
    if (appError.status >= 500 && appError.code !== 'INTERNAL_ERROR') request.log.error({ err }, appError.message);
    void reply.status(appError.status).send(errorBody(appError, request));
  });

  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody(new AppError('ROUTE_NOT_FOUND'), request));
  });
}
