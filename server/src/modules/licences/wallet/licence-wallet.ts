/**
 * The applicant's licences (我的证照, docs/licences.md "Holding and sharing"): list, detail, the PDF and the
 * Verifiable Credential of a licence they hold.
 *
 * A licence is held by an applicant when it was issued to their account (`holder_applicant_id`), or when its holder
 * is the account's person or enterprise by resident ID number or unified social credit code (the blind index of the
 * code: e.g. stock licences imported before the account existed). Anyone else's licence answers 404, the same as a
 * licence that does not exist.
 */
import { type IsoDate, type LicenceFieldValue, type LicenceStatus } from '@onetrip/core';
import type { Deps } from '../../../platform/http/deps.ts';
import type { ExpressionBuilder } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { Database, LicenceTable } from '../../../platform/db/schema.ts';
import { requireApplicant, type ApplicantPrincipal, type RequestContext } from '../../../platform/auth/principal.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { LicenceRow } from '../issue-licence.ts';
import { licenceCredentialJson, licenceFileName, licencePdfOf } from '../licence-documents.ts';
import { holderHashOf } from '../licence-reuse.ts';
import { todayInChina } from '../../../platform/time/today.ts';
import { statusOfLicence, suspensionInForce, suspensionsByLicence, type StoredSuspension } from '../licence-status-facts.ts';

export interface WalletLicenceSummary {
  id: string;
  identifier: string;
  name: string;
  typeCode: string;
  typeName: string;
  issuer: { name: string; code: string };
  issueDate: string;
  validFrom: string;
  validUntil: string | null;
  status: LicenceStatus;
  holderKind: 'person' | 'enterprise';
  holderName: string;
  /** Masked for a person (resident ID number); an enterprise's credit code is public. */
  holderCodeMasked: string;
  source: 'case' | 'stock_import';
  /** Share links not yet expired or withdrawn. */
  activeShares: number;
}

export interface LicenceFieldView { name: string; title: string; value: LicenceFieldValue }

export interface WalletLicenceDetail extends WalletLicenceSummary {
  fields: LicenceFieldView[];
  number: string | null;
  relatedItem: { name: string; code: string } | null;
  revokedOn: string | null;
  revocationReason: string | null;
  /** The open suspension's first day, when suspended. */
  suspendedFrom: string | null;
}

/** Which licences the applicant holds: a filter on `licences as l` (the same rule as reuse in applications). */
async function holderFilterOf(db: DbOrTx, deps: Pick<Deps, 'pii'>, applicant: ApplicantPrincipal): Promise<{ applicantId: string; codeHash: string | null }> {
  return { applicantId: applicant.id, codeHash: await holderHashOf(db, deps, applicant.id) };
}

function heldBy(holder: { applicantId: string; codeHash: string | null }) {
  return (eb: ExpressionBuilder<Database & { l: LicenceTable }, 'l'>) => {
    const own = eb('l.holder_applicant_id', '=', holder.applicantId);
    return holder.codeHash === null ? own : eb.or([own, eb('l.holder_code_hash', '=', holder.codeHash)]);
  };
}

/** Today's status of a stored licence (licence-status-facts.ts). */
export function statusOfRow(row: Pick<LicenceRow, 'valid_from' | 'valid_until' | 'revoked_on'>, suspensions: readonly Pick<StoredSuspension, 'from_date' | 'lifted_on'>[], today: IsoDate): LicenceStatus {
  return statusOfLicence({ validFrom: row.valid_from, validUntil: row.valid_until, revokedOn: row.revoked_on }, suspensions, today);
}

type ListedRow = LicenceRow & { type_name: string; active_shares: number | string };

function summaryOf(row: ListedRow, status: LicenceStatus): WalletLicenceSummary {
  const metadata = row.metadata as { name?: string; typeCode?: string; issuer?: { name: string; code: string } };
  return {
    id: row.id, identifier: row.identifier, name: metadata.name ?? row.type_name, typeCode: metadata.typeCode ?? '', typeName: row.type_name,
    issuer: metadata.issuer ?? { name: '', code: '' }, issueDate: row.issue_date, validFrom: row.valid_from, validUntil: row.valid_until, status,
    holderKind: row.holder_kind, holderName: row.holder_name, holderCodeMasked: row.holder_code_masked, source: row.source, activeShares: Number(row.active_shares),
  };
}

function selectHeld(db: DbOrTx) {
  return db.selectFrom('licences as l').innerJoin('licence_types as t', 't.id', 'l.licence_type_id')
    .selectAll('l').select('t.name as type_name')
    .select((eb) => eb.selectFrom('licence_shares as s').select((e) => e.fn.countAll<string>().as('n'))
      .whereRef('s.licence_id', '=', 'l.id').where('s.revoked_at', 'is', null).where('s.expires_at', '>', new Date()).as('active_shares'));
}

/** My licences, newest first, with today's status. */
export async function listMyLicences(deps: Deps, ctx: RequestContext): Promise<WalletLicenceSummary[]> {
  const applicant = requireApplicant(ctx);
  const holder = await holderFilterOf(deps.db, deps, applicant);
  const rows = await selectHeld(deps.db).where(heldBy(holder)).orderBy('l.issue_date', 'desc').orderBy('l.created_at', 'desc').limit(500).execute() as ListedRow[];
  const suspensions = await suspensionsByLicence(deps.db, rows.map((r) => r.id));
  const today = todayInChina();
  return rows.map((row) => summaryOf(row, statusOfRow(row, suspensions.get(row.id) ?? [], today)));
}

/** A licence the applicant holds, or LICENCE_NOT_FOUND (also for someone else's). */
export async function loadHeldLicence(deps: Deps, ctx: RequestContext, id: string): Promise<ListedRow> {
  const applicant = requireApplicant(ctx);
  const holder = await holderFilterOf(deps.db, deps, applicant);
  const row = await selectHeld(deps.db).where('l.id', '=', id).where(heldBy(holder)).executeTakeFirst() as ListedRow | undefined;
  if (!row) throw new AppError('LICENCE_NOT_FOUND');
  return row;
}

/** The fields of a licence in the type's print order (then any other), with their printed titles. */
export async function fieldViewsOf(db: DbOrTx, row: Pick<LicenceRow, 'licence_type_id' | 'metadata'>): Promise<LicenceFieldView[]> {
  const type = await db.selectFrom('licence_types').select(['fields_schema', 'layout']).where('id', '=', row.licence_type_id).executeTakeFirstOrThrow();
  const fields = (row.metadata['fields'] ?? {}) as Record<string, LicenceFieldValue>;
  const order = [...type.layout.fieldOrder.filter((name) => Object.hasOwn(fields, name)), ...Object.keys(fields).filter((name) => !type.layout.fieldOrder.includes(name))];
  return order.map((name) => ({ name, title: type.fields_schema.properties?.[name]?.title ?? name, value: fields[name] ?? null }));
}

export async function detailOf(deps: Pick<Deps, 'db'>, row: ListedRow): Promise<WalletLicenceDetail> {
  const suspensions = (await suspensionsByLicence(deps.db, [row.id])).get(row.id) ?? [];
  const today = todayInChina();
  const status = statusOfRow(row, suspensions, today);
  const metadata = row.metadata as { number?: string | null; relatedItem?: { name: string; code: string } | null };
  return {
    ...summaryOf(row, status), fields: await fieldViewsOf(deps.db, row), number: metadata.number ?? null, relatedItem: metadata.relatedItem ?? null,
    revokedOn: row.revoked_on, revocationReason: row.revocation_reason, suspendedFrom: suspensionInForce(suspensions, today)?.from_date ?? null,
  };
}

export async function getMyLicence(deps: Deps, ctx: RequestContext, id: string): Promise<WalletLicenceDetail> {
  return detailOf(deps, await loadHeldLicence(deps, ctx, id));
}

export async function myLicencePdf(deps: Deps, ctx: RequestContext, id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const row = await loadHeldLicence(deps, ctx, id);
  return { fileName: licenceFileName(row, 'pdf'), bytes: await licencePdfOf(deps, row) };
}

export async function myLicenceCredential(deps: Deps, ctx: RequestContext, id: string): Promise<{ fileName: string; json: string }> {
  const row = await loadHeldLicence(deps, ctx, id);
  return { fileName: licenceFileName(row, 'json'), json: licenceCredentialJson(deps, row) };
}
