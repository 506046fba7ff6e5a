import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams, NoContent } from '../../platform/http/common-schemas.ts';
import { PageOf } from '../../platform/http/pagination.ts';
import { SESSION_COOKIE } from '../../platform/auth/auth-plugin.ts';
import {
  ApplicantListQuery, ApplicantLoginBody, ApplicantPersonalData, ApplicantView, AuthorizeOperatorBody, LoginResult,
  OperatedEnterpriseView, OperatorView, RegisterBody, SessionView, StaffLoginBody,
} from './identity.schemas.ts';
import { loginStaff, type LoginOutcome } from './login-staff.ts';
import { loginApplicant } from './login-applicant.ts';
import { logout } from './logout.ts';
import { registerApplicant } from './register-applicant.ts';
import { describePrincipal } from './describe-principal.ts';
import { authorizeOperator, listOperatedEnterprises, listOperators, revokeOperator } from './manage-operators.ts';
import { getMyApplicant, listApplicants, readApplicantPersonalData } from './query-applicants.ts';
import { loadPrincipal } from '../../platform/auth/load-principal.ts';

export const identityRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.config.cookieSecure };

  async function answerLogin(reply: FastifyReply, outcome: LoginOutcome, bearer: boolean) {
    const principal = await loadPrincipal(deps, outcome.principalKind, outcome.principalId, outcome.sessionId);
    if (!principal) throw new Error('principal vanished right after login');
    const view = await describePrincipal(deps, principal);
    const expiresAt = outcome.expiresAt.toISOString();
    if (bearer) return { principal: view, csrfToken: null, expiresAt, token: outcome.token };
    void reply.setCookie(SESSION_COOKIE, outcome.token, { ...cookieOptions, expires: outcome.expiresAt });
    return { principal: view, csrfToken: outcome.csrfToken, expiresAt };
  }

  app.get('/auth/session', {
    schema: { tags: ['auth'], summary: 'The current principal and CSRF token (null when not logged in)', response: { 200: SessionView } },
  }, async (request) => {
    const principal = request.ctx.principal;
    if (!principal) return { principal: null, csrfToken: null };
    return { principal: await describePrincipal(deps, principal), csrfToken: request.ctx.csrfToken };
  });

  app.post('/auth/staff/login', {
    schema: { tags: ['auth'], summary: 'Staff login (username + password)', body: StaffLoginBody, response: { 200: LoginResult, ...errorResponses, 423: Type.Ref('ErrorResponse'), 429: Type.Ref('ErrorResponse') } },
  }, async (request, reply) => {
    const bearer = request.body.bearer ?? false;
    const outcome = await loginStaff(deps, request.ctx, { username: request.body.username, password: request.body.password, bearer, userAgent: request.headers['user-agent'] ?? null });
    return answerLogin(reply, outcome, bearer);
  });

  app.post('/auth/applicant/login', {
    schema: { tags: ['auth'], summary: 'Applicant login (resident ID number, credit code or mobile phone + password)', body: ApplicantLoginBody, response: { 200: LoginResult, ...errorResponses, 423: Type.Ref('ErrorResponse'), 429: Type.Ref('ErrorResponse') } },
  }, async (request, reply) => {
    const bearer = request.body.bearer ?? false;
    const outcome = await loginApplicant(deps, request.ctx, { identifier: request.body.identifier, password: request.body.password, bearer, userAgent: request.headers['user-agent'] ?? null });
    return answerLogin(reply, outcome, bearer);
  });

  app.post('/auth/logout', {
    schema: { tags: ['auth'], summary: 'Revoke the current session', response: { 204: NoContent, ...errorResponses } },
  }, async (request, reply) => {
    await logout(deps, request.ctx);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.post('/applicants/register', {
    schema: { tags: ['applicants'], summary: 'Self-registration of a natural person or an enterprise', body: RegisterBody, response: { 201: ApplicantView, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await registerApplicant(deps, request.ctx, request.body)));

  app.get('/applicants/me', {
    schema: { tags: ['applicants'], summary: 'My applicant account', response: { 200: ApplicantView, ...errorResponses } },
  }, (request) => getMyApplicant(deps, request.ctx));

  app.get('/applicants/me/operators', {
    schema: { tags: ['applicants'], summary: 'Operators my enterprise has authorised', response: { 200: Type.Object({ items: Type.Array(OperatorView) }), ...errorResponses } },
  }, async (request) => ({ items: await listOperators(deps, request.ctx) }));

  app.post('/applicants/me/operators', {
    schema: { tags: ['applicants'], summary: 'Authorise a registered person as an operator of my enterprise', body: AuthorizeOperatorBody, response: { 201: NoContent, ...errorResponses } },
  }, async (request, reply) => {
    await authorizeOperator(deps, request.ctx, request.body);
    return reply.status(201).send(null);
  });

  app.delete('/applicants/me/operators/:personId', {
    schema: { tags: ['applicants'], summary: 'Revoke an operator', params: Type.Object({ personId: Type.String({ format: 'uuid' }) }), response: { 204: NoContent, ...errorResponses } },
  }, async (request, reply) => {
    await revokeOperator(deps, request.ctx, request.params.personId);
    return reply.status(204).send(null);
  });

  app.get('/applicants/me/enterprises', {
    schema: { tags: ['applicants'], summary: 'Enterprises I am an authorised operator for', response: { 200: Type.Object({ items: Type.Array(OperatedEnterpriseView) }), ...errorResponses } },
  }, async (request) => ({ items: await listOperatedEnterprises(deps, request.ctx) }));

  app.get('/applicants', {
    schema: { tags: ['applicants'], summary: 'Search applicants (staff; personal data masked)', querystring: ApplicantListQuery, response: { 200: PageOf(ApplicantView), ...errorResponses } },
  }, (request) => listApplicants(deps, request.ctx, request.query));

  app.get('/applicants/:id/personal-data', {
    schema: { tags: ['applicants'], summary: 'Full ID number and phone of an applicant (staff; every read is audited)', params: IdParams, response: { 200: ApplicantPersonalData, ...errorResponses } },
  }, (request) => readApplicantPersonalData(deps, request.ctx, request.params.id));
};
