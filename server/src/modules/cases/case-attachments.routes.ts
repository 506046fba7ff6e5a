import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams, NoContent } from '../../platform/http/common-schemas.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { readUploadedFile, type UploadErrors } from '../../platform/http/multipart.ts';
import { contentDisposition } from '../../platform/files/file-type.ts';
import { assertCanAttach, attachCaseLicence, listLicenceCandidates, readCaseAttachment, removeCaseAttachment, uploadCaseAttachment } from './case-attachments.ts';
import { CASE_ATTACHMENT_MAX_BYTES } from './case-support.ts';
import { AttachLicenceBody, AttachmentParams, AttachmentView, LicenceCandidates, UploadQuery } from './cases.schemas.ts';

const uploadErrors: UploadErrors = {
  missing: (cause) => new AppError('CASE_ATTACHMENT_MISSING', { cause }),
  tooLarge: (cause) => new AppError('CASE_ATTACHMENT_TOO_LARGE', { cause }),
  tooMany: (cause) => new AppError('BAD_REQUEST', { message: 'one file per upload', cause }),
};
const Bytes = { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };

export const caseAttachmentRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // Scoped to this plugin: other routes keep answering 415 to multipart bodies.
  await app.register(multipart, { limits: { fileSize: CASE_ATTACHMENT_MAX_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 100 } });
  const tags = ['cases'];

  app.post('/cases/:id/attachments', {
    schema: {
      tags, summary: 'Upload a material (multipart/form-data, one part named "file"; PDF, OFD, JPEG, PNG; ≤ 20 MiB; type checked from content) (applicant)',
      consumes: ['multipart/form-data'], params: IdParams, querystring: UploadQuery,
      response: { 201: AttachmentView, 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), ...errorResponses },
    },
  }, async (request, reply) => {
    // Owner and state before reading a byte of the body.
    const checked = await assertCanAttach(deps, request.ctx, request.params.id);
    const upload = await readUploadedFile(request, uploadErrors);
    return reply.status(201).send(await uploadCaseAttachment(deps, request.ctx, request.params.id, { materialKey: request.query.materialKey, ...upload }, checked));
  });
  app.get('/cases/:id/attachments/:attachmentId/content', { schema: { tags, summary: 'Download an attachment (the case\'s applicant or front desk)', params: AttachmentParams, response: { 200: Bytes, ...errorResponses } } },
    async (request, reply) => {
      const { attachment, bytes } = await readCaseAttachment(deps, request.ctx, request.params.id, request.params.attachmentId);
      return reply.header('content-type', attachment.media_type).header('content-disposition', contentDisposition('attachment', attachment.file_name))
        .header('cache-control', 'private, no-store').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  app.post('/cases/:id/attachments/licence', {
    schema: {
      tags, summary: 'Attach one of the applicant\'s valid e-licences to a material a licence of that type satisfies (减证便民) (applicant or filer)',
      params: IdParams, body: AttachLicenceBody, response: { 201: AttachmentView, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await attachCaseLicence(deps, request.ctx, request.params.id, request.body)));
  app.delete('/cases/:id/attachments/:attachmentId', {
    schema: { tags, summary: 'Remove an attachment of a draft or of a case awaiting correction (applicant or filer)', params: AttachmentParams, response: { 204: NoContent, ...errorResponses } },
  }, async (request, reply) => {
    await removeCaseAttachment(deps, request.ctx, request.params.id, request.params.attachmentId);
    return reply.status(204).send(null);
  });
  app.get('/cases/:id/licence-candidates', {
    schema: {
      tags, summary: 'The applicant\'s e-licences for the materials a licence satisfies, with their status today (applicant or filer)',
      params: IdParams, response: { 200: LicenceCandidates, ...errorResponses },
    },
  }, async (request) => listLicenceCandidates(deps, request.ctx, request.params.id));
};
