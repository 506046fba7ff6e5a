/** Suspending, resuming and cancelling a published implementation, each with a reason (centre administrators). */
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { PublicationStatus } from '../../platform/db/schema.ts';
import { implementationDetail, loadImplementation } from './load-implementation.ts';
import { invalidatePublicGuide } from './public-catalog.ts';

type Transition = 'suspend' | 'resume' | 'cancel';

const ALLOWED: Record<Transition, { from: PublicationStatus[]; to: PublicationStatus }> = {
  suspend: { from: ['published'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'published' },
  cancel: { from: ['unpublished', 'published', 'suspended'], to: 'cancelled' },
};

export async function changePublicationStatus(deps: Deps, ctx: RequestContext, id: string, transition: Transition, reason: string) {
  const staff = requireStaff(ctx, 'catalog.review');
  await deps.db.transaction().execute(async (tx) => {
    const row = await loadImplementation(tx, staff, id, { forUpdate: true });
    if (row.publication_status === 'cancelled') throw new AppError('IMPLEMENTATION_CANCELLED');
    const rule = ALLOWED[transition];
    if (!rule.from.includes(row.publication_status)) throw new AppError('IMPLEMENTATION_NOT_PUBLISHED');
    await tx.updateTable('implementations').set({
      publication_status: rule.to, status_reason: reason.trim(), updated_at: new Date(),
      // A cancelled implementation keeps its published versions (cases refer to them) but no working copy.
      ...(transition === 'cancel' ? { change_status: 'none' as const, draft_content: null } : {}),
    }).where('id', '=', id).execute();
    invalidatePublicGuide(deps.db, row.code);
    await recordAudit(tx, auditContextOf(ctx), { action: `implementation.${transition === 'cancel' ? 'cancelled' : transition === 'suspend' ? 'suspended' : 'resumed'}`, subjectType: 'implementation', subjectId: id, summary: { before: { status: row.publication_status }, after: { status: rule.to }, reason: reason.trim() } });
  });
  const detail = await implementationDetail(deps.db, await loadImplementation(deps.db, staff, id));
  invalidatePublicGuide(deps.db, detail.code); // again after commit, see publishImplementation
  return detail;
}
