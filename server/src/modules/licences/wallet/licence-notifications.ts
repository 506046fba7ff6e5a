/**
 * Telling the holder that their licence was issued (in-app, SMS and e-mail through the notification templates):
 * called in the approval's transaction right after the issuance, so a rolled-back approval tells nobody anything.
 * The message carries the case number and the licence's name only (no personal data); its SMS is handed to the
 * delivery job by the sweep (deliver-outbound.ts) unless the caller dispatches the returned `Notified` after commit.
 */
import type { Deps } from '../../../platform/http/deps.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notify, type Notified } from '../../../platform/notifications/notify.ts';
import { caseSubjectOf } from '../../cases/case-notifications.ts';
import { factsOf, type CaseRow } from '../../cases/cases.repository.ts';

export async function notifyLicenceIssued(deps: Pick<Deps, 'pii' | 'config'>, tx: Tx, row: CaseRow, licence: { id: string; name: string }): Promise<Notified> {
  return notify(deps, tx, {
    recipient: { kind: 'applicant', id: row.applicant_id }, template: 'licence.issued',
    params: { caseNumber: row.case_number ?? '—', licenceName: licence.name },
    link: '/me/licences', about: caseSubjectOf(row), contact: factsOf(row)?.applicant,
  });
}
