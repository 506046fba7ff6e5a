/**
 * Issuing an electronic licence (docs/licences.md, "Issuing"): inside the caller's transaction — the approval of a
 * case, or a stock import — with the issuing department's active seal:
 *
 * 1. in one statement: the department may issue the type, its active seal, the serial and the status-list position
 *    (sequences: no hot row, concurrent issuances never wait for each other); then the holder and fields are valid;
 * 3. the GB/T 36904 identifier, GB/T 36903 metadata, and two SM2 signatures in the worker pool — over the canonical
 *    licence bytes and over the Verifiable Credential (both by the seal's key);
 * 4. one row in `licences` (holder code only encrypted) and its audit event.
 *
 * The PDF is rendered on first read (licence-documents.ts), not here.
 */
import {
  BITSTRING_STATUS_LIST_SIZE, buildLicenceIdentifier, canonicalLicenceBytes, credentialSigningBytes, unsignedLicenceCredential, validateLicenceMetadata,
  licenceValidUntil, maskIdNumber, type IsoDate, type LicenceFieldValue, type LicenceMetadata,
} from '@onetrip/core';
import { sql, type Selectable } from 'kysely';
import { AppError } from '../../platform/errors/app-error.ts';
import type { Deps } from '../../platform/http/deps.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { LicenceTable, LicenceTypeTable } from '../../platform/db/schema.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit-log.ts';
import type { SealDepartment } from './seal-records.ts';

export type LicenceTypeRow = Selectable<LicenceTypeTable>;
export type LicenceRow = Selectable<LicenceTable>;

const STATUS_LIST_SIZE = BITSTRING_STATUS_LIST_SIZE;
/** Odd, so `position × multiplier mod 2^17` visits every index of a list once: neighbours in time are far apart. */
const STATUS_INDEX_MULTIPLIER = 92_821;

/** Where the n-th licence (0-based) sits in the status lists: list n / 131072 + 1, a scattered index inside it. */
export function statusListPositionOf(n: number): { listId: number; index: number } {
  const listId = Math.floor(n / STATUS_LIST_SIZE) + 1;
  const index = Number((BigInt(n % STATUS_LIST_SIZE) * BigInt(STATUS_INDEX_MULTIPLIER)) % BigInt(STATUS_LIST_SIZE));
  return { listId, index };
}

export interface LicenceHolder {
  applicantId: string | null;
  kind: 'person' | 'enterprise';
  name: string;
  /** Resident ID number (codeType 111) or unified social credit code (001). */
  code: string;
  codeType: '111' | '001';
}

export interface LicenceToIssue {
  type: LicenceTypeRow;
  department: SealDepartment;
  holder: LicenceHolder;
  fields: Record<string, LicenceFieldValue>;
  /** The number printed on the licence (证照编号); null when the type has none. */
  number: string | null;
  relatedItem: { name: string; code: string } | null;
  issueDate: IsoDate;
  /** Stock licences keep their own dates; otherwise from the issue date and the type's validity rule. */
  validFrom?: IsoDate;
  validUntil?: IsoDate | null;
  source: 'case' | 'stock_import';
  caseId?: string | null;
  importId?: string | null;
}

export interface IssuedLicence {
  id: string;
  identifier: string;
  metadata: LicenceMetadata;
  row: LicenceRow;
}

export function publicBaseUrl(deps: Pick<Deps, 'config'>): string {
  return (deps.config.publicUrl ?? `http://localhost:${deps.config.port}`).replace(/\/$/, '');
}

export async function issueLicence(deps: Pick<Deps, 'db' | 'keys' | 'pii' | 'config'>, tx: Tx, audit: AuditContext, input: LicenceToIssue): Promise<IssuedLicence> {
  const { type, department, holder } = input;
  if (!type.active) throw new AppError('LICENCE_TYPE_NOT_FOUND', { message: 'the licence type is inactive' });
  // One statement: may the department issue the type, its active seal, the serial and the status-list position.
  const now = new Date();
  const numbers = await tx.selectNoFrom((eb) => [
    eb.exists(eb.selectFrom('licence_type_issuers').select('department_id').where('licence_type_id', '=', type.id).where('department_id', '=', department.id)).as('authorised'),
    sql<{ id: string; signingKeyId: string } | null>`(SELECT json_build_object('id', s.id, 'signingKeyId', s.signing_key_id) FROM seals s
      WHERE s.department_id = ${department.id} AND s.status = 'active' AND s.valid_from <= ${now} AND s.valid_until > ${now})`.as('seal'),
    eb.fn<string>('nextval', [eb.val('licence_serial_seq')]).as('serial'),
    eb.fn<string>('nextval', [eb.val('licence_status_position_seq')]).as('position'),
  ]).executeTakeFirstOrThrow();
  if (!numbers.authorised) throw new AppError('LICENCE_ISSUER_NOT_AUTHORISED');
  const seal = numbers.seal;
  if (!seal) throw new AppError('LICENCE_NO_ACTIVE_SEAL');
  const serial = `${input.issueDate.slice(0, 4)}${String(numbers.serial).padStart(9, '0')}`;
  const position = statusListPositionOf(Number(numbers.position));
  const identifier = buildLicenceIdentifier({ typeCode: type.code, issuerCode: department.credit_code, serial, version: '001' });
  const validFrom = input.validFrom ?? input.issueDate;
  const validUntil = input.validUntil !== undefined ? input.validUntil : licenceValidUntil(type.validity, validFrom);
  const metadata: LicenceMetadata = {
    identifier,
    name: type.name,
    typeCode: type.code,
    typeName: type.name,
    number: input.number,
    version: '001',
    issuer: { name: department.name, code: department.credit_code },
    definingAuthority: { name: type.defining_authority_name, code: type.code.slice(0, 18) },
    issueDate: input.issueDate,
    validFrom,
    validUntil,
    jurisdictionCode: department.region_code.slice(0, 6),
    holder: { name: holder.name, code: holder.code, codeType: holder.codeType },
    relatedItem: input.relatedItem,
    fields: input.fields,
    extension: {},
  };
  const problems = validateLicenceMetadata(metadata);
  if (problems.length > 0) {
    const holderProblem = problems.some((p) => p.path.startsWith('holder'));
    throw new AppError(holderProblem ? 'LICENCE_HOLDER_INVALID' : 'LICENCE_METADATA_INVALID', { details: { problems } });
  }

  const created = new Date();
  const licenceSignature = await deps.keys.sign(seal.signingKeyId, canonicalLicenceBytes(metadata));
  const unsigned = unsignedLicenceCredential(metadata, {
    baseUrl: publicBaseUrl(deps), sealId: seal.id, statusListId: position.listId, statusListIndex: position.index, created, licenceSignatureDer: licenceSignature,
  });
  const vcSignature = await deps.keys.sign(seal.signingKeyId, credentialSigningBytes(unsigned));

  const stored = { ...metadata, holder: { ...metadata.holder, code: '' } };
  const row = await tx.insertInto('licences').values({
    identifier, licence_type_id: type.id, issuer_department_id: department.id, region_code: department.region_code, seal_id: seal.id, serial,
    holder_applicant_id: holder.applicantId, holder_kind: holder.kind, holder_name: holder.name,
    holder_code_enc: deps.pii.encrypt(holder.code), holder_code_hash: deps.pii.blindIndex(holder.code), holder_code_masked: maskHolderCode(holder),
    metadata: JSON.stringify(stored), signature: Buffer.from(licenceSignature), vc_created_at: created, vc_signature: Buffer.from(vcSignature),
    issue_date: input.issueDate, valid_from: validFrom, valid_until: validUntil,
    status_list_id: position.listId, status_list_index: position.index, source: input.source, case_id: input.caseId ?? null, import_id: input.importId ?? null,
  }).returningAll().executeTakeFirstOrThrow();
  await recordAudit(tx, audit, {
    action: 'licence.issued', subjectType: 'licence', subjectId: row.id,
    summary: { identifier, typeCode: type.code, issuer: department.id, sealId: seal.id, holder: row.holder_code_masked, source: input.source, caseId: input.caseId ?? null },
  });
  return { id: row.id, identifier, metadata, row };
}

export function maskHolderCode(holder: Pick<LicenceHolder, 'code' | 'codeType'>): string {
  return holder.codeType === '111' ? maskIdNumber(holder.code) : holder.code;
}

/** The full metadata of a stored licence (the holder code decrypted): exactly what was signed. */
export function licenceMetadataOf(deps: Pick<Deps, 'pii'>, row: Pick<LicenceRow, 'metadata' | 'holder_code_enc'>): LicenceMetadata {
  const stored = row.metadata as unknown as LicenceMetadata;
  return { ...stored, holder: { ...stored.holder, code: deps.pii.decrypt(row.holder_code_enc) } };
}
