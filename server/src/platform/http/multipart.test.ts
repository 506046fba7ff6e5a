import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { uploadError, type UploadErrors } from './multipart.ts';

const errors: UploadErrors = {
  missing: (cause) => new AppError('CASE_ATTACHMENT_MISSING', { cause }),
  tooLarge: (cause) => new AppError('CASE_ATTACHMENT_TOO_LARGE', { cause }),
  tooMany: (cause) => new AppError('BAD_REQUEST', { message: 'one file per upload', cause }),
};
const pluginError = (code: string) => Object.assign(new Error(code), { code });
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : 'not an AppError');

describe('uploadError', () => {
  it('answers the route\'s codes for the multipart plugin\'s errors, with the plugin\'s error as cause', () => {
    const tooLarge = pluginError('FST_REQ_FILE_TOO_LARGE');
    const mapped = uploadError(tooLarge, errors);
    expect(codeOf(mapped)).toBe('CASE_ATTACHMENT_TOO_LARGE');
    expect((mapped as AppError).cause).toBe(tooLarge);
    for (const code of ['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']) expect(codeOf(uploadError(pluginError(code), errors))).toBe('BAD_REQUEST');
    for (const code of ['FST_INVALID_MULTIPART_CONTENT_TYPE', 'FST_PROTO_VIOLATION']) expect(codeOf(uploadError(pluginError(code), errors))).toBe('CASE_ATTACHMENT_MISSING');
  });

  it('counts too many parts as missing where the route names nothing else', () => {
    expect(codeOf(uploadError(pluginError('FST_PARTS_LIMIT'), { missing: errors.missing, tooLarge: errors.tooLarge }))).toBe('CASE_ATTACHMENT_MISSING');
  });

  it('passes an AppError, or anything that is not the plugin\'s, through unchanged', () => {
    const own = AppError.notFound('case');
    const disk = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    expect(uploadError(own, errors)).toBe(own);
    expect(uploadError(disk, errors)).toBe(disk);
    expect(uploadError(null, errors)).toBe(null);
  });
});
