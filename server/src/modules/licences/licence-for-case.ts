/**
 * The licence of an approved case (issue 5, "Issuing"): called by the conclusion's transaction when the case's
 * result is a licence (`content.result.type === 'license'`). The approval never fails because a licence cannot be
 * issued — the decision is the department's, the e-licence the platform's — but every such approval leaves a row in
 * `case_licence_results`, issued or with the reason why not, and the e-licence generation rate counts them.
 */
import { licenceFieldsFrom, type ImplementationContent, type IsoDate } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { AuditContext } from '../../platform/audit/audit-log.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { CaseRow } from '../cases/cases.repository.ts';
import { decryptForm } from '../cases/case-support.ts';
import { issueLicence, type LicenceHolder } from './issue-licence.ts';
import { notifyLicenceIssued } from './wallet/licence-notifications.ts';

/** Why an approval with a licence result produced no e-licence (stored in `case_licence_results.not_issued_reason`). */
export type NotIssuedReason =
  | 'no_licence_type_code' | 'licence_type_undefined' | 'implementation_not_producer' | 'holder_code_missing' | 'fields_incomplete'
  | 'issuer_not_authorised' | 'no_active_seal' | 'holder_invalid' | 'metadata_invalid';

const REASON_OF_CODE: Partial<Record<string, NotIssuedReason>> = {
  LICENCE_ISSUER_NOT_AUTHORISED: 'issuer_not_authorised',
  LICENCE_NO_ACTIVE_SEAL: 'no_active_seal',
  LICENCE_HOLDER_INVALID: 'holder_invalid',
  LICENCE_METADATA_INVALID: 'metadata_invalid',
  LICENCE_TYPE_NOT_FOUND: 'licence_type_undefined',
};

export async function issueLicenceForCase(
  deps: Pick<Deps, 'db' | 'keys' | 'pii' | 'config' | 'jobs'>, tx: Tx, audit: AuditContext, row: CaseRow, content: ImplementationContent, today: IsoDate,
): Promise<{ licenceId: string | null; reason: NotIssuedReason | null } | null> {
  if (content.result?.type !== 'license') return null;
  const outcome = await attempt(deps, tx, audit, row, content, today);
  // The holder hears of it with the decision (in-app, and SMS/e-mail queued, in the decision's transaction).
  if (outcome.licenceId) await notifyLicenceIssued(deps, tx, row, { id: outcome.licenceId, name: outcome.licenceName ?? '' });
  await tx.insertInto('case_licence_results').values({
    case_id: row.id, licence_type_code: content.result.licenseTypeCode ?? null, licence_id: outcome.licenceId, not_issued_reason: outcome.reason,
    department_id: row.department_id, region_code: row.region_code, approved_on: today,
  }).onConflict((oc) => oc.column('case_id').doNothing()).execute();
  return { licenceId: outcome.licenceId, reason: outcome.reason };
}

async function attempt(
  deps: Pick<Deps, 'db' | 'keys' | 'pii' | 'config'>, tx: Tx, audit: AuditContext, row: CaseRow, content: ImplementationContent, today: IsoDate,
): Promise<{ licenceId: string | null; licenceName?: string; reason: NotIssuedReason | null }> {
  const notIssued = (reason: NotIssuedReason) => ({ licenceId: null, reason });
  const code = content.result?.licenseTypeCode;
  if (!code) return notIssued('no_licence_type_code');
  const [type, department, applicant] = await Promise.all([
    tx.selectFrom('licence_types').selectAll().where('code', '=', code).executeTakeFirst(),
    tx.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('id', '=', row.department_id).executeTakeFirstOrThrow(),
    tx.selectFrom('applicants').select(['kind', 'name', 'id_number_enc', 'credit_code']).where('id', '=', row.applicant_id).executeTakeFirstOrThrow(),
  ]);
  if (!type || !type.active) return notIssued('licence_type_undefined');
  if (!type.producing_implementation_codes.includes(row.implementation_code)) return notIssued('implementation_not_producer');
  const holderCode = applicant.kind === 'person' ? (applicant.id_number_enc ? deps.pii.decrypt(applicant.id_number_enc) : null) : applicant.credit_code;
  if (!holderCode) return notIssued('holder_code_missing');
  const holder: LicenceHolder = {
    applicantId: row.applicant_id, kind: applicant.kind, name: applicant.name, code: holderCode, codeType: applicant.kind === 'person' ? '111' : '001',
  };
  const { fields, problems } = licenceFieldsFrom(type.fields_schema, decryptForm(deps, row), { byFormKey: true });
  if (problems.length > 0) return notIssued('fields_incomplete');
  try {
    const issued = await issueLicence(deps, tx, audit, {
      type, department, holder, fields, number: null, relatedItem: { name: content.name, code: row.implementation_code }, issueDate: today, source: 'case', caseId: row.id,
    });
    return { licenceId: issued.id, licenceName: issued.metadata.name, reason: null };
  } catch (error) {
    const reason = error instanceof AppError ? REASON_OF_CODE[error.code] : undefined;
    if (reason) return notIssued(reason);
    throw error;
  }
}
