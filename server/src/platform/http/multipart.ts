/**
 * Reading uploads (multipart/form-data through @fastify/multipart, registered per route plugin with that plugin's
 * limits): the file part's name and bytes, with the route's own coded errors instead of the plugin's `FST_*` errors,
 * and the schema compiler that lets a multipart route document its form in OpenAPI.
 */
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { AppError } from '../errors/app-error.ts';

/** The route's answers to a bad upload; each gets the plugin's error as `cause`. */
export interface UploadErrors {
  /** Not multipart, no file part, or a malformed body. */
  missing: (cause?: unknown) => AppError;
  /** The file is over the plugin's `fileSize` limit. */
  tooLarge: (cause?: unknown) => AppError;
  /** More files, fields or parts than the plugin's limits allow (default: `missing`). */
  tooMany?: (cause?: unknown) => AppError;
}

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The one file of a multipart request. */
export async function readUploadedFile(request: FastifyRequest, errors: UploadErrors): Promise<UploadedFile> {
  if (!request.isMultipart()) throw errors.missing();
  try {
    const part = await request.file();
    if (!part) throw errors.missing();
    return { fileName: part.filename, bytes: await part.toBuffer() };
  } catch (error) {
    throw uploadError(error, errors);
  }
}

/** The route's coded error for what reading a multipart body threw (an AppError, or anything not the plugin's, as is). */
export function uploadError(error: unknown, errors: UploadErrors): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('FST_')) return error;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return errors.tooLarge(error);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') return (errors.tooMany ?? errors.missing)(error);
  return errors.missing(error);
}

/**
 * For routes that take multipart/form-data: the body is streamed by @fastify/multipart, not parsed into an object,
 * so its schema documents the form for OpenAPI and is not validated (the handler checks the file and fields);
 * params, query and headers are still validated, failing like AJV so the one error handler answers
 * VALIDATION_FAILED with every field.
 */
export const multipartValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  if (httpPart === 'body') return () => true;
  const validator = Compile(schema);
  return (data: unknown) => {
    if (validator.Check(data)) return { value: data };
    return { error: Object.assign(new Error('validation failed'), { validation: validator.Errors(data), statusCode: 400 }) };
  };
};
