/**
 * Electronic delivery (电子送达) without a clerk: a concluded case whose applicant chose `electronic` is delivered as
 * soon as its decision (or denial) letter is rendered — core's `record_delivery` as actor `system`, the timeline
 * event, the audit event and the applicant's notification with the link to the case, in one transaction.
 *
 * Durability is the transactional-outbox pattern with the case row as the outbox: the conclusion's own transaction
 * leaves the case `concluded` with `delivery_method = 'electronic'`, which is exactly the record of the work owed.
 * After commit `requestElectronicDelivery` puts a `cases.deliver-electronically` job on the queue (or, in a process
 * without jobs, delivers at once); if that is lost (crash right after commit) or the letter is not rendered yet, the
 * `cases.sweep` job finds the case a minute later. Delivering is idempotent: the row is locked and its status
 * re-read, and a delivered case is not delivered again.
 */
import { sql } from 'kysely';
import { applyAction, type IsoDate } from '@onetrip/core';
import { recordAudit, SYSTEM_CONTEXT } from '../../platform/audit/audit-log.ts';
import { QUEUES } from '../../platform/jobs/jobs.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { caseImplementationOf, todayInChina } from './case-support.ts';
import { renderPendingDocuments } from './case-documents.ts';
import { caseSubjectOf } from './case-notifications.ts';
import type { CaseJobDeps } from './deem-accept-cases.ts';

export type ElectronicDeliveryOutcome = 'delivered' | 'not_due' | 'letter_not_ready';

const LETTER_KINDS = ['decision_letter', 'denial_letter'] as const;

/** Delivers one concluded case electronically when it is due and its letter is ready; see the file comment. */
export async function deliverElectronically(deps: CaseJobDeps, caseId: string, options: { today?: IsoDate } = {}): Promise<ElectronicDeliveryOutcome> {
  const isDue = async () => (await deps.db.selectFrom('cases').select('id').where('id', '=', caseId)
    .where('status', '=', 'concluded').where('delivery_method', '=', 'electronic').executeTakeFirst()) !== undefined;
  if (!(await isDue())) return 'not_due';
  const letters = () => deps.db.selectFrom('case_documents').select(['id', 'status']).where('case_id', '=', caseId).where('kind', 'in', LETTER_KINDS).execute();
  let found = await letters();
  const pending = found.filter((d) => d.status === 'pending').map((d) => d.id);
  if (pending.length > 0) {
    await renderPendingDocuments(deps, pending);
    found = await letters();
  }
  if (found.length === 0 || found.some((d) => d.status !== 'ready')) return 'letter_not_ready';

  const today = options.today ?? todayInChina();
  // Before the transaction: see caseContextOf.
  const calendar = await calendarOf(deps.db);
  return deps.db.transaction().execute(async (tx): Promise<ElectronicDeliveryOutcome> => {
    // Waits for a clerk's concurrent delivery (or another worker) and then sees the case delivered.
    const row = await repo.find(tx, caseId, { forUpdate: true });
    if (row?.status !== 'concluded' || row.delivery_method !== 'electronic') return 'not_due';
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    const transition = applyAction(row.state, { type: 'record_delivery', method: 'electronic' }, { today, calendar, implementation: caseImplementationOf(content) });
    if (!transition.ok) return 'not_due';
    const saved = await repo.saveState(tx, row, transition.next);
    const documentIds = found.map((d) => d.id);
    await repo.insertEvent(tx, {
      case_id: caseId, action: 'delivered', actor_kind: 'system', actor_id: null, actor_name: null,
      unit_name: await repo.unitNameOf(tx, { departmentId: row.department_id }, null),
      opinion: '办理结果已电子送达，可在办件详情中查看和下载。', note: null,
      details: { method: 'electronic', automatic: true, documents: documentIds, notices: [], clock: [] },
    });
    await recordAudit(tx, SYSTEM_CONTEXT, {
      action: 'case.delivered', subjectType: 'case', subjectId: caseId,
      summary: { caseNumber: row.case_number, from: row.status, to: saved.status, method: 'electronic', automatic: true, documents: documentIds },
    });
    await notify(deps, tx, {
      recipient: { kind: 'applicant', id: row.applicant_id }, template: 'case.delivered_electronically', link: `/me/cases/${caseId}`, about: caseSubjectOf(row),
      params: { caseNumber: row.case_number ?? '', itemName: row.item_name },
    });
    return 'delivered';
  });
}

/**
 * After a conclusion has committed: queues the electronic delivery when the case is due one; without background jobs
 * in this process, delivers at once. Never throws — the decision is committed, and the sweep delivers what fails here.
 */
export async function requestElectronicDelivery(deps: CaseJobDeps, caseId: string): Promise<void> {
  try {
    if (deps.jobs) await deps.jobs.send(QUEUES.deliverElectronically, { caseId });
    else await deliverElectronically(deps, caseId);
  } catch (error) {
    // Left to the sweep (sweepElectronicDeliveries), which finds every concluded electronic case; said, not hidden.
    process.stderr.write(`[onetrip] electronic delivery of case ${caseId} left to the sweep: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

/** Delivers concluded electronic cases whose delivery was lost or waited for its letter (older than a minute). */
export async function sweepElectronicDeliveries(deps: CaseJobDeps, options: { olderThanSeconds?: number; today?: IsoDate } = {}): Promise<number> {
  const due = await deps.db.selectFrom('cases').select('id').where('status', '=', 'concluded').where('delivery_method', '=', 'electronic')
    .where('updated_at', '<', sql<Date>`now() - make_interval(secs => ${options.olderThanSeconds ?? 60})`)
    .orderBy('updated_at').limit(100).execute();
  let delivered = 0;
  for (const { id } of due) {
    if ((await deliverElectronically(deps, id, options.today ? { today: options.today } : {})) === 'delivered') delivered += 1;
  }
  return delivered;
}
