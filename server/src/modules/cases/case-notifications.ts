/**
 * What the applicant is told during approval beyond acceptance and conclusion: an extension (art. 42: with its reason,
 * which the case page shows), voiding, and the start and end of a special procedure (art. 45: the time it takes is
 * told in writing and does not count). Called from `notifyApplicantOf`, in the action's transaction; params carry no
 * personal data (case number, item name, dates, the procedure's name), free-text reasons stay on the case page.
 */
import type { CaseEffect, SpecialProcedure } from '@onetrip/core';
import type { Tx } from '../../platform/db/database.ts';
import { notify, type NotificationSubject, type NotifyDeps } from '../../platform/notifications/notify.ts';
import { factsOf, type CaseRow } from './cases.repository.ts';

export const PROCEDURE_LABELS: Record<SpecialProcedure, string> = { hearing: '听证', expert_review: '专家评审', site_inspection: '现场核查', testing: '检验检测检疫', public_notice: '公示' };

/** The case a notification is about: its SMS/e-mail rows are listed to administrators of the case's region. */
export function caseSubjectOf(row: Pick<CaseRow, 'id' | 'region_code' | 'department_id'>): NotificationSubject {
  return { caseId: row.id, regionCode: row.region_code, departmentId: row.department_id };
}

/** Notifies the applicant of an extension, a void, or a special procedure's start or end among `effects`. */
export async function notifyApprovalChanges(deps: NotifyDeps, tx: Tx, row: CaseRow, effects: readonly CaseEffect[]): Promise<void> {
  const base = { recipient: { kind: 'applicant' as const, id: row.applicant_id }, link: `/me/cases/${row.id}`, about: caseSubjectOf(row), contact: factsOf(row)?.applicant };
  const names = { caseNumber: row.case_number ?? '', itemName: row.item_name };
  const promisedDate = row.promised_deadline ?? '—';
  const lastSuspension = row.state.suspensions.at(-1);
  for (const effect of effects) {
    if (effect.type === 'notify_applicant' && effect.about === 'extended' && row.state.extension) {
      await notify(deps, tx, { ...base, template: 'case.extended', params: { ...names, days: String(row.state.extension.days), promisedDate } });
    } else if (effect.type === 'notify_applicant' && effect.about === 'voided') {
      await notify(deps, tx, { ...base, template: 'case.voided', params: names });
    } else if (effect.type === 'clock' && effect.change === 'suspended' && lastSuspension) {
      await notify(deps, tx, { ...base, template: 'case.suspended', params: { ...names, procedure: PROCEDURE_LABELS[lastSuspension.procedure], plannedEnd: lastSuspension.plannedEnd } });
    } else if (effect.type === 'clock' && effect.change === 'resumed' && lastSuspension) {
      await notify(deps, tx, { ...base, template: 'case.resumed', params: { ...names, procedure: PROCEDURE_LABELS[lastSuspension.procedure], promisedDate } });
    }
  }
}
