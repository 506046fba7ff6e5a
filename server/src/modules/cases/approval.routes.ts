import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams, Uuid } from '../../platform/http/common-schemas.ts';
import { IdempotencyKeyHeaders, idempotentRequestOf, sendIdempotent, type IdempotentRequest, type IdempotentResult } from '../../platform/http/idempotency.ts';
import type { RequestContext } from '../../platform/auth/principal.ts';
import { PageOf, PageQuery } from '../../platform/http/pagination.ts';
import {
  countersignCase, decideCase, endSpecialProcedure, extendCase, passCase, recordDelivery, requestCountersign, returnCase, startSpecialProcedure, transferCase, voidCase,
} from './approval-actions.ts';
import { listStepQueue } from './read-case-queue.ts';
import { listCaseDocuments, readCaseDocument } from './case-documents.ts';
import { listCaseColleagues } from './list-case-colleagues.ts';
import { trackCase } from './track-case.ts';
import { contentDisposition } from '../../platform/files/file-type.ts';
import {
  CaseDocumentView, CaseSummary, CountersignBody, CountersignRequestBody, DecideBody, DeliveryBody, DocumentParams, EndSpecialProcedureBody, ExtendBody, PassBody,
  ReturnBody, SpecialProcedureBody, StepQueueItem, TrackQuery, TrackResult, TransferBody, VoidBody,
} from './cases.schemas.ts';

const Pdf = { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

/** Approval steps, conclusion, delivery, case documents and the public progress lookup. Handlers only call use-cases. */
export const caseApprovalRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['cases'];
  app.get('/cases/step-queue', { schema: { tags, summary: 'My department\'s approval queue for the steps I work, most urgent first (approver)', querystring: PageQuery, response: { 200: PageOf(StepQueueItem), ...errorResponses } } },
    (request) => listStepQueue(deps, request.ctx, request.query));

  /** One state-changing case action: POST /cases/:id/…, its body schema, Idempotency-Key, the case summary back. */
  const action = <S extends TSchema>(path: string, summary: string, body: S,
    run: (deps: Deps, ctx: RequestContext, id: string, input: Static<S>, request: IdempotentRequest) => Promise<IdempotentResult<CaseSummary>>) =>
    app.post(path, { schema: { tags, summary: `${summary}; Idempotency-Key optional`, params: IdParams, headers: IdempotencyKeyHeaders, body, response: { 200: CaseSummary, ...errorResponses } } },
      // The body was validated against `body` by the route's schema.
      async (r, reply) => sendIdempotent(reply, await run(deps, r.ctx, r.params.id, r.body as Static<S>, idempotentRequestOf(r))));

  action('/cases/:id/pass', 'Pass to the next step with an opinion (step worker)', PassBody, passCase);
  action('/cases/:id/return', 'Return to an earlier step with a reason (step worker)', ReturnBody, returnCase);
  action('/cases/:id/transfer', 'Transfer to a colleague of the same department (step worker)', TransferBody, transferCase);
  action('/cases/:id/request-countersign', 'Ask colleagues to countersign (会签), where the step has it (step worker)', CountersignRequestBody, requestCountersign);
  action('/cases/:id/countersign', 'Countersign when asked (the colleague asked)', CountersignBody, countersignCase);
  action('/cases/:id/decide', 'Approve or deny at the decision step; concludes the case with its decision letter (step worker)', DecideBody, decideCase);
  action('/cases/:id/special-procedure/start', 'Start a special procedure: the clock stops (step worker)', SpecialProcedureBody, startSpecialProcedure);
  action('/cases/:id/special-procedure/end', 'End the special procedure: the clock runs again (step worker)', EndSpecialProcedureBody, endSpecialProcedure);
  action('/cases/:id/extend', 'The one extension, with its reason (step worker)', ExtendBody, extendCase);
  action('/cases/:id/void', 'Void an open case with a reason (centre administrator)', VoidBody, voidCase);
  action('/cases/:id/deliver', 'Record the delivery of the result (front desk); window pickup prints the sign-off slip', DeliveryBody, recordDelivery);

  app.get('/cases/:id/colleagues', { schema: { tags, summary: 'Colleagues of the case\'s department who may work its steps: transfer, next worker, countersign (step worker; names only)', params: IdParams, response: { 200: Type.Array(Type.Object({ id: Uuid, displayName: Type.String(), roles: Type.Array(Type.String()) })), ...errorResponses } } },
    (request) => listCaseColleagues(deps, request.ctx, request.params.id));

  app.get('/cases/:id/documents', { schema: { tags, summary: 'The notices of a case as PDFs (its applicant, or staff who may read it)', params: IdParams, response: { 200: Type.Array(CaseDocumentView), ...errorResponses } } },
    (request) => listCaseDocuments(deps, request.ctx, request.params.id));
  app.get('/cases/:id/documents/:documentId/content', { schema: { tags, summary: 'Download a notice (staff reads are audited)', params: DocumentParams, response: { 200: Pdf, ...errorResponses } } },
    async (request, reply) => {
      const { fileName, bytes } = await readCaseDocument(deps, request.ctx, request.params.id, request.params.documentId);
      return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition('attachment', fileName))
        .header('cache-control', 'private, no-store').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });

  app.get('/public/cases/track', { schema: { tags, summary: 'Public progress lookup by case number and a check (name, or last 4 of the ID); wrong checks reveal nothing and are throttled', querystring: TrackQuery, response: { 200: TrackResult, ...errorResponses } } },
    (request) => trackCase(deps, request.ctx, request.query));
};
