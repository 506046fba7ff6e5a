import type { DataScope, Permission, StaffRole } from '@onetrip/core';
import { roleHasPermission } from '@onetrip/core';
import { AppError } from '../errors/app-error.ts';
import type { AuditContext } from '../audit/audit-log.ts';

export interface StaffPrincipal {
  kind: 'staff';
  id: string;
  sessionId: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
  departmentId: string | null;
  scope: DataScope;
}

export interface ApplicantPrincipal {
  kind: 'applicant';
  id: string;
  sessionId: string;
  applicantKind: 'person' | 'enterprise';
  name: string;
}

export type Principal = StaffPrincipal | ApplicantPrincipal;

/** Who is asking, and from where: passed to every use-case. */
export interface RequestContext {
  principal: Principal | null;
  /** Why a presented session was not accepted, so "please log in again" can be told apart from "please log in". */
  sessionProblem: 'expired' | null;
  /** The session's CSRF token (cookie sessions only), handed to the web app by GET /api/auth/session. */
  csrfToken: string | null;
  requestId: string;
  clientIp: string | null;
}

export function auditContextOf(ctx: RequestContext): AuditContext {
  const p = ctx.principal;
  return {
    actor: p === null
      ? { kind: 'anonymous', id: null, name: null, role: null }
      : p.kind === 'staff'
        ? { kind: 'staff', id: p.id, name: p.username, role: p.roles.join(',') }
        : { kind: 'applicant', id: p.id, name: p.name, role: p.applicantKind },
    requestId: ctx.requestId,
    clientIp: ctx.clientIp,
  };
}

/** Any logged-in principal, staff or applicant; otherwise AUTH_REQUIRED / SESSION_EXPIRED. */
export function requirePrincipal(ctx: RequestContext): Principal {
  if (ctx.principal === null) throw new AppError(ctx.sessionProblem === 'expired' ? 'SESSION_EXPIRED' : 'AUTH_REQUIRED');
  return ctx.principal;
}

/** Staff user holding a role with this permission; otherwise AUTH_REQUIRED / FORBIDDEN. */
export function requireStaff(ctx: RequestContext, permission?: Permission): StaffPrincipal {
  const p = requirePrincipal(ctx);
  if (p.kind !== 'staff') throw new AppError('FORBIDDEN');
  if (permission && !roleHasPermission(p.roles, permission)) throw new AppError('FORBIDDEN', { message: `missing ${permission}` });
  return p;
}

export function requireApplicant(ctx: RequestContext): ApplicantPrincipal {
  const p = requirePrincipal(ctx);
  if (p.kind !== 'applicant') throw new AppError('FORBIDDEN');
  return p;
}
