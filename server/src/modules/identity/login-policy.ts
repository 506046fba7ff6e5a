/**
 * Shared login rules for staff and applicants: a locked account is refused without checking the password;
 * the Nth consecutive failure (LOGIN_MAX_FAILURES, default 5) locks it for LOGIN_LOCK_MINUTES (default 15).
 * Each outcome is audited in the same transaction as the counter change.
 */
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit-log.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AppConfig } from '../../platform/config/config.ts';
import { identityRepository } from './identity.repository.ts';

export interface LoginAccount {
  table: 'staff_users' | 'applicants';
  id: string;
  name: string;
  role: string;
  active: boolean;
  lockedUntil: Date | null;
}

export async function refuseIfLocked(db: Db, account: LoginAccount, audit: AuditContext, now = new Date()): Promise<void> {
  if (account.lockedUntil && account.lockedUntil.getTime() > now.getTime()) {
    await db.transaction().execute((tx) =>
      recordAudit(tx, audit, { action: 'auth.login_refused_locked', subjectType: subjectTypeOf(account), subjectId: account.id, summary: { lockedUntil: account.lockedUntil } }),
    );
    throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: account.lockedUntil.toISOString() } });
  }
  if (!account.active) throw new AppError('ACCOUNT_DISABLED');
}

/** Records a wrong password; throws LOGIN_FAILED, or ACCOUNT_LOCKED when this failure locks the account. */
export async function failLogin(db: Db, config: AppConfig, account: LoginAccount, audit: AuditContext): Promise<never> {
  const lockedUntil = await db.transaction().execute(async (tx) => {
    const failures = await identityRepository.countFailure(tx, account.table, account.id);
    await recordAudit(tx, { ...audit, actor: { kind: 'anonymous', id: null, name: account.name, role: null } }, {
      action: 'auth.login_failed', subjectType: subjectTypeOf(account), subjectId: account.id, summary: { failures },
    });
    if (failures < config.loginMaxFailures) return null;
    const until = new Date(Date.now() + config.loginLockMinutes * 60_000);
    await identityRepository.lock(tx, account.table, account.id, until);
    await recordAudit(tx, audit, { action: 'auth.account_locked', subjectType: subjectTypeOf(account), subjectId: account.id, summary: { failures, lockedUntil: until } });
    return until;
  });
  if (lockedUntil) throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: lockedUntil.toISOString() } });
  throw new AppError('LOGIN_FAILED');
}

/** An unknown account is audited too (masked identifier), and answers exactly like a wrong password. */
export async function failUnknownAccount(db: Db, audit: AuditContext, identifierMasked: string, kind: 'staff' | 'applicant'): Promise<never> {
  await db.transaction().execute((tx) =>
    recordAudit(tx, audit, { action: 'auth.login_failed', subjectType: kind === 'staff' ? 'staff_user' : 'applicant', subjectId: null, summary: { identifier: identifierMasked, reason: 'unknown_account' } }),
  );
  throw new AppError('LOGIN_FAILED');
}

export function subjectTypeOf(account: LoginAccount): string {
  return account.table === 'staff_users' ? 'staff_user' : 'applicant';
}
