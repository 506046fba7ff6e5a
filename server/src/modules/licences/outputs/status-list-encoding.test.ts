import { gunzipSync, gzipSync } from 'node:zlib';
import { BITSTRING_STATUS_LIST_SIZE, encodeStatusList, getStatusBit, setStatusIndexes } from '@onetrip/core';
import { describe, expect, it } from 'vitest';
import { decodeEncodedList, encodeBitstring, encodedListOf } from './status-list-encoding.ts';

describe('status list encoding (GZIP + multibase base64url)', () => {
  it('writes u + base64url without padding of a GZIP stream', () => {
    const encoded = encodedListOf([]);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const gzip = Buffer.from(encoded.slice(1), 'base64url');
    expect([gzip[0], gzip[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(gzip).length).toBe(BITSTRING_STATUS_LIST_SIZE / 8);
    // An empty 16 KiB list compresses to a few dozen bytes.
    expect(encoded.length).toBeLessThan(100);
  });

  it('round-trips a list with revoked licences, bit for bit', () => {
    const revoked = [0, 7, 8, 1000, 77777, 131071];
    const bits = decodeEncodedList(encodedListOf(revoked));
    expect(bits.length).toBe(16384);
    expect(setStatusIndexes(bits)).toEqual(revoked);
    expect(getStatusBit(bits, 77777)).toBe(true);
    expect(getStatusBit(bits, 77776)).toBe(false);
    expect(bits).toEqual(encodeStatusList(revoked));
  });

  it('flipping one licence changes the list and only that bit', () => {
    const before = decodeEncodedList(encodedListOf([5, 900]));
    const after = decodeEncodedList(encodedListOf([5, 900, 4242]));
    const differing = [...before.keys()].filter((i) => before[i] !== after[i]);
    expect(differing).toEqual([4242 >> 3]);
    expect(before[4242 >> 3]! ^ after[4242 >> 3]!).toBe(0x80 >> (4242 & 7));
  });

  it('decodes a list encoded by another implementation (the specification example)', () => {
    // From W3C Bitstring Status List v1.0, example 1 (a 16 KiB list with nothing set).
    const bits = decodeEncodedList('uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA');
    expect(bits.length).toBe(16384);
    expect(setStatusIndexes(bits)).toEqual([]);
    expect(decodeEncodedList(encodeBitstring(Uint8Array.from([0x80, 1])))).toEqual(Uint8Array.from([0x80, 1]));
  });

  it('refuses text that is not multibase base64url GZIP, and a GZIP bomb', () => {
    expect(() => decodeEncodedList('H4sIAAAA')).toThrow(TypeError);
    expect(() => decodeEncodedList('u')).toThrow(TypeError);
    expect(() => decodeEncodedList('uAAAA+/=')).toThrow(TypeError);
    expect(() => decodeEncodedList(`u${Buffer.from('not gzip').toString('base64url')}`)).toThrow(TypeError);
    const bomb = gzipSync(Buffer.alloc(17 * 1024 * 1024));
    expect(() => decodeEncodedList(`u${bomb.toString('base64url')}`)).toThrow(/GZIP/);
  });
});
