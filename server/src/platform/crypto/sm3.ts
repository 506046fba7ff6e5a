import { sm3 } from 'sm-crypto-v2';

/** SM3 digest (GB/T 32905) of a UTF-8 string, as 64 lower-case hex characters. */
export function sm3Hex(text: string): string {
  return sm3(text);
}

/**
 * Canonical JSON: object keys sorted, no insignificant whitespace, so the same data always hashes the same.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
