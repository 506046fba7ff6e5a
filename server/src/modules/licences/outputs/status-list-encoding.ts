/**
 * The `encodedList` of a W3C Bitstring Status List: GZIP of the bitstring, written as multibase base64url
 * (`u` + base64url without padding). The bit layout is in core (`encodeStatusList`, bitstring-status-list.ts);
 * this half needs node:zlib, which core has not.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { BITSTRING_STATUS_LIST_SIZE, encodeStatusList } from '@onetrip/core';

/** A decoded list larger than this is refused (a GZIP bomb would otherwise inflate without bound). */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** `u` + base64url(GZIP(bitstring)) for a list with exactly `setIndexes` set. */
export function encodedListOf(setIndexes: Iterable<number>, size: number = BITSTRING_STATUS_LIST_SIZE): string {
  return encodeBitstring(encodeStatusList(setIndexes, size));
}

/** `u` + base64url(GZIP(bits)) of an already built bitstring. */
export function encodeBitstring(bits: Uint8Array): string {
  return `u${gzipSync(bits, { level: 9 }).toString('base64url')}`;
}

/**
 * The bitstring of an `encodedList`. Throws TypeError when it is not `u` + base64url, not GZIP, or inflates to more
 * than 16 MiB.
 */
export function decodeEncodedList(encoded: string): Uint8Array {
  if (!/^u[A-Za-z0-9_-]+$/.test(encoded)) throw new TypeError('encodedList is not multibase base64url');
  const compressed = Buffer.from(encoded.slice(1), 'base64url');
  try {
    return new Uint8Array(gunzipSync(compressed, { maxOutputLength: MAX_DECODED_BYTES }));
  } catch (error) {
    throw new TypeError(`encodedList is not a GZIP bitstring (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}
