import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonicalLicenceBytes, type LicenceMetadata } from '@onetrip/core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_LICENCE } from '../../../../core/src/licences/fixtures.ts';
import { ConfigError, loadConfig } from '../config/config.ts';
import { createKeyWrapper, InMemoryKeyStore, KeyNotFoundError, SoftwareKeyVault, type KeyStore, type StoredSigningKey } from './key-vault.ts';
import { resolveLicenceMasterKey } from './licence-master-key.ts';
import { sm2PublicKeyFromPem, sm2PublicKeyOf, sm2Verify } from './sm2.ts';
import { closeSm2Pool, Sm2Pool, Sm2PoolError, sm2Pool } from './sm2-pool.ts';
import { DEFAULT_WORKER_POOL_SIZE } from '../workers/worker-pool.ts';

const MASTER_KEY = '00112233445566778899aabbccddeeff';
const pool = new Sm2Pool({ size: 2 });
afterAll(async () => {
  await pool.close();
  await closeSm2Pool();
});
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A store that lets the test read what the vault wrote. */
class InspectableStore extends InMemoryKeyStore {
  readonly written: StoredSigningKey[] = [];
  override insert(key: StoredSigningKey): Promise<void> {
    this.written.push({ ...key });
    return super.insert(key);
  }
}

describe('software key vault', () => {
  it('generates a key pair for an owner, signs by key id, and the signature verifies with the published PEM', async () => {
    const vault = new SoftwareKeyVault({ masterKeyHex: MASTER_KEY, store: new InMemoryKeyStore(), pool });
    const key = await vault.generateKeyPair('department:market-regulation');
    expect(key).toMatchObject({ owner: 'department:market-regulation', algorithm: 'SM2' });
    expect(sm2PublicKeyFromPem(key.publicKeyPem)).toBe(key.publicKeyHex);
    expect(await vault.publicKey(key.keyId)).toEqual(key);
    const data = bytes('{"format":"onetrip.licence/1"}');
    const signature = await vault.sign(key.keyId, data);
    expect(sm2Verify(data, signature, key.publicKeyHex)).toBe(true);
    expect(await pool.verify(data, signature, key.publicKeyHex)).toBe(true);
    expect(await pool.verify(bytes('{"format":"onetrip.licence/2"}'), signature, key.publicKeyHex)).toBe(false);
  });

  it('keeps private keys only wrapped with SM4-GCM under the master key, bound to their key id and public key', async () => {
    const store = new InspectableStore();
    const vault = new SoftwareKeyVault({ masterKeyHex: MASTER_KEY, store, pool });
    const key = await vault.generateKeyPair('department:a');
    const [stored] = store.written;
    expect(stored!.wrappedPrivateKey).toMatch(/^v1:[0-9a-f]{24}:[0-9a-f]{64}:[0-9a-f]{32}$/);
    const wrapper = createKeyWrapper(MASTER_KEY);
    const privateKeyHex = wrapper.unwrap(stored!.wrappedPrivateKey, key.keyId, key.publicKeyHex);
    expect(sm2PublicKeyOf(privateKeyHex)).toBe(key.publicKeyHex);
    expect(stored!.wrappedPrivateKey).not.toContain(privateKeyHex);
    // Another master key, another key id, another public key, or a changed byte: nothing unwraps.
    expect(() => createKeyWrapper('ffeeddccbbaa99887766554433221100').unwrap(stored!.wrappedPrivateKey, key.keyId, key.publicKeyHex)).toThrow();
    expect(() => wrapper.unwrap(stored!.wrappedPrivateKey, 'another-key-id', key.publicKeyHex)).toThrow();
    const other = await vault.generateKeyPair('department:b');
    expect(() => wrapper.unwrap(stored!.wrappedPrivateKey, key.keyId, other.publicKeyHex)).toThrow();
    const tampered = stored!.wrappedPrivateKey.replace(/:([0-9a-f])/, (_, c: string) => `:${c === '0' ? '1' : '0'}`);
    expect(() => wrapper.unwrap(tampered, key.keyId, key.publicKeyHex)).toThrow();
  });

  it('refuses to sign with a key wrapped under another master key, or swapped into another row', async () => {
    const store = new InMemoryKeyStore();
    const key = await new SoftwareKeyVault({ masterKeyHex: MASTER_KEY, store, pool }).generateKeyPair('department:a');
    const otherVault = new SoftwareKeyVault({ masterKeyHex: 'ffeeddccbbaa99887766554433221100', store, pool });
    await expect(otherVault.sign(key.keyId, bytes('x'))).rejects.toThrow();
    const swappingStore: KeyStore = {
      insert: (k) => store.insert(k),
      get: async (keyId) => {
        const real = await store.get(keyId);
        return real && { ...real, keyId: 'forged' };
      },
    };
    await expect(new SoftwareKeyVault({ masterKeyHex: MASTER_KEY, store: swappingStore, pool }).sign(key.keyId, bytes('x'))).rejects.toThrow();
  });

  it('signs the canonical bytes of a licence: one changed field and the signature no longer verifies (tampered)', async () => {
    const vault = new SoftwareKeyVault({ masterKeyHex: MASTER_KEY, store: new InMemoryKeyStore(), pool });
    const key = await vault.generateKeyPair('department:market-regulation');
    const signature = await vault.sign(key.keyId, canonicalLicenceBytes(EXAMPLE_LICENCE));
    expect(await pool.verify(canonicalLicenceBytes(JSON.parse(JSON.stringify(EXAMPLE_LICENCE)) as LicenceMetadata), signature, key.publicKeyHex)).toBe(true);
    const changes: Partial<LicenceMetadata>[] = [
      { holder: { ...EXAMPLE_LICENCE.holder, name: '赤峰冒名餐饮有限公司' } },
      { holder: { ...EXAMPLE_LICENCE.holder, code: '91150402MA0N1B2C4Q' } },
      { validUntil: '2036-11-22' },
      { validUntil: null },
      { issuer: { ...EXAMPLE_LICENCE.issuer, name: '另一个市场监督管理局' } },
      { fields: { ...EXAMPLE_LICENCE.fields, 经营项目: '热食类食品制售、冷食类食品制售' } },
      { relatedItem: null },
      { number: null },
    ];
    const outcomes = await Promise.all(changes.map((change) => pool.verify(canonicalLicenceBytes({ ...EXAMPLE_LICENCE, ...change }), signature, key.publicKeyHex)));
    expect(outcomes).toEqual(changes.map(() => false));
  });

  it('says which key is unknown, and needs an owner and a well-formed master key', async () => {
    const vault = new SoftwareKeyVault({ masterKeyHex: MASTER_KEY, store: new InMemoryKeyStore(), pool });
    await expect(vault.sign('missing', bytes('x'))).rejects.toBeInstanceOf(KeyNotFoundError);
    await expect(vault.publicKey('missing')).rejects.toThrow(/no signing key missing/);
    await expect(vault.generateKeyPair(' ')).rejects.toThrow(TypeError);
    expect(() => new SoftwareKeyVault({ masterKeyHex: 'short', store: new InMemoryKeyStore(), pool })).toThrow(/32 hex/);
  });
});

describe('SM2 worker pool', () => {
  it('sizes itself to the CPU count: one worker on two cores, never more than two', () => {
    expect(DEFAULT_WORKER_POOL_SIZE).toBeGreaterThanOrEqual(1);
    expect(DEFAULT_WORKER_POOL_SIZE).toBeLessThanOrEqual(2);
  });

  it('signs and verifies 300 messages concurrently, each answer for its own request', async () => {
    const { privateKeyHex, publicKeyHex } = await pool.generateKeyPair();
    const messages = Array.from({ length: 300 }, (_, i) => bytes(`licence ${i}`));
    const signatures = await Promise.all(messages.map((m) => pool.sign(m, privateKeyHex, publicKeyHex)));
    const checks = await Promise.all(messages.map((m, i) => pool.verify(m, signatures[i]!, publicKeyHex)));
    expect(checks.every(Boolean)).toBe(true);
    const crossed = await Promise.all(messages.slice(0, 50).map((m, i) => pool.verify(m, signatures[i + 1]!, publicKeyHex)));
    expect(crossed.some(Boolean)).toBe(false);
    expect(pool.pending).toBe(0);
  });

  it('keeps the event loop free while it signs', async () => {
    const { privateKeyHex, publicKeyHex } = await pool.generateKeyPair();
    let maxGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 2);
    const started = performance.now();
    await Promise.all(Array.from({ length: 800 }, (_, i) => pool.sign(bytes(`m${i}`), privateKeyHex, publicKeyHex)));
    const elapsed = performance.now() - started;
    clearInterval(timer);
    // ≈ 0.5 ms of curve arithmetic per signature: on the event loop, 800 of them (≈ 400 ms) would stall it for the
    // whole run; in the workers the loop only sees message passing.
    expect(maxGap).toBeLessThan(Math.max(100, elapsed / 2));
    console.info(`[sm2] 800 signatures in ${elapsed.toFixed(0)} ms with ${pool.size} workers; longest event-loop gap ${maxGap.toFixed(1)} ms`);
  });

  it('answers bad input with an error or false and keeps working', async () => {
    await expect(pool.sign(bytes('x'), 'not-hex', '04')).rejects.toBeInstanceOf(Sm2PoolError);
    expect(await pool.verify(bytes('x'), new Uint8Array([0x30, 0x00]), `04${'00'.repeat(64)}`)).toBe(false);
    expect(await pool.verify(bytes('x'), new Uint8Array(70), 'garbage')).toBe(false);
    const { privateKeyHex, publicKeyHex } = await pool.generateKeyPair();
    expect(await pool.verify(bytes('x'), await pool.sign(bytes('x'), privateKeyHex, publicKeyHex), publicKeyHex)).toBe(true);
  });

  it('rejects what is pending when closed, and everything after', async () => {
    const small = new Sm2Pool({ size: 1 });
    const { privateKeyHex, publicKeyHex } = await small.generateKeyPair();
    const settled = Promise.allSettled(Array.from({ length: 50 }, () => small.sign(bytes('x'), privateKeyHex, publicKeyHex)));
    await small.close();
    const outcomes = await settled;
    expect(outcomes.some((o) => o.status === 'rejected')).toBe(true);
    await expect(small.verify(bytes('x'), new Uint8Array(), publicKeyHex)).rejects.toThrow(/closed/);
  });

  it('offers a shared pool that starts again after being closed', async () => {
    const { publicKeyHex } = await sm2Pool().generateKeyPair();
    await closeSm2Pool();
    expect(await sm2Pool().verify(bytes('x'), new Uint8Array(), publicKeyHex)).toBe(false);
  });
});

describe('licence master key', () => {
  it('is validated at start like the PII key', () => {
    expect(loadConfig({}).licenceMasterKey).toBeNull();
    expect(loadConfig({ LICENCE_MASTER_KEY: 'AABBCCDDEEFF00112233445566778899' }).licenceMasterKey).toBe('aabbccddeeff00112233445566778899');
    let error: unknown;
    try {
      loadConfig({ LICENCE_MASTER_KEY: 'secret' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['LICENCE_MASTER_KEY must be 32 hexadecimal characters (a 128-bit SM4 key)']);
  });

  it('comes from the environment, or is generated once under DATA_DIR/secrets and then read back', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'licence-key-'));
    try {
      expect(resolveLicenceMasterKey(loadConfig({ DATA_DIR: dataDir, LICENCE_MASTER_KEY: MASTER_KEY }))).toEqual({ key: MASTER_KEY, source: 'environment' });
      const generated = resolveLicenceMasterKey(loadConfig({ DATA_DIR: dataDir }));
      expect(generated.source).toBe('generated');
      expect(generated.key).toMatch(/^[0-9a-f]{32}$/);
      const file = path.join(dataDir, 'secrets', 'licence-master.key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(resolveLicenceMasterKey(loadConfig({ DATA_DIR: dataDir }))).toEqual({ key: generated.key, source: 'file' });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
