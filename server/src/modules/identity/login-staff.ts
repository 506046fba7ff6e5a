import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, type RequestContext } from '../../platform/auth/principal.ts';
import { verifyPassword, dummyPasswordHash } from '../../platform/auth/password.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { identityRepository } from './identity.repository.ts';
import { failLogin, failUnknownAccount, refuseIfLocked, type LoginAccount } from './login-policy.ts';

export interface LoginOutcome {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  principalKind: 'staff' | 'applicant';
  principalId: string;
  sessionId: string;
}

/** Staff login with username and password; opens a cookie or bearer session. */
export async function loginStaff(deps: Deps, ctx: RequestContext, input: { username: string; password: string; bearer: boolean; userAgent: string | null }): Promise<LoginOutcome> {
  const audit = auditContextOf(ctx);
  deps.loginThrottle.refuseIfThrottled(ctx.clientIp);
  const user = await identityRepository.findStaffByUsername(deps.db, input.username.trim());
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    deps.loginThrottle.recordFailure(ctx.clientIp);
    return failUnknownAccount(deps.db, audit, input.username.slice(0, 32), 'staff');
  }
  const account: LoginAccount = { table: 'staff_users', id: user.id, name: user.username, role: user.roles.join(','), active: user.active, lockedUntil: user.locked_until };
  await refuseIfLocked(deps.db, account, audit);
  if (!(await verifyPassword(user.password_hash, input.password))) {
    deps.loginThrottle.recordFailure(ctx.clientIp);
    return failLogin(deps.db, deps.config, account, audit);
  }
  return deps.db.transaction().execute(async (tx) => {
    await identityRepository.recordSuccess(tx, 'staff_users', user.id);
    const { token, session } = await createSession(tx, { principalKind: 'staff', principalId: user.id, transport: input.bearer ? 'bearer' : 'cookie', clientIp: ctx.clientIp, userAgent: input.userAgent }, deps.sessionPolicy);
    await recordAudit(tx, { ...audit, actor: { kind: 'staff', id: user.id, name: user.username, role: user.roles.join(',') } }, {
      action: 'auth.login', subjectType: 'staff_user', subjectId: user.id, summary: { transport: session.transport, sessionId: session.id },
    });
    return { token, csrfToken: session.csrf_token, expiresAt: session.expires_at, principalKind: 'staff' as const, principalId: user.id, sessionId: session.id };
  });
}
