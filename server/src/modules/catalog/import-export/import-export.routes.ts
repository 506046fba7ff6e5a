import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { Deps } from '../../../platform/http/deps.ts';
import { errorResponses, IdParams } from '../../../platform/http/common-schemas.ts';
import { PageOf, PageQuery } from '../../../platform/http/pagination.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { multipartValidatorCompiler, readUploadedFile, type UploadErrors } from '../../../platform/http/multipart.ts';
import { requireStaff } from '../../../platform/auth/principal.ts';
import { contentDisposition } from '../../../platform/files/file-type.ts';
import { catalogImportErrors, getCatalogImport, listCatalogImports, startCatalogImport } from './import-catalog.ts';
import { catalogTemplate, exportCatalog, type WorkbookDownload } from './export-catalog.ts';
import { writeErrorWorkbook } from './write-workbook.ts';
import { MAX_FILE_BYTES, XLSX_MEDIA_TYPE } from './workbook-spec.ts';
import { ExportQuery, ImportDetailView, ImportUploadBody, ImportUploadHeaders, ImportView } from './import-export.schemas.ts';

const tags = ['catalog import/export'];
const Xlsx = { description: 'An xlsx workbook', content: { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } };
const uploadErrors: UploadErrors = {
  missing: (cause) => new AppError('IMPORT_FILE_REQUIRED', { cause }),
  tooLarge: (cause) => new AppError('IMPORT_FILE_TOO_LARGE', { cause }),
};
const fileErrors = { 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), 422: Type.Ref('ErrorResponse') };

/** Streams a workbook; a failure half-way ends the download (the client sees a truncated file, never a wrong one). */
function sendWorkbook(request: FastifyRequest, reply: FastifyReply, download: WorkbookDownload) {
  const stream = new PassThrough();
  download.write(stream).catch((error: unknown) => {
    request.log.error({ err: error, requestId: request.id }, 'workbook export failed');
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply.header('content-type', XLSX_MEDIA_TYPE).header('content-disposition', contentDisposition('attachment', download.fileName)).send(stream);
}

export const catalogImportExportRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // Scoped to this plugin (its own encapsulation context): other routes are unaffected.
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6, headerPairs: 100 } });

  app.get('/catalog/import/template', {
    schema: { tags, summary: 'The import template: README, data sheets with drop-downs, code tables, your departments and the basic catalogue (see docs/catalog-import.md)', produces: [XLSX_MEDIA_TYPE], response: { 200: Xlsx, ...errorResponses } },
  }, (request, reply) => sendWorkbook(request, reply, catalogTemplate(deps, request.ctx)));

  app.get('/catalog/export.xlsx', {
    schema: { tags, summary: 'Export the implementations in my scope (same filters as the workbench list) in the template format, ready to edit and import again', querystring: ExportQuery, produces: [XLSX_MEDIA_TYPE], response: { 200: Xlsx, ...errorResponses } },
  }, (request, reply) => sendWorkbook(request, reply, exportCatalog(deps, request.ctx, request.query)));

  app.post('/catalog/imports', {
    schema: {
      tags,
      summary: 'Upload a filled-in template (multipart/form-data, one part named "file", ≤ 20 MiB). Answers 202 with the queued import; poll GET /catalog/imports/{id}. All rows are imported as drafts, or none.',
      consumes: ['multipart/form-data'],
      headers: ImportUploadHeaders,
      body: ImportUploadBody,
      response: { 200: ImportView, 202: ImportView, ...errorResponses, ...fileErrors },
    },
    validatorCompiler: multipartValidatorCompiler,
  }, async (request, reply) => {
    // Permission before reading a byte of the body.
    requireStaff(request.ctx, 'catalog.import');
    const upload = await readUploadedFile(request, uploadErrors);
    const { view, replayed } = await startCatalogImport(deps, request.ctx, { ...upload, idempotencyKey: request.headers['idempotency-key'] ?? null });
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return reply.status(replayed ? 200 : 202).send(view);
  });

  app.get('/catalog/imports', {
    schema: { tags, summary: 'Recent imports: mine and those of uploaders in my scope, newest first', querystring: PageQuery, response: { 200: PageOf(ImportView), ...errorResponses } },
  }, (request) => listCatalogImports(deps, request.ctx, request.query));

  app.get('/catalog/imports/:id', {
    schema: { tags, summary: 'An import: status, progress (processedRows of totalRows), created drafts, and one page of the row-by-row error report', params: IdParams, querystring: PageQuery, response: { 200: ImportDetailView, ...errorResponses } },
  }, (request) => getCatalogImport(deps, request.ctx, request.params.id, request.query));

  app.get('/catalog/imports/:id/errors.xlsx', {
    schema: { tags, summary: "An import's error report as a workbook (sheet, row, column, cell, code, message)", params: IdParams, produces: [XLSX_MEDIA_TYPE], response: { 200: Xlsx, ...errorResponses } },
  }, async (request, reply) => {
    const { view, errors } = await catalogImportErrors(deps, request.ctx, request.params.id);
    const base = view.fileName.replace(/\.xlsx$/i, '');
    return sendWorkbook(request, reply, { fileName: `${base}-错误清单-errors.xlsx`, write: (stream) => writeErrorWorkbook(stream, view.fileName, errors) });
  });
};
