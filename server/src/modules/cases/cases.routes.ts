import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams } from '../../platform/http/common-schemas.ts';
import { IdempotencyKeyHeaders, idempotentRequestOf, sendIdempotent } from '../../platform/http/idempotency.ts';
import { PageOf, PageQuery } from '../../platform/http/pagination.ts';
import { createCaseDraft } from './create-case-draft.ts';
import { saveCaseDraft } from './save-case-draft.ts';
import { submitCase } from './submit-case.ts';
import { withdrawCase } from './withdraw-case.ts';
import { getCase, listMyCases, listPreReviewQueue } from './read-cases.ts';
import { acceptCase } from './accept-case.ts';
import { rejectCase } from './reject-case.ts';
import { requestCaseCorrection } from './request-case-correction.ts';
import { listCaseReusableAttachments, listReusableAttachments, reuseCaseAttachment } from './case-attachments.ts';
import {
  AcceptBody, AttachmentView, CaseDetail, CaseSummary, CorrectionBody, CreateCaseBody, MyCasesQuery, QueueItem, RejectBody, ReusableAttachment,
  ReusableQuery, ReuseAttachmentBody, SaveDraftBody, SubmitQuery, SubmitResult, WithdrawBody,
} from './cases.schemas.ts';

/** Cases: the applicant's application and the front desk's pre-review. Handlers only call the use-cases. */
export const caseRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['cases'];

  // Applicant
  app.post('/cases', {
    schema: { tags, summary: 'Start a draft for a published implementation (applicant); the form is pre-filled from the account', body: CreateCaseBody, response: { 201: CaseDetail, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await createCaseDraft(deps, request.ctx, request.body)));
  app.get('/cases', { schema: { tags, summary: 'My cases, newest first (applicant)', querystring: MyCasesQuery, response: { 200: PageOf(CaseSummary), ...errorResponses } } },
    (request) => listMyCases(deps, request.ctx, request.query));
  app.get('/cases/pre-review', { schema: { tags, summary: 'The pre-review queue of my front desk, most urgent art. 32 deadline first (clerk)', querystring: PageQuery, response: { 200: PageOf(QueueItem), ...errorResponses } } },
    (request) => listPreReviewQueue(deps, request.ctx, request.query));
  app.get('/cases/reusable-attachments', { schema: { tags, summary: 'My attachments from earlier cases that can be reused (applicant)', querystring: ReusableQuery, response: { 200: Type.Array(ReusableAttachment), ...errorResponses } } },
    (request) => listReusableAttachments(deps, request.ctx, request.query));
  app.get('/cases/:id', { schema: { tags, summary: 'A case with form, materials and timeline (its applicant, or its front desk: audited)', params: IdParams, response: { 200: CaseDetail, ...errorResponses } } },
    (request) => getCase(deps, request.ctx, request.params.id));
  app.patch('/cases/:id', { schema: { tags, summary: 'Save the form of a draft or of a case awaiting correction (applicant, or the clerk / agent who filed it)', params: IdParams, body: SaveDraftBody, response: { 200: CaseDetail, ...errorResponses } } },
    (request) => saveCaseDraft(deps, request.ctx, request.params.id, request.body));
  app.get('/cases/:id/reusable-attachments', { schema: { tags, summary: 'The applicant\'s attachments from their other cases that this case can reuse (applicant, or the clerk / agent filing it; staff reads are audited)', params: IdParams, querystring: ReusableQuery, response: { 200: Type.Array(ReusableAttachment), ...errorResponses } } },
    async (request) => listCaseReusableAttachments(deps, request.ctx, request.params.id, request.query));
  app.post('/cases/:id/attachments/reuse', { schema: { tags, summary: 'Reuse an attachment of one of the applicant\'s earlier cases (材料复用) (applicant, or the clerk / agent filing the case)', params: IdParams, body: ReuseAttachmentBody, response: { 201: AttachmentView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await reuseCaseAttachment(deps, request.ctx, request.params.id, request.body)));
  app.post('/cases/:id/submit', {
    schema: { tags, summary: 'Submit (or resubmit after a correction request) — the applicant, or the clerk / agent who filed the case; Idempotency-Key required', params: IdParams, querystring: SubmitQuery, headers: IdempotencyKeyHeaders, response: { 200: SubmitResult, ...errorResponses } },
  }, async (request, reply) => sendIdempotent(reply, await submitCase(deps, request.ctx, request.params.id, idempotentRequestOf(request), { channel: request.query.channel })));
  app.post('/cases/:id/withdraw', {
    schema: { tags, summary: 'Withdraw my case before conclusion', params: IdParams, headers: IdempotencyKeyHeaders, body: WithdrawBody, response: { 200: CaseSummary, ...errorResponses } },
  }, async (request, reply) => sendIdempotent(reply, await withdrawCase(deps, request.ctx, request.params.id, request.body, idempotentRequestOf(request))));

  // Front desk
  app.post('/cases/:id/accept', {
    schema: { tags, summary: 'Accept (受理), optionally with deficiency (容缺) or on commitment (告知承诺) (clerk)', params: IdParams, headers: IdempotencyKeyHeaders, body: AcceptBody, response: { 200: CaseSummary, ...errorResponses } },
  }, async (request, reply) => sendIdempotent(reply, await acceptCase(deps, request.ctx, request.params.id, request.body, idempotentRequestOf(request))));
  app.post('/cases/:id/reject', {
    schema: { tags, summary: 'Reject (不予受理) with reason and legal basis (clerk)', params: IdParams, headers: IdempotencyKeyHeaders, body: RejectBody, response: { 200: CaseSummary, ...errorResponses } },
  }, async (request, reply) => sendIdempotent(reply, await rejectCase(deps, request.ctx, request.params.id, request.body, idempotentRequestOf(request))));
  app.post('/cases/:id/request-correction', {
    schema: { tags, summary: 'Request a correction listing every missing or defective material at once (一次性补正告知) (clerk)', params: IdParams, headers: IdempotencyKeyHeaders, body: CorrectionBody, response: { 200: CaseSummary, ...errorResponses } },
  }, async (request, reply) => sendIdempotent(reply, await requestCaseCorrection(deps, request.ctx, request.params.id, request.body, idempotentRequestOf(request))));
};
