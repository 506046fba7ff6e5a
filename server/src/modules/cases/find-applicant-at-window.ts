import { maskIdNumber, validateCreditCode, validateResidentId } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Applicant } from '../../platform/db/schema.ts';
import type { WalkInApplicant } from './front-desk.schemas.ts';

/** A resident ID number (GB 11643) or a unified social credit code (GB 32100), normalised, or the coded refusal. */
export function parseApplicantIdentifier(input: string): { kind: 'person'; idNumber: string } | { kind: 'enterprise'; creditCode: string } {
  const value = input.trim().toUpperCase();
  const id = validateResidentId(value);
  if (id.valid) return { kind: 'person', idNumber: id.normalized };
  const code = validateCreditCode(value);
  if (code.valid) return { kind: 'enterprise', creditCode: code.normalized };
  throw new AppError('APPLICANT_IDENTIFIER_INVALID', { fields: [{ path: '/identifier', code: 'APPLICANT_IDENTIFIER_INVALID' }] });
}

/** What the window shows of an applicant: masked ID and phone, and whether they can log in themselves yet. */
export function toWalkInApplicant(row: Pick<Applicant, 'id' | 'kind' | 'name' | 'id_number_masked' | 'credit_code' | 'legal_representative' | 'phone_masked' | 'password_hash' | 'verified_at'>): WalkInApplicant {
  return {
    id: row.id, kind: row.kind, name: row.name, idNumberMasked: row.id_number_masked, creditCode: row.credit_code,
    legalRepresentative: row.legal_representative, phoneMasked: row.phone_masked, hasAccount: row.password_hash !== null,
    verifiedAtWindow: row.verified_at !== null,
  };
}

/**
 * Clerk or agent: finds a walk-in applicant by resident ID number or credit code, through the blind index (the number
 * is never stored or logged in clear). Every lookup — found or not — is on record, since it reads someone else's
 * personal data; the answer is masked.
 */
export async function findApplicantAtWindow(deps: Deps, ctx: RequestContext, input: { identifier: string }): Promise<{ found: boolean; applicant: WalkInApplicant | null }> {
  requireStaff(ctx, 'case.file_on_behalf');
  const identifier = parseApplicantIdentifier(input.identifier);
  return deps.db.transaction().execute(async (tx) => {
    const row = identifier.kind === 'person'
      ? await tx.selectFrom('applicants').selectAll().where('kind', '=', 'person').where('id_number_hash', '=', deps.pii.blindIndex(identifier.idNumber)).executeTakeFirst()
      : await tx.selectFrom('applicants').selectAll().where('kind', '=', 'enterprise').where('credit_code', '=', identifier.creditCode).executeTakeFirst();
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'applicant.looked_up_at_window', subjectType: 'applicant', subjectId: row?.id ?? null,
      summary: { by: identifier.kind === 'person' ? 'idNumber' : 'creditCode', identifier: identifier.kind === 'person' ? maskIdNumber(identifier.idNumber) : identifier.creditCode, found: row !== undefined },
    });
    return { found: row !== undefined, applicant: row ? toWalkInApplicant(row) : null };
  });
}
