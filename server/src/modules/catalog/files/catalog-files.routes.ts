import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { Deps } from '../../../platform/http/deps.ts';
import { DateTime, errorResponses, IdParams, Uuid } from '../../../platform/http/common-schemas.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { readUploadedFile, type UploadErrors } from '../../../platform/http/multipart.ts';
import { requireStaff } from '../../../platform/auth/principal.ts';
import { contentDisposition } from '../../../platform/files/file-type.ts';
import { CATALOG_FILE_MAX_BYTES, getCatalogFile, readCatalogFile, readPublishedGuideFile, uploadCatalogFile, type CatalogFileView } from './catalog-files.ts';

const CatalogFileSchema = Type.Object({ id: Uuid, fileName: Type.String(), mediaType: Type.String(), size: Type.Integer(), sha256: Type.String(), createdAt: DateTime });
const uploadErrors: UploadErrors = {
  missing: (cause) => new AppError('CATALOG_FILE_MISSING', { cause }),
  tooLarge: (cause) => new AppError('CATALOG_FILE_TOO_LARGE', { cause }),
  tooMany: (cause) => new AppError('BAD_REQUEST', { message: 'one file per upload', cause }),
};
const Bytes = { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };

function sendFile(reply: FastifyReply, file: CatalogFileView, bytes: Uint8Array, cacheControl: string) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('cache-control', cacheControl)
    .header('etag', `"${file.sha256}"`)
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export const catalogFileRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // Scoped to this plugin: other routes keep answering 415 to multipart bodies.
  await app.register(multipart, { limits: { fileSize: CATALOG_FILE_MAX_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 100 } });
  const tags = ['catalog'];

  app.post('/catalog/files', {
    schema: {
      tags, summary: 'Upload a blank form or sample (multipart/form-data, one part named "file"; PDF, OFD, DOC(X), XLS(X), JPEG, PNG; ≤ 10 MiB; type checked from content)',
      consumes: ['multipart/form-data'],
      response: { 201: CatalogFileSchema, 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), ...errorResponses },
    },
  }, async (request, reply) => {
    // Permission before reading a byte of the body.
    requireStaff(request.ctx, 'catalog.maintain');
    const upload = await readUploadedFile(request, uploadErrors);
    return reply.status(201).send(await uploadCatalogFile(deps, request.ctx, upload));
  });
  app.get('/catalog/files/:id', { schema: { tags, summary: 'Metadata of an uploaded file', params: IdParams, response: { 200: CatalogFileSchema, ...errorResponses } } },
    (request) => getCatalogFile(deps, request.ctx, request.params.id));
  app.get('/catalog/files/:id/content', { schema: { tags, summary: 'Download an uploaded file', params: IdParams, response: { 200: Bytes, ...errorResponses } } },
    async (request, reply) => {
      const { file, bytes } = await readCatalogFile(deps, request.ctx, request.params.id);
      return sendFile(reply, file, bytes, 'private, no-store');
    });
  app.get('/public/catalog/items/:code/files/:id', {
    schema: { tags: ['public catalog'], summary: 'Download a blank form or sample referred to by a published guide', params: Type.Object({ code: Type.String({ pattern: '^[0-9A-Z]{31}$' }), id: Uuid }), response: { 200: Bytes, 304: Type.Null(), ...errorResponses } },
  }, async (request, reply) => {
    const { file, bytes } = await readPublishedGuideFile(deps, request.params.code, request.params.id);
    if (request.headers['if-none-match'] === `"${file.sha256}"`) return reply.status(304).header('etag', `"${file.sha256}"`).send();
    return sendFile(reply, file, bytes, 'public, max-age=300');
  });
};
