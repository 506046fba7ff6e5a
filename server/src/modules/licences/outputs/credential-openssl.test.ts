// The documented independent check of a licence credential (docs/licences.md, "Checking a credential with OpenSSL"):
// the exact shell commands, run on a credential file, with only node, coreutils and OpenSSL 3. Never skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { credentialSigningBytes } from '@onetrip/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm2PublicKeyToPem } from '../../../platform/crypto/sm2.ts';
import { signedExampleCredential } from './example-credential.ts';

/** Step 1 of the documentation: the proof's signed bytes (RFC 8785 for this data: sorted keys, no spaces). */
const CANONICALISE =
  'const c=JSON.parse(require("fs").readFileSync(0,"utf8"));delete c.proof.proofValue;' +
  'const j=v=>v===null||typeof v!=="object"?JSON.stringify(v):Array.isArray(v)?`[${v.map(j)}]`:`{${Object.keys(v).sort().map(k=>JSON.stringify(k)+":"+j(v[k]))}}`;' +
  'process.stdout.write(j(c))';
/** Step 2: the proof value (multibase base64url) as DER. */
const PROOF_TO_DER = 'b=${PV#u}; while [ $(( ${#b} % 4 )) -ne 0 ]; do b="$b="; done; printf %s "$b" | tr "_-" "/+" | base64 -d > proof.sig';
const VERIFY = 'openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678 -pubin -inkey seal.pem -in proof.bin -sigfile proof.sig';

let dir: string;

function sh(script: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

beforeAll(() => {
  let version: string;
  try {
    version = execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    throw new Error('This check needs the `openssl` command line (OpenSSL 3; .ci/run installs it). It must not be skipped.', { cause: error });
  }
  if (!/^OpenSSL [3-9]\./.test(version)) throw new Error(`OpenSSL 3 or later is needed (SM2 with distid); found: ${version}`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vc-openssl-'));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('checking a licence credential proof with OpenSSL', () => {
  it('reproduces the signed bytes and verifies the proof with the documented commands; a changed credential fails', () => {
    const example = signedExampleCredential();
    fs.writeFileSync(path.join(dir, 'licence.vc.json'), JSON.stringify(example.credential, null, 2));
    fs.writeFileSync(path.join(dir, 'seal.pem'), sm2PublicKeyToPem(example.publicKeyHex));

    const canonical = spawnSync(process.execPath, ['-e', CANONICALISE], { cwd: dir, input: fs.readFileSync(path.join(dir, 'licence.vc.json')) });
    expect(canonical.status).toBe(0);
    fs.writeFileSync(path.join(dir, 'proof.bin'), canonical.stdout);
    expect(new Uint8Array(canonical.stdout)).toEqual(credentialSigningBytes(example.credential));

    expect(sh(PROOF_TO_DER, { PV: example.credential.proof.proofValue! }).status).toBe(0);
    const verified = sh(VERIFY);
    expect(verified).toEqual({ status: 0, output: 'Signature Verified Successfully' });

    const tampered = JSON.stringify(example.credential).replace('赤峰示例餐饮有限公司', '赤峰示例餐饮有限公同');
    const changed = spawnSync(process.execPath, ['-e', CANONICALISE], { cwd: dir, input: tampered });
    fs.writeFileSync(path.join(dir, 'proof.bin'), changed.stdout);
    const failed = sh(VERIFY);
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('Signature Verification Failure');
  });
});
