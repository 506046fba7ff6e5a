/** Basic catalogue items (defined once, by the centre) and the proof catalogue (减证便民). */
import { buildBasicCode, type ExerciseLevel, type ItemTypeCode, type ProofCancellationReason } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/pg-errors.ts';
import type { DbOrTx } from '../../platform/db/database.ts';

export async function listBasicItems(deps: Deps, ctx: RequestContext) {
  requireStaff(ctx, 'catalog.read');
  const rows = await deps.db.selectFrom('basic_items').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, typeCode: r.type_code, name: r.name, parentCode: r.parent_code, legalBasis: r.legal_basis, level: r.level }));
}

export async function createBasicItem(deps: Deps, ctx: RequestContext, input: { typeCode: ItemTypeCode; mainNumber: number; subNumber?: number | undefined; name: string; parentCode?: string | null | undefined; legalBasis: string; level: number }) {
  requireStaff(ctx, 'catalog.basic_items');
  const code = buildBasicCode(input.typeCode, input.mainNumber, input.subNumber ?? 0);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const row = await tx.insertInto('basic_items').values({ code, type_code: input.typeCode, name: input.name.trim(), parent_code: input.parentCode ?? null, legal_basis: input.legalBasis.trim(), level: input.level as ExerciseLevel }).returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, auditContextOf(ctx), { action: 'basic_item.created', subjectType: 'basic_item', subjectId: code, summary: { after: { name: row.name, typeCode: row.type_code, parentCode: row.parent_code } } });
      return { code: row.code, typeCode: row.type_code, name: row.name, parentCode: row.parent_code, legalBasis: row.legal_basis, level: row.level };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('BASIC_ITEM_EXISTS', { cause: error });
    if (isForeignKeyViolation(error)) throw AppError.validation([{ path: '/parentCode', code: 'BASIC_ITEM_NOT_FOUND' }]);
    throw error;
  }
}

function toProofView(p: { code: string; name: string; issuer: string; status: 'kept' | 'cancelled'; reason: string | null; note: string; cancelled_at: Date | null }) {
  return { code: p.code, name: p.name, issuer: p.issuer, status: p.status, reason: p.reason, note: p.note, cancelledAt: p.cancelled_at?.toISOString() ?? null };
}

export async function listProofs(db: DbOrTx, status?: 'kept' | 'cancelled') {
  let q = db.selectFrom('proofs').selectAll();
  if (status) q = q.where('status', '=', status);
  return (await q.orderBy('status').orderBy('code').execute()).map(toProofView);
}

export async function createProof(deps: Deps, ctx: RequestContext, input: { code: string; name: string; issuer: string; note?: string | undefined }) {
  requireStaff(ctx, 'catalog.proofs');
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const row = await tx.insertInto('proofs').values({ code: input.code, name: input.name.trim(), issuer: input.issuer.trim(), status: 'kept', reason: null, note: input.note?.trim() ?? '', cancelled_at: null }).returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, auditContextOf(ctx), { action: 'proof.created', subjectType: 'proof', subjectId: row.code, summary: { after: { name: row.name, issuer: row.issuer } } });
      return toProofView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('PROOF_EXISTS', { cause: error });
    throw error;
  }
}

/**
 * Cancels a proof for good. From then on no implementation may require it: saves and publications that do are
 * refused. Implementations whose working copy or version in force still require it are returned, so the centre
 * can ask their departments to update them (they also show as errors in the check report).
 */
export async function cancelProof(deps: Deps, ctx: RequestContext, code: string, input: { reason: ProofCancellationReason; note: string }) {
  requireStaff(ctx, 'catalog.proofs');
  return deps.db.transaction().execute(async (tx) => {
    const proof = await tx.selectFrom('proofs').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
    if (!proof) throw AppError.notFound('proof');
    if (proof.status === 'cancelled') throw new AppError('PROOF_ALREADY_CANCELLED');
    const row = await tx.updateTable('proofs').set({ status: 'cancelled', reason: input.reason, note: input.note.trim(), cancelled_at: new Date(), updated_at: new Date() }).where('code', '=', code).returningAll().executeTakeFirstOrThrow();
    // jsonb containment finds materials naming this proof in working copies and versions in force.
    const needle = JSON.stringify({ materials: [{ proofCode: code }] });
    const affected = await tx.selectFrom('implementations as i')
      .leftJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
      .select(['i.id', 'i.code', 'i.name'])
      .where('i.publication_status', '<>', 'cancelled')
      .where((eb) => eb.or([eb('i.draft_content', '@>', needle as never), eb('v.content', '@>', needle as never)]))
      .execute();
    await recordAudit(tx, auditContextOf(ctx), { action: 'proof.cancelled', subjectType: 'proof', subjectId: code, summary: { reason: input.reason, note: input.note.trim(), affectedImplementations: affected.length } });
    return { proof: toProofView(row), affectedImplementations: affected };
  });
}
