/**
 * Signing keys of issuing departments (their seals), behind an interface a hardware security module (密码机) or a
 * cloud KMS implements as well: callers ask for a key pair for an owner, read its public key and have bytes signed
 * by key id — they never see a private key. `SoftwareKeyVault` is the implementation for deployments without one:
 * private keys are wrapped with SM4-GCM under LICENCE_MASTER_KEY and stored through a `KeyStore`; signing runs in
 * the SM2 worker pool.
 *
 * Rotation and revocation belong to seals (GB/T 38540) and come with them: a rotated seal gets a new key id; the old
 * key stays readable for verifying what it signed.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sm3, sm4 } from 'sm-crypto-v2';
import { sm2PublicKeyToPem } from './sm2.ts';
import type { Sm2Pool } from './sm2-pool.ts';

export interface SigningKeyInfo {
  keyId: string;
  /** Who the key belongs to, e.g. `department:<id>` or `platform-root`. */
  owner: string;
  algorithm: 'SM2';
  /** Uncompressed point `04‖X‖Y`, 130 hex characters. */
  publicKeyHex: string;
  /** PEM SubjectPublicKeyInfo with the SM2 curve OID (what OpenSSL reads with `-pubin -inkey`). */
  publicKeyPem: string;
  createdAt: Date;
}

export interface KeyVault {
  /** Creates a new SM2 key pair for `owner` and keeps its private half; returns the public half. */
  generateKeyPair(owner: string): Promise<SigningKeyInfo>;
  /** The public half of a key; throws `KeyNotFoundError` for an unknown key id. */
  publicKey(keyId: string): Promise<SigningKeyInfo>;
  /**
   * GM/T 0003 SM2 signature (SM3 over Z_A ‖ data, user id 1234567812345678) over `data`, DER-encoded;
   * throws `KeyNotFoundError` for an unknown key id.
   */
  sign(keyId: string, data: Uint8Array): Promise<Uint8Array>;
}

export class KeyNotFoundError extends Error {
  constructor(keyId: string) {
    super(`no signing key ${keyId}`);
    this.name = 'KeyNotFoundError';
  }
}

/** A key as the software vault stores it: the private key only in wrapped form. */
export interface StoredSigningKey {
  keyId: string;
  owner: string;
  publicKeyHex: string;
  /** `v1:<iv hex>:<ciphertext hex>:<tag hex>`, SM4-GCM with the key id and public key as associated data. */
  wrappedPrivateKey: string;
  createdAt: Date;
}

/** Where the software vault keeps wrapped keys (a database table in the server; memory in tests). */
export interface KeyStore {
  insert(key: StoredSigningKey): Promise<void>;
  get(keyId: string): Promise<StoredSigningKey | undefined>;
}

export class InMemoryKeyStore implements KeyStore {
  readonly #keys = new Map<string, StoredSigningKey>();
  insert(key: StoredSigningKey): Promise<void> {
    if (this.#keys.has(key.keyId)) return Promise.reject(new Error(`duplicate key id ${key.keyId}`));
    this.#keys.set(key.keyId, { ...key });
    return Promise.resolve();
  }
  get(keyId: string): Promise<StoredSigningKey | undefined> {
    const key = this.#keys.get(keyId);
    return Promise.resolve(key === undefined ? undefined : { ...key });
  }
}

const WRAP_VERSION = 'v1';

/**
 * Wraps and unwraps private keys with SM4-GCM under a key derived from the master key (HMAC-SM3, its own label, so
 * it never equals the PII keys even if an operator reused the master key). The associated data binds a wrapped key
 * to its key id and public key: a wrapped key copied to another row, or a public key swapped, fails to unwrap.
 */
export function createKeyWrapper(masterKeyHex: string): {
  wrap(privateKeyHex: string, keyId: string, publicKeyHex: string): string;
  unwrap(wrapped: string, keyId: string, publicKeyHex: string): string;
} {
  if (!/^[0-9a-f]{32}$/i.test(masterKeyHex)) throw new Error('licence master key must be 32 hex characters');
  const wrapKey = sm3('onetrip/licence/key-wrap', { key: masterKeyHex.toLowerCase(), mode: 'hmac' }).slice(0, 32);
  const associated = (keyId: string, publicKeyHex: string): Uint8Array => new TextEncoder().encode(`${keyId}\n${publicKeyHex.toLowerCase()}`);
  return {
    wrap(privateKeyHex, keyId, publicKeyHex) {
      const iv = randomBytes(12).toString('hex');
      const { output, tag } = sm4.encrypt(Buffer.from(privateKeyHex, 'hex'), wrapKey, {
        mode: 'gcm',
        iv,
        associatedData: associated(keyId, publicKeyHex),
        output: 'string',
        outputTag: true,
      });
      return `${WRAP_VERSION}:${iv}:${output}:${tag ?? ''}`;
    },
    unwrap(wrapped, keyId, publicKeyHex) {
      const [version, iv, data, tag, extra] = wrapped.split(':');
      if (version !== WRAP_VERSION || !iv || !data || !tag || extra !== undefined) throw new Error('unrecognised wrapped key');
      const bytes = sm4.decrypt(Buffer.from(data, 'hex'), wrapKey, { mode: 'gcm', iv, tag, associatedData: associated(keyId, publicKeyHex), output: 'array' });
      if (bytes.length !== 32) throw new Error('wrapped key does not unwrap to an SM2 private key');
      return Buffer.from(bytes).toString('hex');
    },
  };
}

export interface SoftwareKeyVaultOptions {
  /** LICENCE_MASTER_KEY: 32 hex characters (see licence-master-key.ts). */
  masterKeyHex: string;
  store: KeyStore;
  pool: Sm2Pool;
}

export class SoftwareKeyVault implements KeyVault {
  readonly #store: KeyStore;
  readonly #pool: Sm2Pool;
  readonly #wrapper: ReturnType<typeof createKeyWrapper>;

  constructor(options: SoftwareKeyVaultOptions) {
    this.#wrapper = createKeyWrapper(options.masterKeyHex);
    this.#store = options.store;
    this.#pool = options.pool;
  }

  async generateKeyPair(owner: string): Promise<SigningKeyInfo> {
    if (owner.trim() === '') throw new TypeError('a signing key needs an owner');
    const { privateKeyHex, publicKeyHex } = await this.#pool.generateKeyPair();
    const keyId = randomUUID();
    const stored: StoredSigningKey = {
      keyId,
      owner,
      publicKeyHex,
      wrappedPrivateKey: this.#wrapper.wrap(privateKeyHex, keyId, publicKeyHex),
      createdAt: new Date(),
    };
    await this.#store.insert(stored);
    return infoOf(stored);
  }

  async publicKey(keyId: string): Promise<SigningKeyInfo> {
    return infoOf(await this.#stored(keyId));
  }

  async sign(keyId: string, data: Uint8Array): Promise<Uint8Array> {
    const stored = await this.#stored(keyId);
    const privateKeyHex = this.#wrapper.unwrap(stored.wrappedPrivateKey, stored.keyId, stored.publicKeyHex);
    return this.#pool.sign(data, privateKeyHex, stored.publicKeyHex);
  }

  async #stored(keyId: string): Promise<StoredSigningKey> {
    const stored = await this.#store.get(keyId);
    if (stored === undefined) throw new KeyNotFoundError(keyId);
    return stored;
  }
}

function infoOf(stored: StoredSigningKey): SigningKeyInfo {
  return {
    keyId: stored.keyId,
    owner: stored.owner,
    algorithm: 'SM2',
    publicKeyHex: stored.publicKeyHex,
    publicKeyPem: sm2PublicKeyToPem(stored.publicKeyHex),
    createdAt: stored.createdAt,
  };
}
