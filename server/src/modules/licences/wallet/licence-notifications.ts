/**
 * Telling the holder that their licence was issued (in-app, SMS and e-mail through the notification templates):
 * called in the approval's transaction right after the issuance, so a rolled-back approval tells nobody anything.
 * The message carries the case number and the licence's name only (no personal data); its SMS delivery job is
 * queued in the same transaction (notify.ts).
 */
import type { Tx } from '../../../platform/db/database.ts';
import { notify, type Notified, type NotifyDeps } from '../../../platform/notifications/notify.ts';
import { caseSubjectOf } from '../../cases/case-notifications.ts';
import { factsOf, type CaseRow } from '../../cases/cases.repository.ts';

export async function notifyLicenceIssued(deps: NotifyDeps, tx: Tx, row: CaseRow, licence: { id: string; name: string }): Promise<Notified> {
  return notify(deps, tx, {
    recipient: { kind: 'applicant', id: row.applicant_id }, template: 'licence.issued',
    params: { caseNumber: row.case_number ?? '—', licenceName: licence.name },
    link: '/me/licences', about: caseSubjectOf(row), contact: factsOf(row)?.applicant,
  });
}
