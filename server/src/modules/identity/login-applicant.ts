import { isValidMobilePhone, maskIdNumber, maskPhone, validateCreditCode, validateResidentId } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, type RequestContext } from '../../platform/auth/principal.ts';
import { verifyPassword, dummyPasswordHash } from '../../platform/auth/password.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import type { Applicant } from '../../platform/db/schema.ts';
import { identityRepository } from './identity.repository.ts';
import { failLogin, failUnknownAccount, refuseIfLocked, type LoginAccount } from './login-policy.ts';
import type { LoginOutcome } from './login-staff.ts';

/**
 * Finds the account an applicant identifier names: a resident ID number or a mobile phone (natural persons),
 * or a unified social credit code (enterprises). 18-character identifiers that pass both checksums try both.
 */
async function findByIdentifier(deps: Deps, identifier: string): Promise<Applicant | undefined> {
  const value = identifier.trim().toUpperCase();
  if (isValidMobilePhone(value)) return identityRepository.findPersonByPhoneHash(deps.db, deps.pii.blindIndex(value));
  if (validateResidentId(value).valid) {
    const person = await identityRepository.findPersonByIdNumberHash(deps.db, deps.pii.blindIndex(value));
    if (person) return person;
  }
  if (validateCreditCode(value).valid) return identityRepository.findEnterpriseByCreditCode(deps.db, value);
  return undefined;
}

function maskIdentifier(identifier: string): string {
  const v = identifier.trim();
  return /^\d{11}$/.test(v) ? maskPhone(v) : maskIdNumber(v);
}

/** Applicant login with ID number / credit code / phone and password. */
export async function loginApplicant(deps: Deps, ctx: RequestContext, input: { identifier: string; password: string; bearer: boolean; userAgent: string | null }): Promise<LoginOutcome> {
  const audit = auditContextOf(ctx);
  deps.loginThrottle.refuseIfThrottled(ctx.clientIp);
  const applicant = await findByIdentifier(deps, input.identifier);
  // A walk-in registered at a window has no password until they claim the record: as if there were no account.
  if (!applicant || applicant.password_hash === null) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    deps.loginThrottle.recordFailure(ctx.clientIp);
    return failUnknownAccount(deps.db, audit, maskIdentifier(input.identifier), 'applicant');
  }
  const account: LoginAccount = { table: 'applicants', id: applicant.id, name: applicant.name, role: applicant.kind, active: applicant.active, lockedUntil: applicant.locked_until };
  await refuseIfLocked(deps.db, account, audit);
  if (!(await verifyPassword(applicant.password_hash, input.password))) {
    deps.loginThrottle.recordFailure(ctx.clientIp);
    return failLogin(deps.db, deps.config, account, audit);
  }
  return deps.db.transaction().execute(async (tx) => {
    await identityRepository.recordSuccess(tx, 'applicants', applicant.id);
    const { token, session } = await createSession(tx, { principalKind: 'applicant', principalId: applicant.id, transport: input.bearer ? 'bearer' : 'cookie', clientIp: ctx.clientIp, userAgent: input.userAgent }, deps.sessionPolicy);
    await recordAudit(tx, { ...audit, actor: { kind: 'applicant', id: applicant.id, name: applicant.name, role: applicant.kind } }, {
      action: 'auth.login', subjectType: 'applicant', subjectId: applicant.id, summary: { transport: session.transport, sessionId: session.id },
    });
    return { token, csrfToken: session.csrf_token, expiresAt: session.expires_at, principalKind: 'applicant' as const, principalId: applicant.id, sessionId: session.id };
  });
}
