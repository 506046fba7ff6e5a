/**
 * Public licence verification (docs/licences.md, "Verifying"): by identifier (what the QR code opens, or typed) and
 * by upload (the licence PDF with its embedded credential, or the credential JSON). No login.
 *
 * The registry row is never trusted blindly: every verification re-checks the seal (the root key's signature over
 * its seal information, which names the seal's public key) and the department's SM2 signature over the canonical
 * bytes of the stored metadata, and compares the unsigned columns the status depends on with the signed metadata.
 * An upload is checked on its own first (the credential's proof, the licence signature inside it, the seal it
 * names), then its licence must be byte for byte the registry's. Only then the status on today's China date:
 * revocation, the validity window, suspensions.
 *
 * The answer never carries personal data in full: a person's name is masked to the family name, the ID number as in
 * every list (first 6 and last 4). Public endpoints are throttled per address.
 */
import {
  canonicalJson, canonicalLicenceBytes, encodeUtf8, maskPersonName, normalizeLicenceIdentifierInput,
  validateLicenceIdentifier, type IsoDate, type LicenceMetadata,
} from '@onetrip/core';
import { sql, type Selectable } from 'kysely';
import type { Deps } from '../../../platform/http/deps.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { SealTable } from '../../../platform/db/schema.ts';
import type { RequestContext } from '../../../platform/auth/principal.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { throttleOf } from '../../../platform/auth/failure-throttle.ts';
import { licenceMetadataOf, type LicenceRow } from '../issue-licence.ts';
import { todayInChina } from '../../../platform/time/today.ts';
import { statusOfLicence, suspensionInForce, type StoredSuspension } from '../licence-status-facts.ts';
import { checkCredentialIntegrity, readLicenceUpload } from '../outputs/licence-upload.ts';
import type { LicenceVerification, TamperReason, VerificationOutcome } from './verify.schemas.ts';

type SealRow = Omit<Selectable<SealTable>, 'picture_svg'>;
type VerifyDeps = Pick<Deps, 'db' | 'pii' | 'keys' | 'sm2'>;

// ── Throttling ──

/** Verifications one address may ask for per minute (identifier and upload count separately). */
export const VERIFY_LOOKUPS_PER_MINUTE = 60;
export const VERIFY_UPLOADS_PER_MINUTE = 20;

/** Counts the request against the address's window; 429 RATE_LIMITED once the window is full. */
export function throttleVerification(deps: Pick<Deps, 'db'>, ctx: RequestContext, kind: 'lookups' | 'uploads'): void {
  const throttle = throttleOf(deps.db, `licences.verify.${kind}`, kind === 'lookups' ? VERIFY_LOOKUPS_PER_MINUTE : VERIFY_UPLOADS_PER_MINUTE, 60_000);
  throttle.refuseIfThrottled(ctx.clientIp);
  throttle.recordFailure(ctx.clientIp);
}

// ── Loading ──

export interface RegistryEntry {
  row: LicenceRow;
  seal: SealRow;
  issuerName: string;
  issuerCode: string;
  suspensions: StoredSuspension[];
}

/** The seal's columns a verification needs (not its picture: ≈ 27 KB of SVG per read). */
const SEAL_COLUMNS = [
  'id', 'seal_code', 'department_id', 'name', 'seal_type', 'signing_key_id', 'valid_from', 'valid_until', 'seal_info', 'root_key_id', 'root_signature',
  'status', 'retired_at', 'replaced_by', 'revoked_at', 'revocation_reason', 'created_by', 'created_at',
] as const;
type SealColumn = (typeof SEAL_COLUMNS)[number];
const SEAL_SELECTIONS = SEAL_COLUMNS.map((column) => `se.${column} as seal__${column}` as const);

/**
 * The licence with its issuer, seal and suspensions in one statement: the hot path of every public verification
 * (each round trip to PostgreSQL costs the server more than the query itself).
 */
export async function registryEntryOf(db: DbOrTx, where: { identifier: string } | { id: string }): Promise<RegistryEntry | undefined> {
  let query = db.selectFrom('licences as l').innerJoin('departments as d', 'd.id', 'l.issuer_department_id').innerJoin('seals as se', 'se.id', 'l.seal_id')
    .selectAll('l')
    .select(['d.name as issuer_name', 'd.credit_code as issuer_code'])
    .select(SEAL_SELECTIONS)
    .select(sql<RegistryEntry['suspensions']>`coalesce((SELECT json_agg(json_build_object('from_date', s.from_date, 'lifted_on', s.lifted_on, 'reason', s.reason) ORDER BY s.created_at) FROM licence_suspensions s WHERE s.licence_id = l.id), '[]')`.as('suspension_rows'));
  query = 'identifier' in where ? query.where('l.identifier', '=', where.identifier) : query.where('l.id', '=', where.id);
  const found = await query.executeTakeFirst();
  if (!found) return undefined;
  const { issuer_name: issuerName, issuer_code: issuerCode, suspension_rows: suspensions } = found;
  const row = {} as Record<string, unknown>;
  const seal = {} as Record<SealColumn, unknown>;
  for (const [key, value] of Object.entries(found)) {
    if (key.startsWith('seal__')) seal[key.slice(6) as SealColumn] = value;
    else if (key !== 'issuer_name' && key !== 'issuer_code' && key !== 'suspension_rows') row[key] = value;
  }
  return { row: row as unknown as LicenceRow, seal: seal as SealRow, issuerName, issuerCode: issuerCode ?? '', suspensions };
}

// ── Signature checks ──

async function verifySm2(deps: Pick<Deps, 'sm2'>, data: Uint8Array, signature: Uint8Array | null, publicKeyHex: string): Promise<boolean> {
  if (signature === null || signature.length === 0) return false;
  try {
    return await deps.sm2.verify(data, signature, publicKeyHex);
  } catch {
    return false;
  }
}

/** Seal checks by seal id and root signature: seals never change what the root key signed, so a result holds. */
const sealChecks = new WeakMap<object, Map<string, Promise<boolean>>>();

/**
 * The seal is what the platform root key certified: its root signature verifies over the canonical seal information,
 * and that information names the public key of the seal's signing key.
 */
export function sealIsCertified(deps: VerifyDeps, seal: SealRow): Promise<boolean> {
  let cache = sealChecks.get(deps.db);
  if (!cache) sealChecks.set(deps.db, (cache = new Map<string, Promise<boolean>>()));
  const key = `${seal.id}:${seal.signing_key_id}:${seal.root_key_id}:${Buffer.from(seal.root_signature).toString('hex')}:${canonicalJson(seal.seal_info)}`;
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      try {
        const [root, sealKey] = await Promise.all([deps.keys.publicKey(seal.root_key_id), deps.keys.publicKey(seal.signing_key_id)]);
        if (root.owner !== 'platform-root') return false;
        const certList = (seal.seal_info as { property?: { certList?: unknown } }).property?.certList;
        if (!Array.isArray(certList) || certList[0] !== sealKey.publicKeyPem) return false;
        return await verifySm2(deps, encodeUtf8(canonicalJson(seal.seal_info)), new Uint8Array(seal.root_signature), root.publicKeyHex);
      } catch {
        return false;
      }
    })();
    if (cache.size > 1000) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** Whether a signature made at `signedAt` by this seal is acceptable: inside its validity, before any revocation. */
function sealProblemAt(seal: SealRow, signedAt: Date): TamperReason | null {
  if (seal.revoked_at !== null && signedAt >= seal.revoked_at) return 'seal_revoked';
  if (signedAt < seal.valid_from || signedAt >= seal.valid_until) return 'seal_not_valid_at_signing';
  return null;
}

/**
 * The registry row's own integrity: the metadata decrypts and is signed by the seal, the seal is certified, and the
 * unsigned columns the status and lists rely on agree with the signed metadata. Null when intact.
 */
export async function registryProblemOf(deps: VerifyDeps, entry: RegistryEntry): Promise<{ problem: TamperReason | null; metadata: LicenceMetadata | null }> {
  const { row, seal } = entry;
  let metadata: LicenceMetadata;
  let signed: Uint8Array;
  try {
    metadata = licenceMetadataOf(deps, row);
    signed = canonicalLicenceBytes(metadata);
  } catch {
    return { problem: 'signature_mismatch', metadata: null };
  }
  const [certified, sealKey] = await Promise.all([sealIsCertified(deps, seal), deps.keys.publicKey(seal.signing_key_id).catch(() => null)]);
  if (!certified || sealKey === null) return { problem: 'seal_invalid', metadata };
  if (!(await verifySm2(deps, signed, new Uint8Array(row.signature), sealKey.publicKeyHex))) return { problem: 'signature_mismatch', metadata };
  const columnsAgree = metadata.identifier === row.identifier && metadata.issueDate === row.issue_date && metadata.validFrom === row.valid_from
    && (metadata.validUntil ?? null) === row.valid_until && metadata.holder.name === row.holder_name && metadata.issuer.code === entry.issuerCode;
  if (!columnsAgree) return { problem: 'content_differs', metadata };
  const sealProblem = sealProblemAt(seal, row.vc_created_at);
  if (sealProblem) return { problem: sealProblem, metadata };
  return { problem: null, metadata };
}

// ── The answer ──


/** The status on `today` from the signed dates and the registry's revocation and suspensions. */
export function registryStatusOf(entry: Pick<RegistryEntry, 'row' | 'suspensions'>, metadata: Pick<LicenceMetadata, 'validFrom' | 'validUntil'>, today: IsoDate = todayInChina()) {
  const status = statusOfLicence({ validFrom: metadata.validFrom, validUntil: metadata.validUntil ?? null, revokedOn: entry.row.revoked_on }, entry.suspensions, today);
  const reason = status === 'revoked' ? entry.row.revocation_reason : status === 'suspended' ? (suspensionInForce(entry.suspensions, today)?.reason ?? null) : null;
  return { status, reason };
}

function licenceViewOf(entry: RegistryEntry, metadata: LicenceMetadata | null): NonNullable<LicenceVerification['licence']> {
  const { row } = entry;
  return {
    identifier: row.identifier,
    name: metadata?.name ?? row.identifier,
    typeName: metadata?.typeName ?? '',
    holderName: row.holder_kind === 'person' ? maskPersonName(row.holder_name) : row.holder_name,
    holderCode: row.holder_code_masked,
    holderKind: row.holder_kind,
    issuer: { name: entry.issuerName, code: entry.issuerCode },
    issueDate: row.issue_date,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

function answer(outcome: VerificationOutcome, reason: string | null, entry?: RegistryEntry, metadata?: LicenceMetadata | null): LicenceVerification {
  return {
    outcome, reason, checkedAt: new Date().toISOString(),
    ...(entry ? { licence: licenceViewOf(entry, metadata ?? null), seal: { id: entry.seal.id, name: entry.seal.name, status: entry.seal.status } } : {}),
  };
}

/** Verifies a registry entry (integrity, then status). */
export async function verifyRegistryEntry(deps: VerifyDeps, entry: RegistryEntry): Promise<LicenceVerification> {
  const { problem, metadata } = await registryProblemOf(deps, entry);
  if (problem !== null || metadata === null) return answer('tampered', problem ?? 'signature_mismatch', entry, metadata);
  const { status, reason } = registryStatusOf(entry, metadata);
  return answer(status, reason, entry, metadata);
}

/** GET /public/licences/verify?identifier= — 400 for a malformed identifier, outcome `not_found` for an unknown one. */
export async function verifyLicenceByIdentifier(deps: VerifyDeps, ctx: RequestContext, input: string): Promise<LicenceVerification> {
  throttleVerification(deps, ctx, 'lookups');
  const identifier = normalizeLicenceIdentifierInput(input);
  const checked = validateLicenceIdentifier(identifier);
  if (!checked.valid) throw new AppError('LICENCE_IDENTIFIER_INVALID', { details: { problem: checked.problem } });
  const entry = await registryEntryOf(deps.db, { identifier });
  if (!entry) return answer('not_found', null);
  return verifyRegistryEntry(deps, entry);
}

/**
 * Verifies a credential someone presents: its structure (helper checkCredentialIntegrity), its proof and licence
 * signature by the seal it names, that seal being the registry's seal for the licence and certified by the root key,
 * the licence byte for byte the registry's; then the registry check and the status.
 */
export async function verifyLicenceCredential(deps: VerifyDeps, credential: unknown): Promise<LicenceVerification> {
  const vc = checkCredentialIntegrity(credential);
  if (!vc.ok) return answer('tampered', 'credential_malformed');
  const entry = await registryEntryOf(deps.db, { identifier: vc.identifier });
  if (!entry) return answer('not_found', null);

  if (vc.sealId !== entry.seal.id) return answer('tampered', 'seal_mismatch', entry);
  const sealKey = await deps.keys.publicKey(entry.seal.signing_key_id).catch(() => null);
  if (sealKey === null || !(await sealIsCertified(deps, entry.seal))) return answer('tampered', 'seal_invalid', entry);
  const [proofOk, licenceOk] = await Promise.all([
    verifySm2(deps, vc.proofSigningBytes, vc.proofSignatureDer, sealKey.publicKeyHex),
    verifySm2(deps, vc.licenceBytes, vc.licenceSignatureDer, sealKey.publicKeyHex),
  ]);
  if (!proofOk) return answer('tampered', 'proof_invalid', entry);
  if (!licenceOk) return answer('tampered', 'signature_mismatch', entry);
  const sealProblem = sealProblemAt(entry.seal, vc.created);
  if (sealProblem) return answer('tampered', sealProblem, entry);

  const registry = await registryProblemOf(deps, entry);
  if (registry.problem !== null || registry.metadata === null) return answer('tampered', registry.problem ?? 'signature_mismatch', entry, registry.metadata);
  if (!equalBytes(vc.licenceBytes, canonicalLicenceBytes(registry.metadata))) return answer('tampered', 'content_differs', entry, registry.metadata);
  const { status, reason } = registryStatusOf(entry, registry.metadata);
  return answer(status, reason, entry, registry.metadata);
}

/** POST /public/licences/verify — the licence PDF or the credential JSON; 400 LICENCE_UPLOAD_UNREADABLE otherwise. */
export async function verifyLicenceUpload(deps: VerifyDeps, ctx: RequestContext, bytes: Uint8Array): Promise<LicenceVerification> {
  throttleVerification(deps, ctx, 'uploads');
  const upload = readLicenceUpload(bytes);
  if (upload.kind === 'unreadable') throw new AppError('LICENCE_UPLOAD_UNREADABLE', { details: { reason: upload.reason } });
  return verifyLicenceCredential(deps, upload.credential);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
