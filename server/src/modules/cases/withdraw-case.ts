import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, type RequestContext } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { withIdempotency, type IdempotentRequest, type IdempotentResult } from '../../platform/http/idempotency.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { caseContextOf, loadOwnCase, toCaseSummary, transition } from './case-support.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import type { CaseSummary } from './cases.schemas.ts';

/** Applicant: withdraws their case before conclusion (core decides from which states). */
export async function withdrawCase(deps: Deps, ctx: RequestContext, id: string, input: { reason?: string | null | undefined }, request: IdempotentRequest): Promise<IdempotentResult<CaseSummary>> {
  const applicant = requireApplicant(ctx);
  // Before the transaction: see caseContextOf.
  const calendar = await calendarOf(deps.db);
  return withIdempotency(deps, ctx, { ...request, required: false }, async (tx) => {
    const row = await loadOwnCase(tx, applicant, id, { forUpdate: true });
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    const reason = input.reason?.trim() || null;
    const { next } = transition(row.state, { type: 'withdraw', reason }, await caseContextOf(deps, content, calendar));
    const saved = await repo.saveState(tx, row, next);
    await repo.insertEvent(tx, { case_id: id, action: 'withdrawn', actor_kind: 'applicant', actor_id: applicant.id, actor_name: applicant.name, unit_name: null, opinion: reason });
    await recordAudit(tx, auditContextOf(ctx), { action: 'case.withdrawn', subjectType: 'case', subjectId: id, summary: { caseNumber: row.case_number, from: row.status } });
    return { status: 200, body: toCaseSummary(saved) };
  });
}
