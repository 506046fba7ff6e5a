import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type, type TSchema } from 'typebox';
import type { Deps } from '../../../platform/http/deps.ts';
import { errorResponses, IdParams } from '../../../platform/http/common-schemas.ts';
import { PageOf } from '../../../platform/http/pagination.ts';
import { IdempotencyKeyHeaders, idempotentRequestOf, sendIdempotent } from '../../../platform/http/idempotency.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { multipartValidatorCompiler, readUploadedFile, type UploadErrors } from '../../../platform/http/multipart.ts';
import { MAX_LICENCE_UPLOAD_BYTES } from '../outputs/licence-upload.ts';
import { verifyLicenceByIdentifier, verifyLicenceUpload } from './verify-licence.ts';
import { readPublicSeal, readRootKey, readStatusListCredential, STATUS_LIST_MAX_AGE_SECONDS } from './public-registry.ts';
import { changeLicenceStatus, listLicences, readLicence } from './manage-licences.ts';
import {
  LicenceListQuery, LicenceVerification, PublicSealView, ReinstateBody, RevokeBody, RootKeyView, SealParams, StaffLicenceDetail, StaffLicenceSummary,
  StatusListCredentialSchema, StatusListParams, SuspendBody, VerifyQuery, VerifyUploadBody,
} from './verify.schemas.ts';

const uploadErrors: UploadErrors = {
  missing: (cause) => new AppError('LICENCE_UPLOAD_UNREADABLE', { message: 'send multipart/form-data with one part named "file"', cause }),
  tooLarge: (cause) => new AppError('PAYLOAD_TOO_LARGE', { cause }),
};

/**
 * Licence verification (public, no login: by identifier, by upload; status lists, seals, the root key) and the
 * staff's licence register (list, detail, revoke, suspend, reinstate). Handlers only call use-cases.
 */
export const licenceVerifyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // Scoped to this plugin: other routes keep answering 415 to multipart bodies.
  await app.register(multipart, { limits: { fileSize: MAX_LICENCE_UPLOAD_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 100 } });
  const tags = ['licences'];

  app.get('/public/licences/verify', {
    schema: {
      tags, summary: 'Verify a licence by its identifier (the QR code, or typed): signature, seal, content and status today. No login; throttled per address. Unknown identifiers answer outcome not_found',
      querystring: VerifyQuery, response: { 200: LicenceVerification, 429: Type.Ref('ErrorResponse'), ...errorResponses },
    },
  }, (request) => verifyLicenceByIdentifier(deps, request.ctx, request.query.identifier));

  app.post('/public/licences/verify', {
    schema: {
      tags, summary: 'Verify an uploaded licence: the PDF (its embedded credential) or the Verifiable Credential JSON (multipart/form-data, part "file", ≤ 5 MiB). No login; throttled per address',
      consumes: ['multipart/form-data'], body: VerifyUploadBody,
      response: { 200: LicenceVerification, 413: Type.Ref('ErrorResponse'), 429: Type.Ref('ErrorResponse'), ...errorResponses },
    },
    validatorCompiler: multipartValidatorCompiler,
  }, async (request) => verifyLicenceUpload(deps, request.ctx, new Uint8Array((await readUploadedFile(request, uploadErrors)).bytes)));

  app.get('/public/licence-status/:listId/:purpose', {
    schema: {
      tags, summary: 'A W3C Bitstring Status List (revocation or suspension) as a BitstringStatusListCredential signed by the platform root key; cacheable for 60 s',
      params: StatusListParams, response: { 200: StatusListCredentialSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const credential = await readStatusListCredential(deps, request.params.listId, request.params.purpose);
    void reply.header('cache-control', `public, max-age=${STATUS_LIST_MAX_AGE_SECONDS}`);
    return credential;
  });

  app.get('/public/licence-seals/:sealId', {
    schema: { tags, summary: 'An electronic seal: GB/T 38540 seal information, public key (PEM), status, validity, and the root key\'s signature over it', params: SealParams, response: { 200: PublicSealView, ...errorResponses } },
  }, async (request, reply) => {
    const seal = await readPublicSeal(deps, request.params.sealId);
    void reply.header('cache-control', 'public, max-age=60');
    return seal;
  });

  app.get('/public/licence-root-key', {
    schema: { tags, summary: 'The platform root key that signs seals and status lists (SM2, PEM)', response: { 200: RootKeyView, ...errorResponses } },
  }, async (_request, reply) => {
    const key = await readRootKey(deps);
    void reply.header('cache-control', 'public, max-age=3600');
    return key;
  });

  app.get('/licences', {
    schema: { tags, summary: 'Licences in my scope, newest first; holders masked (licence.read; department roles: their department\'s)', querystring: LicenceListQuery, response: { 200: PageOf(StaffLicenceSummary), ...errorResponses } },
  }, (request) => listLicences(deps, request.ctx, request.query));

  app.get('/licences/:id', {
    schema: { tags, summary: 'One licence in my scope with its suspensions and revocation (licence.read)', params: IdParams, response: { 200: StaffLicenceDetail, ...errorResponses } },
  }, (request) => readLicence(deps, request.ctx, request.params.id));

  const statusAction = (path: string, summary: string, body: TSchema, toAction: (b: Record<string, string | undefined>) => Parameters<typeof changeLicenceStatus>[3]) =>
    app.post(path, {
      schema: { tags, summary: `${summary} (licence.manage_status: approvers of the issuing department); Idempotency-Key optional`, params: IdParams, headers: IdempotencyKeyHeaders, body, response: { 200: StaffLicenceDetail, ...errorResponses } },
    }, async (request, reply) => sendIdempotent(reply, await changeLicenceStatus(deps, request.ctx, request.params.id, toAction(request.body as Record<string, string | undefined>), idempotentRequestOf(request))));

  statusAction('/licences/:id/revoke', 'Revoke a licence with a reason; final', RevokeBody, (b) => ({ kind: 'revoke', reason: b.reason ?? '' }));
  statusAction('/licences/:id/suspend', 'Suspend a licence with a reason', SuspendBody, (b) => ({ kind: 'suspend', reason: b.reason ?? '' }));
  statusAction('/licences/:id/reinstate', 'Lift the suspension of a licence', ReinstateBody, (b) => ({ kind: 'reinstate', note: b.note }));
};
