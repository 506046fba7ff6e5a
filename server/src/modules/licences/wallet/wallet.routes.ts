import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../platform/http/deps.ts';
import { errorResponses, IdParams, NoContent } from '../../../platform/http/common-schemas.ts';
import { contentDisposition } from '../../../platform/files/file-type.ts';
import { getMyLicence, listMyLicences, myLicenceCredential, myLicencePdf } from './licence-wallet.ts';
import { createLicenceShare, listLicenceShares, readSharedLicence, readSharedLicencePdf, revokeLicenceShare } from './licence-shares.ts';
import { CreatedShare, CreateShareBody, LicenceShareView, SharedLicence, ShareParams, TokenParams, WalletLicenceDetail, WalletLicenceSummary } from './wallet.schemas.ts';

const Pdf = { description: 'The licence PDF, the Verifiable Credential embedded', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };
const Credential = { description: 'The signed W3C Verifiable Credential 2.0 with its SM2 proof', content: { 'application/vc+json': { schema: { type: 'object' } } } };
const errorsWith429 = { ...errorResponses, 429: Type.Ref('ErrorResponse') };

function sendPdf(reply: FastifyReply, file: { fileName: string; bytes: Uint8Array }) {
  return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('cache-control', 'private, no-store').send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/** The applicant's licences (我的证照) and their share links, and the public page of a share link. */
export const licenceWalletRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['licences'];

  app.get('/me/licences', { schema: { tags, summary: 'My licences with today\'s status, newest first (applicant; an enterprise also sees those held by its credit code)', response: { 200: Type.Array(WalletLicenceSummary), ...errorResponses } } },
    (request) => listMyLicences(deps, request.ctx));
  app.get('/me/licences/:id', { schema: { tags, summary: 'One of my licences with its fields', params: IdParams, response: { 200: WalletLicenceDetail, ...errorResponses } } },
    (request) => getMyLicence(deps, request.ctx, request.params.id));
  app.get('/me/licences/:id/pdf', { schema: { tags, summary: 'Download my licence as PDF (rendered on the first read, then stored)', params: IdParams, response: { 200: Pdf, ...errorResponses } } },
    async (request, reply) => sendPdf(reply, await myLicencePdf(deps, request.ctx, request.params.id)));
  app.get('/me/licences/:id/credential', { schema: { tags, summary: 'Download my licence as a W3C Verifiable Credential (JSON, SM2 proof)', params: IdParams, response: { 200: Credential, ...errorResponses } } },
    async (request, reply) => {
      const file = await myLicenceCredential(deps, request.ctx, request.params.id);
      return reply.header('content-type', 'application/vc+json; charset=utf-8').header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('cache-control', 'private, no-store').send(file.json);
    });

  app.post('/me/licences/:id/shares', { schema: { tags, summary: 'Share my licence by a link valid for 1–720 hours; the link (token) is shown only in this answer', params: IdParams, body: CreateShareBody, response: { 201: CreatedShare, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createLicenceShare(deps, request.ctx, request.params.id, request.body)));
  app.get('/me/licences/:id/shares', { schema: { tags, summary: 'The share links of my licence, newest first, with how often each was opened', params: IdParams, response: { 200: Type.Array(LicenceShareView), ...errorResponses } } },
    (request) => listLicenceShares(deps, request.ctx, request.params.id));
  app.delete('/me/licences/:id/shares/:shareId', { schema: { tags, summary: 'Withdraw a share link (at once; withdrawing twice changes nothing)', params: ShareParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await revokeLicenceShare(deps, request.ctx, request.params.id, request.params.shareId);
      return reply.status(204).send(null);
    });

  app.get('/public/licence-shares/:token', { schema: { tags, summary: 'A licence shared by its holder (holder code masked, today\'s status); expired, withdrawn and unknown links answer 404, repeated failures 429', params: TokenParams, response: { 200: SharedLicence, ...errorsWith429 } } },
    (request) => readSharedLicence(deps, request.ctx, request.params.token));
  app.get('/public/licence-shares/:token/pdf', { schema: { tags, summary: 'The PDF of a licence shared by its holder', params: TokenParams, response: { 200: Pdf, ...errorsWith429 } } },
    async (request, reply) => sendPdf(reply, await readSharedLicencePdf(deps, request.ctx, request.params.token)));
};
