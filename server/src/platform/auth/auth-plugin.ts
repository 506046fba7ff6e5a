/**
 * Resolves the caller on every request: a bearer token (API clients) or the session cookie (web app), and
 * enforces CSRF protection for cookie sessions on unsafe methods (synchroniser token in X-CSRF-Token, plus an
 * Origin check that also covers login forms).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { Deps } from '../http/deps.ts';
import type { RequestContext } from './principal.ts';
import { principalOf } from './load-principal.ts';
import { resolveSession, safeEqual } from './sessions.ts';

export const SESSION_COOKIE = 'onetrip_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match?.[1] ?? null;
}

function originAllowed(request: FastifyRequest, publicUrl: string | null): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin !== 'null';
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (originHost === request.headers.host) return true;
  if (publicUrl && new URL(publicUrl).host === originHost) return true;
  return false;
}

export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request) => {
    const ctx: RequestContext = { principal: null, sessionProblem: null, csrfToken: null, requestId: request.id, clientIp: request.ip ?? null };
    request.ctx = ctx;
    if (!request.url.startsWith('/api/')) return;
    const unsafe = UNSAFE_METHODS.has(request.method);
    if (unsafe && !originAllowed(request, deps.config.publicUrl)) throw new AppError('CSRF_TOKEN_INVALID', { message: 'cross-origin request refused' });

    const bearer = bearerToken(request);
    const cookie = request.cookies[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token) return;
    const lookup = await resolveSession(deps.db, token, deps.sessionPolicy);
    if (lookup.status !== 'valid') {
      if (lookup.status === 'expired') ctx.sessionProblem = 'expired';
      return;
    }
    const { session, account } = lookup;
    // A cookie session must not be replayed as a bearer token and vice versa.
    if ((bearer !== null) !== (session.transport === 'bearer')) return;
    if (unsafe && session.transport === 'cookie') {
      const presented = request.headers['x-csrf-token'];
      if (typeof presented !== 'string' || !safeEqual(presented, session.csrf_token)) {
        throw new AppError('CSRF_TOKEN_INVALID');
      }
    }
    ctx.principal = principalOf(session.principal_kind, session.principal_id, session.id, account);
    if (ctx.principal === null) ctx.sessionProblem = 'expired';
    else ctx.csrfToken = session.transport === 'cookie' ? session.csrf_token : null;
  });
}
