/**
 * The canonical form of a licence: the exact bytes an issuing department signs and a verifier checks.
 *
 * Rule (docs/licences.md, "Canonical form"):
 * 1. Take exactly the GB/T 36903 members of `LicenceMetadata` (nothing else an object may carry is signed); a
 *    missing optional member is written as `null` (`number`, `validUntil`, `relatedItem`) or `{}` (`fields`,
 *    `extension`).
 * 2. Wrap them as `{"format":"onetrip.licence/1","licence":{…}}` so a signature over a licence can never be
 *    taken for a signature over another kind of document.
 * 3. Serialise with `canonicalJson` (core/src/util/canonical-json.ts, the serialisation the audit chain hashes):
 *    object keys sorted by UTF-16 code units, no whitespace, strings and numbers as ECMAScript `JSON.stringify`
 *    writes them. For JSON data this is RFC 8785 (JSON Canonicalization Scheme), so any JCS library reproduces it.
 * 4. Encode as UTF-8 without a byte-order mark. Strings are taken as stored: no Unicode normalisation, no trimming.
 *
 * Values that JSON cannot carry unambiguously (NaN, Infinity, undefined inside fields, nested objects in fields)
 * are refused with a TypeError rather than silently written as `null`.
 */
import { canonicalJson } from '../util/canonical-json.ts';
import type { LicenceMetadata } from './licence-metadata.ts';
import { isLicenceFieldValue } from './licence-metadata.ts';

export const LICENCE_CANONICAL_FORMAT = 'onetrip.licence/1';

function fieldsOf(path: string, fields: Record<string, unknown> | null | undefined): Record<string, unknown> {
  if (fields === null || fields === undefined) return {};
  if (typeof fields !== 'object' || Array.isArray(fields)) throw new TypeError(`${path} must be an object of scalar values`);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!isLicenceFieldValue(value)) throw new TypeError(`${path}.${name} is not a string, finite number, boolean or null`);
    out[name] = value;
  }
  return out;
}

function requireString(path: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${path} must be a string`);
  return value;
}

function nullableString(path: string, value: unknown): string | null {
  return value === null || value === undefined ? null : requireString(path, value);
}

/** The signed document as a plain object (members in no particular order; canonicalJson sorts them). */
export function canonicalLicenceDocument(metadata: LicenceMetadata): { format: string; licence: Record<string, unknown> } {
  const m = metadata as Partial<LicenceMetadata>;
  const party = (path: string, value: { name?: unknown; code?: unknown } | null | undefined): Record<string, string> => ({
    name: requireString(`${path}.name`, value?.name),
    code: requireString(`${path}.code`, value?.code),
  });
  const relatedItem = m.relatedItem === null || m.relatedItem === undefined ? null : party('relatedItem', m.relatedItem);
  return {
    format: LICENCE_CANONICAL_FORMAT,
    licence: {
      identifier: requireString('identifier', m.identifier),
      name: requireString('name', m.name),
      typeCode: requireString('typeCode', m.typeCode),
      typeName: requireString('typeName', m.typeName),
      number: nullableString('number', m.number),
      version: requireString('version', m.version),
      issuer: party('issuer', m.issuer),
      definingAuthority: party('definingAuthority', m.definingAuthority),
      issueDate: requireString('issueDate', m.issueDate),
      validFrom: requireString('validFrom', m.validFrom),
      validUntil: nullableString('validUntil', m.validUntil),
      jurisdictionCode: requireString('jurisdictionCode', m.jurisdictionCode),
      holder: { ...party('holder', m.holder), codeType: requireString('holder.codeType', m.holder?.codeType) },
      relatedItem,
      fields: fieldsOf('fields', m.fields),
      extension: fieldsOf('extension', m.extension),
    },
  };
}

/** The canonical text (step 1–3 of the rule). */
export function canonicalLicenceText(metadata: LicenceMetadata): string {
  return canonicalJson(canonicalLicenceDocument(metadata));
}

/** The canonical bytes that are signed: UTF-8 of the canonical text. */
export function canonicalLicenceBytes(metadata: LicenceMetadata): Uint8Array {
  return encodeUtf8(canonicalLicenceText(metadata));
}

/**
 * UTF-8 bytes of a string, as `TextEncoder` writes them (a lone surrogate becomes U+FFFD, which `canonicalJson`
 * never produces: `JSON.stringify` escapes lone surrogates). Here because core runs without DOM or Node types.
 */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(bytes);
}
