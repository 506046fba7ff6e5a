/**
 * Administrative Licensing Law art. 32 as a scheduled job (`cases.deem-acceptance`, see case-jobs.ts): a submitted case
 * whose pre-review deadline (5 working days after receipt) has passed without a correction request or a rejection
 * counts as accepted on the day of receipt. Before that, on the warning date (1 working day before the deadline), the
 * clerks of the case's front desk are told once, in-app.
 *
 * Each case is handled in its own transaction that locks its row `FOR UPDATE SKIP LOCKED` and re-reads its status:
 * a case a clerk is acting on right now, or that another worker is deeming, is left to the other party (and to the
 * next run if that party rolls back), so two workers deem a case once. Deeming is core's `deem_accept` as actor
 * `system`, through the same steps as a clerk's acceptance: state and deadlines, timeline event, audit event, the
 * applicant's notification, the pending acceptance notice (rendered after commit). Warnings are deduplicated by a row
 * in `case_deadline_warnings` (one per case and receipt), written in the notifying transaction.
 */
import {
  applyAction, dayNumberOf, isInScope, isoDateOfDayNumber, preReviewStatus, roleHasPermission, scopeFor,
  type CaseEffect, type IsoDate, type WorkingDayCalendar,
} from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { recordAudit, SYSTEM_CONTEXT } from '../../platform/audit/audit-log.ts';
import { CORRECTION_BASIS } from '../../platform/documents/legal-texts.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { casesRepository as repo, type CaseRow } from './cases.repository.ts';
import { askedMaterials, caseImplementationOf, notifyApplicantOf, todayInChina } from './case-support.ts';
import { deadlineColumns } from './case-action.ts';
import { noticeBaseOf, noticesOf, queueNotices, renderPendingDocuments } from './case-documents.ts';
import { caseSubjectOf } from './case-notifications.ts';

export type CaseJobDeps = Pick<Deps, 'db' | 'pii' | 'config' | 'files' | 'jobs'>;

export interface PreReviewSweep {
  /** Cases deemed accepted by this run. */
  deemed: string[];
  /** Cases whose front desk was warned by this run. */
  warned: string[];
  /** Cases left alone: locked by someone else, changed meanwhile, or refused by the rules (with the code). */
  skipped: { caseId: string; reason: string }[];
}

const BATCH = 200;

/**
 * Finds submitted cases in their warning phase or past their pre-review deadline on `today` (China date; tests pass
 * one) and warns or deems them. Safe to run at any time, repeatedly and in parallel.
 */
export async function runPreReviewDeadlines(deps: CaseJobDeps, options: { today?: IsoDate } = {}): Promise<PreReviewSweep> {
  const today = options.today ?? todayInChina();
  const calendar = await calendarOf(deps.db);
  const result: PreReviewSweep = { deemed: [], warned: [], skipped: [] };
  // Five working days after receipt are at least five calendar days, and the warning comes at the earliest four days
  // after receipt: older receipts are the only candidates, whatever the calendar says.
  const latestReceipt = isoDateOfDayNumber(dayNumberOf(today) - 4);
  let after: { receivedOn: string; id: string } | null = null;
  for (;;) {
    let q = deps.db.selectFrom('cases').select(['id', 'received_on']).where('status', '=', 'submitted').where('received_on', '<=', latestReceipt);
    if (after) {
      const { receivedOn, id } = after;
      q = q.where((eb) => eb.or([eb('received_on', '>', receivedOn), eb.and([eb('received_on', '=', receivedOn), eb('id', '>', id)])]));
    }
    const batch = await q.orderBy('received_on').orderBy('id').limit(BATCH).execute();
    for (const candidate of batch) {
      if (candidate.received_on === null) continue;
      const phase = preReviewStatus(calendar, candidate.received_on, today).phase;
      if (phase === 'deemed_accepted') {
        const outcome = await deemAccept(deps, candidate.id, today, calendar);
        if (outcome === 'deemed') result.deemed.push(candidate.id);
        else result.skipped.push({ caseId: candidate.id, reason: outcome });
      } else if (phase === 'warning') {
        if (await warnFrontDesk(deps, candidate.id, today, calendar)) result.warned.push(candidate.id);
      }
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH || last.received_on === null) break;
    after = { receivedOn: last.received_on, id: last.id };
  }
  return result;
}

/** Deems one case accepted (art. 32); answers 'deemed', or why it did not. */
async function deemAccept(deps: CaseJobDeps, caseId: string, today: IsoDate, calendar: WorkingDayCalendar): Promise<string> {
  const documents: string[] = [];
  const outcome = await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('cases').selectAll().where('id', '=', caseId).where('status', '=', 'submitted').forUpdate().skipLocked().executeTakeFirst();
    if (!row) return 'locked_or_changed';
    const content = await repo.versionContent(tx, row.implementation_id, row.implementation_version);
    const context = { today, calendar, implementation: caseImplementationOf(content) };
    const transition = applyAction(row.state, { type: 'deem_accept' }, context);
    // E.g. resubmitted meanwhile (a new receipt, a new period), or a process the rules refuse.
    if (!transition.ok) return transition.code;
    const { next, effects } = transition;
    const saved = await repo.saveState(tx, row, next, deadlineColumns(next, content, context));
    const notices = noticesOf(effects);
    const receivedOn = row.received_on ?? today;
    await repo.insertEvent(tx, {
      case_id: caseId, action: 'deemed_accepted', actor_kind: 'system', actor_id: null, actor_name: null,
      unit_name: await repo.unitNameOf(tx, { departmentId: row.department_id }, row.hall_id),
      opinion: `自收到申请材料之日起五个工作日内未告知补正，依照${CORRECTION_BASIS}的规定，自收到申请材料之日（${receivedOn}）起即为受理。`,
      note: null, details: { receivedOn, preReviewDeadline: row.pre_review_deadline, notices, clock: clockChanges(effects) },
    });
    await recordAudit(tx, SYSTEM_CONTEXT, {
      action: 'case.deemed_accepted', subjectType: 'case', subjectId: caseId,
      summary: { caseNumber: row.case_number, from: row.status, to: next.status, receivedOn, acceptedOn: next.acceptedOn, deemedAccepted: next.deemedAccepted, today },
    });
    await notifyApplicantOf(deps, tx, saved, effects);
    if (notices.length > 0) {
      const cancelled = await repo.cancelledProofCodes(tx);
      const base = await noticeBaseOf(deps, tx, saved, today);
      const facts = {
        submittedOn: receivedOn, legalBasis: CORRECTION_BASIS,
        materialsReceived: askedMaterials(content, cancelled).map((m) => ({ name: m.name, form: m.kind === 'original' ? '原件' : '复印件', copies: m.paperCopies })),
        promisedConclusionDate: saved.promised_deadline ?? saved.accepted_on,
        ...(content.promisedLimit.unit === 'working_days' ? { promisedWorkingDays: Math.ceil(content.promisedLimit.value) } : {}),
      };
      documents.push(...(await queueNotices(tx, caseId, notices.map((kind) => ({ kind, data: { ...base, ...facts } })))));
    }
    return 'deemed';
  });
  if (outcome === 'deemed') await renderPendingDocuments(deps, documents);
  return outcome;
}

/**
 * Tells the clerks of the case's front desk (in-app) that art. 32's deadline is near, once per case and receipt;
 * true when this call did.
 */
async function warnFrontDesk(deps: CaseJobDeps, caseId: string, today: IsoDate, calendar: WorkingDayCalendar): Promise<boolean> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await repo.find(tx, caseId);
    if (row?.status !== 'submitted' || row.received_on === null) return false;
    const status = preReviewStatus(calendar, row.received_on, today);
    if (status.phase !== 'warning') return false;
    // The first transaction to insert the row notifies; a concurrent one waits on the key, then inserts nothing.
    const claimed = await tx.insertInto('case_deadline_warnings').values({ case_id: caseId, kind: 'pre_review', due_for: row.received_on })
      .onConflict((oc) => oc.doNothing()).returning('case_id').executeTakeFirst();
    if (!claimed) return false;
    for (const clerkId of await frontDeskClerks(tx, row)) {
      await notify(deps, tx, {
        recipient: { kind: 'staff', id: clerkId }, template: 'case.pre_review_due', link: `/workbench/cases/${caseId}`, about: caseSubjectOf(row),
        params: { caseNumber: row.case_number ?? '', itemName: row.item_name, deadline: status.deadline },
      });
    }
    return true;
  });
}

/** Active staff who pre-review this case: the clerks of its hall's region (or of its department, without a hall), in scope. */
export async function frontDeskClerks(db: DbOrTx, row: CaseRow): Promise<string[]> {
  let q = db.selectFrom('staff_users').select(['id', 'roles', 'region_code', 'department_id']).where('active', '=', true);
  if (row.hall_id !== null) {
    const hallId = row.hall_id;
    q = q.where('region_code', '=', (eb) => eb.selectFrom('halls').select('region_code').where('id', '=', hallId));
  } else {
    q = q.where('department_id', '=', row.department_id);
  }
  const staff = await q.orderBy('username').execute();
  return staff
    .filter((s) => roleHasPermission(s.roles, 'case.pre_review'))
    .filter((s) => isInScope(scopeFor({ regionCode: s.region_code, departmentId: s.department_id, roles: s.roles }), { regionCode: row.region_code, departmentId: row.department_id }))
    .map((s) => s.id);
}

function clockChanges(effects: readonly CaseEffect[]): string[] {
  return effects.flatMap((e) => (e.type === 'clock' ? [e.change] : []));
}
