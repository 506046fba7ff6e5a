import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { Deps } from '../../../platform/http/deps.ts';
import { errorResponses, IdParams } from '../../../platform/http/common-schemas.ts';
import { PageOf } from '../../../platform/http/pagination.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { multipartValidatorCompiler, uploadError, type UploadErrors } from '../../../platform/http/multipart.ts';
import { requireStaff } from '../../../platform/auth/principal.ts';
import { contentDisposition } from '../../../platform/files/file-type.ts';
import { CSV_MEDIA_TYPE, MAX_IMPORT_BYTES, XLSX_MEDIA_TYPE } from './import-columns.ts';
import { csvTemplate, templateFileName, xlsxTemplate } from './import-template.ts';
import {
  getLicenceImport, licenceImportChoices, licenceImportErrorsCsv, licenceImportTemplateType, listLicenceImports, startLicenceImport, type ImportUpload,
} from './import-licences.ts';
import { LicenceImportChoices, LicenceImportDetail, LicenceImportListQuery, LicenceImportUploadBody, LicenceImportView } from './licence-import.schemas.ts';

const tags = ['licences'];
const Binary = (mediaType: string, description: string) => ({ description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } });
const uploadErrors: UploadErrors = {
  missing: (cause) => new AppError('LICENCE_IMPORT_FILE_REQUIRED', { cause }),
  tooLarge: (cause) => new AppError('LICENCE_IMPORT_TOO_LARGE', { cause }),
};
const fileErrors = { 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse') };

/** The form's fields (in any order) and its one file, with this API's coded errors instead of the plugin's. */
async function readUpload(request: FastifyRequest): Promise<ImportUpload> {
  if (!request.isMultipart()) throw uploadErrors.missing();
  const upload: ImportUpload = { fileName: '', bytes: new Uint8Array(), licenceTypeId: undefined, departmentId: undefined };
  let file = false;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        upload.fileName = part.filename;
        upload.bytes = await part.toBuffer();
        file = true;
      } else if (part.fieldname === 'licenceTypeId' || part.fieldname === 'departmentId') {
        upload[part.fieldname] = typeof part.value === 'string' ? part.value.trim() : undefined;
      }
    }
  } catch (error) {
    throw uploadError(error, uploadErrors);
  }
  if (!file) throw uploadErrors.missing();
  return upload;
}

export const licenceImportRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // Scoped to this plugin: other routes are unaffected.
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 4, parts: 5, headerPairs: 100 } });

  app.get('/licence-types/:id/import-template.xlsx', {
    schema: { tags, summary: 'Stock-licence import template of a type (xlsx: data sheet with one header row, README sheet)', params: IdParams, produces: [XLSX_MEDIA_TYPE], response: { 200: Binary(XLSX_MEDIA_TYPE, 'An xlsx workbook'), ...errorResponses } },
  }, async (request, reply) => {
    const type = await licenceImportTemplateType(deps, request.ctx, request.params.id);
    const bytes = await xlsxTemplate(type);
    return reply.header('content-type', XLSX_MEDIA_TYPE).header('content-disposition', contentDisposition('attachment', templateFileName(type, 'xlsx'))).send(bytes);
  });

  app.get('/licence-types/:id/import-template.csv', {
    schema: { tags, summary: 'Stock-licence import template of a type (UTF-8 CSV with a byte-order mark: the header row)', params: IdParams, produces: ['text/csv'], response: { 200: Binary('text/csv', 'UTF-8 CSV'), ...errorResponses } },
  }, async (request, reply) => {
    const type = await licenceImportTemplateType(deps, request.ctx, request.params.id);
    return reply.header('content-type', CSV_MEDIA_TYPE).header('content-disposition', contentDisposition('attachment', templateFileName(type, 'csv'))).send(csvTemplate(type));
  });

  app.get('/licence-imports/choices', {
    schema: { tags, summary: 'Departments in my scope that issue licence types, with those types and whether the department has an active seal', response: { 200: LicenceImportChoices, ...errorResponses } },
  }, (request) => licenceImportChoices(deps, request.ctx));

  app.post('/licence-imports', {
    schema: {
      tags,
      summary: 'Import stock (paper) licences as sealed e-licences (multipart/form-data: licenceTypeId, departmentId, file). Every row is checked first; any problem → status failed with the per-row report and nothing issued; otherwise all rows are issued in one transaction. Files of ≤ 200 rows answer 200 when finished; larger ones 202 while running (poll GET /licence-imports/{id}).',
      consumes: ['multipart/form-data'],
      body: LicenceImportUploadBody,
      response: { 200: LicenceImportDetail, 202: LicenceImportDetail, ...errorResponses, ...fileErrors },
    },
    validatorCompiler: multipartValidatorCompiler,
  }, async (request, reply) => {
    // Permission before reading a byte of the body.
    requireStaff(request.ctx, 'licence.import');
    const upload = await readUpload(request);
    const { view, finished } = await startLicenceImport(deps, request.ctx, upload);
    return reply.status(finished ? 200 : 202).send(view);
  });

  app.get('/licence-imports', {
    schema: { tags, summary: 'Stock-licence imports of the departments in my scope, newest first', querystring: LicenceImportListQuery, response: { 200: PageOf(LicenceImportView), ...errorResponses } },
  }, (request) => listLicenceImports(deps, request.ctx, request.query));

  app.get('/licence-imports/:id', {
    schema: { tags, summary: 'One import: status, counts, progress (processedRows of totalRows) and the whole per-row error report', params: IdParams, response: { 200: LicenceImportDetail, ...errorResponses } },
  }, (request) => getLicenceImport(deps, request.ctx, request.params.id));

  app.get('/licence-imports/:id/errors.csv', {
    schema: { tags, summary: "An import's error report as UTF-8 CSV (行, 列, 代码, 说明)", params: IdParams, produces: ['text/csv'], response: { 200: Binary('text/csv', 'UTF-8 CSV'), ...errorResponses } },
  }, async (request, reply) => {
    const { fileName, csv } = await licenceImportErrorsCsv(deps, request.ctx, request.params.id);
    return reply.header('content-type', CSV_MEDIA_TYPE).header('content-disposition', contentDisposition('attachment', fileName)).send(csv);
  });
};
