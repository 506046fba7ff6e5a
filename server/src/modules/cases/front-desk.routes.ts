import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams } from '../../platform/http/common-schemas.ts';
import { IdempotencyKeyHeaders, idempotentRequestOf, sendIdempotent } from '../../platform/http/idempotency.ts';
import { PageOf, PageQuery } from '../../platform/http/pagination.ts';
import { findApplicantAtWindow } from './find-applicant-at-window.ts';
import { registerWalkInApplicant } from './register-walk-in-applicant.ts';
import { fileCaseOnBehalf, listCasesFiledByMe } from './file-case-at-window.ts';
import { concludeCaseAtWindow } from './conclude-case-at-window.ts';
import { CaseDetail, CaseSummary } from './cases.schemas.ts';
import { ConcludeAtWindowBody, FileCaseBody, FiledCase, FindApplicantBody, FindApplicantResult, RegisterWalkInBody, WalkInApplicant } from './front-desk.schemas.ts';

/**
 * Front-desk intake (clerk at a window) and assisted filing (帮办代办, agent): find or register the walk-in applicant,
 * start the case on their behalf, and conclude immediate items at the window. Form, materials and submit then use the
 * ordinary case routes, which accept the filer. Handlers only call the use-cases.
 */
export const frontDeskRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['cases'];
  app.post('/front-desk/applicants/lookup', {
    schema: { tags, summary: 'Find a walk-in applicant by resident ID number or credit code (clerk, agent); audited, answers masked data', body: FindApplicantBody, response: { 200: FindApplicantResult, ...errorResponses } },
  }, (request) => findApplicantAtWindow(deps, request.ctx, request.body));
  app.post('/front-desk/applicants', {
    schema: { tags, summary: 'Register a walk-in applicant after checking the ID card, without a password (claimed later by registering with the same ID) (clerk, agent)', body: RegisterWalkInBody, response: { 201: WalkInApplicant, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await registerWalkInApplicant(deps, request.ctx, request.body)));
  app.post('/front-desk/cases', {
    schema: { tags, summary: 'Start a case on the applicant\'s behalf: channel window (clerk, items of their own desk) or agent (帮办代办)', body: FileCaseBody, response: { 201: CaseDetail, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await fileCaseOnBehalf(deps, request.ctx, request.body)));
  app.get('/front-desk/cases', {
    schema: { tags, summary: 'The cases I filed on applicants\' behalf, newest first (clerk, agent)', querystring: PageQuery, response: { 200: PageOf(FiledCase), ...errorResponses } },
  }, (request) => listCasesFiledByMe(deps, request.ctx, request.query));
  app.post('/cases/:id/conclude-at-window', {
    schema: {
      tags, summary: 'Immediate items (即办件): accept and conclude in one sitting, approve or deny; optionally record the pickup (clerk); Idempotency-Key optional',
      params: IdParams, headers: IdempotencyKeyHeaders, body: ConcludeAtWindowBody, response: { 200: CaseSummary, ...errorResponses },
    },
  }, async (request, reply) => sendIdempotent(reply, await concludeCaseAtWindow(deps, request.ctx, request.params.id, request.body, idempotentRequestOf(request))));
};
