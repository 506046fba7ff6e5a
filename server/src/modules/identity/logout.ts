import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, type RequestContext } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { revokeSession } from '../../platform/auth/sessions.ts';

/** Revokes the caller's session; a request without a live session is a no-op (logout is idempotent). */
export async function logout(deps: Deps, ctx: RequestContext): Promise<void> {
  const principal = ctx.principal;
  if (!principal) return;
  await deps.db.transaction().execute(async (tx) => {
    await revokeSession(tx, principal.sessionId);
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'auth.logout', subjectType: principal.kind === 'staff' ? 'staff_user' : 'applicant', subjectId: principal.id, summary: { sessionId: principal.sessionId },
    });
  });
}
