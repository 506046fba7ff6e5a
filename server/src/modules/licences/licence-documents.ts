/**
 * A stored licence as documents (docs/licences.md, "Holding and sharing"):
 *
 * - `licenceCredentialOf`: the signed W3C Verifiable Credential, rebuilt from the row — the metadata with the holder
 *   code decrypted, the row's `vc_created_at`, seal, status-list position and licence signature, and `vc_signature`
 *   as the proof value. Nothing is re-signed: the result is byte for byte the credential signed at issuance.
 * - `licencePdfOf`: the PDF licence (outputs/licence-pdf.ts), rendered on its first read — not at issuance, so an
 *   approval never waits for a render — stored content-addressed and remembered in `licences.pdf_storage_key`; later
 *   reads serve the stored file. Concurrent first reads in one process share one render; across processes the first
 *   stored key wins (the update only fills an empty key) and every reader serves the winner's file.
 */
import { licenceVerificationUrl, unsignedLicenceCredential, withProofValue, type LicenceCredential } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { renderPdf } from '../../platform/documents/index.ts';
import { licenceMetadataOf, publicBaseUrl, type LicenceRow } from './issue-licence.ts';
import { licencePdfDefinition } from './outputs/licence-pdf.ts';

type CredentialRow = Pick<LicenceRow, 'metadata' | 'holder_code_enc' | 'seal_id' | 'status_list_id' | 'status_list_index' | 'vc_created_at' | 'signature' | 'vc_signature'>;

/** The licence's signed Verifiable Credential, exactly as it was signed (its proof verifies with the seal's key). */
export function licenceCredentialOf(deps: Pick<Deps, 'pii' | 'config'>, row: CredentialRow): LicenceCredential {
  const metadata = licenceMetadataOf(deps, row);
  const unsigned = unsignedLicenceCredential(metadata, {
    baseUrl: publicBaseUrl(deps), sealId: row.seal_id, statusListId: row.status_list_id, statusListIndex: row.status_list_index,
    created: row.vc_created_at, licenceSignatureDer: new Uint8Array(row.signature),
  });
  return withProofValue(unsigned, new Uint8Array(row.vc_signature));
}

/** The credential as the JSON file handed out (and embedded in the PDF): same bytes on every read. */
export function licenceCredentialJson(deps: Pick<Deps, 'pii' | 'config'>, row: CredentialRow): string {
  return `${JSON.stringify(licenceCredentialOf(deps, row), null, 2)}\n`;
}

/** `食品经营许可证-<identifier>` (+ extension): the download name of a licence's files. */
export function licenceFileName(row: Pick<LicenceRow, 'identifier' | 'metadata'>, extension: 'pdf' | 'json'): string {
  const name = typeof row.metadata['name'] === 'string' ? row.metadata['name'] : '电子证照';
  return `${name}-${row.identifier}.${extension === 'json' ? 'vc.json' : 'pdf'}`;
}

const rendering = new WeakMap<object, Map<string, Promise<Uint8Array>>>();

/** The licence's PDF: the stored file, or rendered, stored and remembered on the first read. */
export async function licencePdfOf(deps: Pick<Deps, 'db' | 'pii' | 'config' | 'files'>, row: LicenceRow): Promise<Uint8Array> {
  if (row.pdf_storage_key !== null) return deps.files.get(row.pdf_storage_key);
  let inFlight = rendering.get(deps.db);
  if (!inFlight) rendering.set(deps.db, (inFlight = new Map<string, Promise<Uint8Array>>()));
  const running = inFlight.get(row.id);
  if (running) return running;
  const render = renderAndStore(deps, row).finally(() => inFlight.delete(row.id));
  inFlight.set(row.id, render);
  return render;
}

async function renderAndStore(deps: Pick<Deps, 'db' | 'pii' | 'config' | 'files'>, row: LicenceRow): Promise<Uint8Array> {
  const [type, seal] = await Promise.all([
    deps.db.selectFrom('licence_types').select(['layout', 'fields_schema']).where('id', '=', row.licence_type_id).executeTakeFirstOrThrow(),
    deps.db.selectFrom('seals').select(['picture_svg', 'name']).where('id', '=', row.seal_id).executeTakeFirstOrThrow(),
  ]);
  const fieldTitles: Record<string, string> = {};
  for (const [name, definition] of Object.entries(type.fields_schema.properties ?? {})) {
    if (typeof definition.title === 'string' && definition.title !== '') fieldTitles[name] = definition.title;
  }
  const pdf = await renderPdf(licencePdfDefinition({
    metadata: licenceMetadataOf(deps, row), layout: type.layout, fieldTitles, sealSvg: seal.picture_svg, sealName: seal.name,
    verifyUrl: licenceVerificationUrl(publicBaseUrl(deps), row.identifier), credentialJson: licenceCredentialJson(deps, row),
  }));
  const stored = await deps.files.put(pdf);
  // Only an empty key is filled: a concurrent first read elsewhere that stored first wins, and we serve its file.
  const updated = await deps.db.updateTable('licences').set({ pdf_storage_key: stored.key })
    .where('id', '=', row.id).where('pdf_storage_key', 'is', null).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 1) return pdf;
  const winner = await deps.db.selectFrom('licences').select('pdf_storage_key').where('id', '=', row.id).executeTakeFirstOrThrow();
  if (winner.pdf_storage_key === null || winner.pdf_storage_key === stored.key) return pdf;
  return deps.files.get(winner.pdf_storage_key);
}
