/**
 * A stored licence's status, one way everywhere (wallet, staff register, verification, reuse): core's
 * `licenceStatusOn` over the row's validity, revocation day and suspensions — and the same rule in SQL where a list
 * filters or a status list sets bits.
 */
import { isSuspensionInForce, licenceStatusOn, type IsoDate, type LicenceStatus } from '@onetrip/core';
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

/** A suspension as stored (`licence_suspensions`), with what a status and its reason need. */
export interface StoredSuspension {
  from_date: IsoDate;
  lifted_on: IsoDate | null;
  reason: string;
}

const asCore = (s: Pick<StoredSuspension, 'from_date' | 'lifted_on'>) => ({ from: s.from_date, liftedOn: s.lifted_on });

/** The status on `today` of a licence with these dates (the row's, or the signed metadata's) and suspensions. */
export function statusOfLicence(
  dates: { validFrom: IsoDate; validUntil: IsoDate | null; revokedOn: IsoDate | null },
  suspensions: readonly Pick<StoredSuspension, 'from_date' | 'lifted_on'>[], today: IsoDate,
): LicenceStatus {
  return licenceStatusOn(today, { ...dates, suspensions: suspensions.map(asCore) });
}

/** The suspension covering `today`, if any (its first day and reason). */
export function suspensionInForce<S extends Pick<StoredSuspension, 'from_date' | 'lifted_on'>>(suspensions: readonly S[], today: IsoDate): S | undefined {
  return suspensions.find((s) => isSuspensionInForce(today, asCore(s)));
}

/** The suspensions of these licences, oldest first, by licence id (one statement). */
export async function suspensionsByLicence(db: DbOrTx, ids: readonly string[]): Promise<Map<string, StoredSuspension[]>> {
  const out = new Map<string, StoredSuspension[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('licence_suspensions').select(['licence_id', 'from_date', 'lifted_on', 'reason'])
    .where('licence_id', 'in', [...ids]).orderBy('created_at').execute();
  for (const { licence_id: id, ...suspension } of rows) out.set(id, [...(out.get(id) ?? []), suspension]);
  return out;
}

/** SQL: a suspension of licence `l` covers `today` (the rule of `isSuspensionInForce`). */
export function suspendedOnSql(today: IsoDate): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM licence_suspensions s WHERE s.licence_id = l.id AND s.from_date <= ${today} AND (s.lifted_on IS NULL OR s.lifted_on > ${today}))`;
}
