/**
 * What anyone may fetch to verify licences on their own (docs/licences.md, "Verifying"):
 *
 * - the W3C Bitstring Status Lists (revocation, suspension) as `BitstringStatusListCredential`s signed by the
 *   platform root key, so a verifier learns a licence's status without telling us which licence it checks;
 * - a seal: its GB/T 38540 information, public key, status and validity, with the root key's signature over it;
 * - the platform root key itself (the status lists' and seals' verification method).
 */
import { platformRootVerificationMethod, statusListCredential, toBase64, withDataIntegrityProofValue, dataIntegritySigningBytes, type StatusListCredential, type StatusPurpose } from '@onetrip/core';
import { sql } from 'kysely';
import type { Deps } from '../../../platform/http/deps.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { publicBaseUrl } from '../issue-licence.ts';
import { rootKeyOf } from '../licence-keys.ts';
import { encodedListOf } from '../outputs/status-list-encoding.ts';
import { todayInChina } from '../../../platform/time/today.ts';
import { suspendedOnSql } from '../licence-status-facts.ts';

type RegistryDeps = Pick<Deps, 'db' | 'keys' | 'config'>;

/** How long a verifier may cache a status list (HTTP max-age and the credential's `ttl`). */
export const STATUS_LIST_MAX_AGE_SECONDS = 60;
/** A signed list is re-signed at least this often even when no bit changed (its `validFrom` stays recent). */
const RESIGN_AFTER_MS = 60 * 60_000;

/** The set indexes of a list: revoked licences, or those whose suspension covers today (and not revoked). */
export async function statusListIndexes(deps: Pick<Deps, 'db'>, listId: number, purpose: StatusPurpose, today = todayInChina()): Promise<number[]> {
  if (purpose === 'revocation') {
    const rows = await deps.db.selectFrom('licences').select('status_list_index').where('status_list_id', '=', listId).where('revoked_at', 'is not', null).execute();
    return rows.map((r) => r.status_list_index);
  }
  const rows = await deps.db.selectFrom('licences as l').select('l.status_list_index')
    .where('l.status_list_id', '=', listId).where('l.revoked_at', 'is', null).where(suspendedOnSql(today)).execute();
  return rows.map((r) => r.status_list_index);
}

type SignedList = { encodedList: string; signedAt: number; credential: StatusListCredential };
const signedLists = new WeakMap<object, Map<string, SignedList>>();

/** GET /public/licence-status/:listId/:purpose — 404 for a list beyond those issued. */
export async function readStatusListCredential(deps: RegistryDeps, listId: number, purpose: StatusPurpose): Promise<StatusListCredential> {
  const highest = await deps.db.selectFrom('licences').select(sql<number | null>`max(status_list_id)`.as('max')).executeTakeFirst();
  if (highest?.max === null || highest?.max === undefined || listId > highest.max) throw AppError.notFound('status list');
  const encodedList = encodedListOf(await statusListIndexes(deps, listId, purpose));

  let cache = signedLists.get(deps.db);
  if (!cache) signedLists.set(deps.db, (cache = new Map<string, SignedList>()));
  const key = `${listId}/${purpose}`;
  const cached = cache.get(key);
  if (cached && cached.encodedList === encodedList && Date.now() - cached.signedAt < RESIGN_AFTER_MS) return cached.credential;

  const root = await rootKeyOf(deps.db, deps.keys);
  const baseUrl = publicBaseUrl(deps);
  const validFrom = new Date();
  const unsigned = statusListCredential({
    baseUrl, listId, purpose, encodedList, validFrom, ttlMs: STATUS_LIST_MAX_AGE_SECONDS * 1000, verificationMethod: platformRootVerificationMethod(baseUrl),
  });
  const signature = await deps.keys.sign(root.keyId, dataIntegritySigningBytes(unsigned));
  const credential = withDataIntegrityProofValue(unsigned, signature);
  cache.set(key, { encodedList, signedAt: validFrom.getTime(), credential });
  return credential;
}

/** GET /public/licence-seals/:sealId — everything needed to check the seal against the root key. */
export async function readPublicSeal(deps: RegistryDeps, sealId: string) {
  const seal = await deps.db.selectFrom('seals as s').innerJoin('departments as d', 'd.id', 's.department_id')
    .selectAll('s').select(['d.name as department_name', 'd.credit_code as department_code']).where('s.id', '=', sealId).executeTakeFirst();
  if (!seal) throw new AppError('SEAL_NOT_FOUND');
  const [key, root] = await Promise.all([deps.keys.publicKey(seal.signing_key_id), deps.keys.publicKey(seal.root_key_id)]);
  return {
    id: seal.id,
    sealCode: seal.seal_code,
    name: seal.name,
    sealType: seal.seal_type,
    department: { name: seal.department_name, code: seal.department_code },
    status: seal.status,
    validFrom: seal.valid_from.toISOString(),
    validUntil: seal.valid_until.toISOString(),
    retiredAt: seal.retired_at?.toISOString() ?? null,
    revokedAt: seal.revoked_at?.toISOString() ?? null,
    publicKeyPem: key.publicKeyPem,
    sealInfo: seal.seal_info,
    rootSignature: toBase64(new Uint8Array(seal.root_signature)),
    rootPublicKeyPem: root.publicKeyPem,
  };
}

/** GET /public/licence-root-key — the platform root key (verification method of status lists and seals). */
export async function readRootKey(deps: RegistryDeps) {
  const root = await rootKeyOf(deps.db, deps.keys);
  const baseUrl = publicBaseUrl(deps);
  return { id: platformRootVerificationMethod(baseUrl), type: 'Multikey' as const, controller: baseUrl, algorithm: 'SM2' as const, publicKeyPem: root.publicKeyPem, publicKeyHex: root.publicKeyHex };
}
