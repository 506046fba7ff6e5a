/**
 * The independent check (issue 5): what we sign, OpenSSL 3 verifies, and what OpenSSL signs, we verify — SM2 with
 * SM3 and distid 1234567812345678, DER signatures, PEM public keys, over the canonical bytes of a licence. The
 * command lines are the ones docs/licences.md gives. This test never skips: without openssl it fails and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonicalLicenceBytes } from '@onetrip/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The example licence of core's tests (the GB/T 36904 public example identifier); core exports only its API.
import { EXAMPLE_LICENCE } from '../../../../core/src/licences/fixtures.ts';
import { InMemoryKeyStore, SoftwareKeyVault } from './key-vault.ts';
import { sm2PublicKeyFromPem, sm2Verify } from './sm2.ts';
import { Sm2Pool } from './sm2-pool.ts';

const DISTID = 'distid:1234567812345678';
let dir: string;
const pool = new Sm2Pool({ size: 1 });

function openssl(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

/** The documented verification: `openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:… -pubin …`. */
function opensslVerifies(data: string, publicKey: string, signature: string): { status: number | null; output: string } {
  return openssl(['pkeyutl', '-verify', '-rawin', '-digest', 'sm3', '-pkeyopt', DISTID, '-pubin', '-inkey', publicKey, '-in', data, '-sigfile', signature]);
}

beforeAll(() => {
  let version: string;
  try {
    version = execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    throw new Error(
      'The OpenSSL cross-check needs the `openssl` command line (OpenSSL 3), which is not installed or not on PATH. ' +
        'Install it (Debian/Ubuntu: apt-get install openssl; .ci/run does this). This test must not be skipped: ' +
        `it is the independent proof that licence signatures are standard SM2. (${(error as Error).message})`,
      { cause: error },
    );
  }
  if (!/^OpenSSL [3-9]\./.test(version)) throw new Error(`The OpenSSL cross-check needs OpenSSL 3 or later (SM2 with distid); found: ${version}`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm2-openssl-'));
});

afterAll(async () => {
  await pool.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('OpenSSL 3 verifies our licence signatures', () => {
  it('verifies the signature over the canonical licence bytes with the exported PEM and DER', async () => {
    const vault = new SoftwareKeyVault({ masterKeyHex: '0123456789abcdef0123456789abcdef', store: new InMemoryKeyStore(), pool });
    const key = await vault.generateKeyPair('department:example');
    const data = canonicalLicenceBytes(EXAMPLE_LICENCE);
    fs.writeFileSync(path.join(dir, 'licence.bin'), data);
    fs.writeFileSync(path.join(dir, 'issuer.pem'), key.publicKeyPem);
    fs.writeFileSync(path.join(dir, 'licence.sig'), await vault.sign(key.keyId, data));

    expect(opensslVerifies('licence.bin', 'issuer.pem', 'licence.sig')).toEqual({ status: 0, output: 'Signature Verified Successfully' });
    // The same with `openssl dgst` (docs/licences.md gives both).
    const dgst = openssl(['dgst', '-sm3', '-verify', 'issuer.pem', '-sigopt', DISTID, '-signature', 'licence.sig', 'licence.bin']);
    expect(dgst).toEqual({ status: 0, output: 'Verified OK' });

    // One changed byte anywhere: OpenSSL says no.
    for (const at of [0, Math.floor(data.length / 2), data.length - 1]) {
      const changed = Uint8Array.from(data);
      changed[at]! ^= 0x01;
      fs.writeFileSync(path.join(dir, 'changed.bin'), changed);
      const outcome = opensslVerifies('changed.bin', 'issuer.pem', 'licence.sig');
      expect(outcome.status).toBe(1);
      expect(outcome.output).toContain('Signature Verification Failure');
    }
    // A one-field change of the licence (holder name), re-canonicalised: also refused.
    fs.writeFileSync(path.join(dir, 'tampered.bin'), canonicalLicenceBytes({ ...EXAMPLE_LICENCE, holder: { ...EXAMPLE_LICENCE.holder, name: '赤峰冒名餐饮有限公司' } }));
    expect(opensslVerifies('tampered.bin', 'issuer.pem', 'licence.sig').status).toBe(1);
    // Another user id (OpenSSL 3's default is empty): refused, so the distid really is part of the signature.
    expect(openssl(['pkeyutl', '-verify', '-rawin', '-digest', 'sm3', '-pubin', '-inkey', 'issuer.pem', '-in', 'licence.bin', '-sigfile', 'licence.sig']).status).toBe(1);
  });
});

describe('we verify what OpenSSL 3 signs', () => {
  it('verifies an OpenSSL SM2 key and signature over the canonical licence bytes, and refuses a changed byte', async () => {
    expect(openssl(['genpkey', '-algorithm', 'SM2', '-out', 'openssl-key.pem']).status).toBe(0);
    expect(openssl(['pkey', '-in', 'openssl-key.pem', '-pubout', '-out', 'openssl-pub.pem']).status).toBe(0);
    const data = canonicalLicenceBytes(EXAMPLE_LICENCE);
    fs.writeFileSync(path.join(dir, 'openssl-licence.bin'), data);
    const signed = openssl(['pkeyutl', '-sign', '-rawin', '-digest', 'sm3', '-pkeyopt', DISTID, '-inkey', 'openssl-key.pem', '-in', 'openssl-licence.bin', '-out', 'openssl-licence.sig']);
    expect(signed.status, signed.output).toBe(0);

    const publicKeyHex = sm2PublicKeyFromPem(fs.readFileSync(path.join(dir, 'openssl-pub.pem'), 'utf8'));
    expect(publicKeyHex).not.toBeNull();
    const signature = new Uint8Array(fs.readFileSync(path.join(dir, 'openssl-licence.sig')));
    expect(sm2Verify(data, signature, publicKeyHex!)).toBe(true);
    expect(await pool.verify(data, signature, publicKeyHex!)).toBe(true);
    const changed = Uint8Array.from(data);
    changed[data.length - 2]! ^= 0x01;
    expect(sm2Verify(changed, signature, publicKeyHex!)).toBe(false);
    expect(await pool.verify(changed, signature, publicKeyHex!)).toBe(false);
  });
});
