import { ERROR_TABLE, type ErrorCode } from './error-codes.ts';

export interface FieldError {
  /** JSON pointer into the request body or query, e.g. "/idNumber". */
  path: string;
  code: ErrorCode;
  /** Optional detail overriding the code's default message for this field. */
  messages?: { zh: string; en: string };
}

/** The one error class of the application: a stable code, optional field errors and details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldError[];
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, options: { message?: string; fields?: FieldError[]; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_TABLE[code].status;
    this.fields = options.fields ?? [];
    this.details = options.details ?? {};
  }

  static validation(fields: FieldError[]): AppError {
    return new AppError('VALIDATION_FAILED', { fields });
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', { message: `${what} not found` });
  }
}

export type Lang = 'zh-CN' | 'en-US';

export function messageFor(code: ErrorCode, lang: Lang): string {
  return lang === 'en-US' ? ERROR_TABLE[code].en : ERROR_TABLE[code].zh;
}

/** Picks zh-CN unless the client prefers English. */
export function pickLanguage(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}

/** Collects field errors and throws one VALIDATION_FAILED listing all of them. */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  add(path: string, code: ErrorCode, messages?: { zh: string; en: string }): this {
    this.list.push(messages ? { path, code, messages } : { path, code });
    return this;
  }
  get isEmpty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw AppError.validation(this.list);
  }
}
