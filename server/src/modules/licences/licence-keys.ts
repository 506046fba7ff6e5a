/**
 * Where licence signing keys live: the software key vault (platform/crypto/key-vault.ts) over the `signing_keys`
 * table, and the platform root key that signs seals and status lists.
 */
import { connectionStringOf, createDb, type Db } from '../../platform/db/database.ts';
import type { AppConfig } from '../../platform/config/config.ts';
import { SoftwareKeyVault, type KeyStore, type KeyVault, type SigningKeyInfo, type StoredSigningKey } from '../../platform/crypto/key-vault.ts';
import { resolveLicenceMasterKey } from '../../platform/crypto/licence-master-key.ts';
import type { Sm2Pool } from '../../platform/crypto/sm2-pool.ts';

export const ROOT_KEY_OWNER = 'platform-root';

/** `signing_keys` as the vault's store. Rows never change, so reads are cached for the life of the process. */
export class DbKeyStore implements KeyStore {
  readonly #db: Db;
  readonly #cache = new Map<string, StoredSigningKey>();

  constructor(db: Db) {
    this.#db = db;
  }

  async insert(key: StoredSigningKey): Promise<void> {
    await this.#db.insertInto('signing_keys').values({
      id: key.keyId, owner: key.owner, public_key_hex: key.publicKeyHex, wrapped_private_key: key.wrappedPrivateKey, created_at: key.createdAt,
    }).execute();
  }

  async get(keyId: string): Promise<StoredSigningKey | undefined> {
    const cached = this.#cache.get(keyId);
    if (cached) return cached;
    if (!/^[0-9a-f-]{36}$/i.test(keyId)) return undefined;
    const row = await this.#db.selectFrom('signing_keys').selectAll().where('id', '=', keyId).executeTakeFirst();
    if (!row) return undefined;
    const stored: StoredSigningKey = { keyId: row.id, owner: row.owner, publicKeyHex: row.public_key_hex, wrappedPrivateKey: row.wrapped_private_key, createdAt: row.created_at };
    this.#cache.set(keyId, stored);
    return stored;
  }
}

/**
 * The vault of a deployment without a hardware module: keys wrapped under LICENCE_MASTER_KEY in `signing_keys`.
 * Signing happens inside transactions (an approval issues its licence in its own transaction), so the store reads
 * keys through two connections of its own: were it to share the application's pool, transactions holding every
 * pooled connection while waiting for a signature would wait for ever for the key read the signature needs.
 */
export function createLicenceKeyVault(config: AppConfig, db: Db, pool: Sm2Pool): KeyVault {
  return new SoftwareKeyVault({ masterKeyHex: resolveLicenceMasterKey(config).key, store: new DbKeyStore(keyDbOf(db, config)), pool });
}

const keyDbs = new WeakMap<Db, Db>();

/** The key store's own small pool for this database (one per database however many vaults; idle connections let the process exit). */
function keyDbOf(db: Db, config: Pick<AppConfig, 'dbPreparedStatements'>): Db {
  let found = keyDbs.get(db);
  if (!found) {
    const url = connectionStringOf(db);
    found = url ? createDb(url, { max: 2, allowExitOnIdle: true, preparedStatements: config.dbPreparedStatements }).db : db;
    keyDbs.set(db, found);
  }
  return found;
}

const rootKeys = new WeakMap<KeyVault, Promise<SigningKeyInfo>>();

/**
 * The platform root key (one per deployment): created on first use. Two processes racing to create it both generate
 * a key, the unique index lets one insert win, and the loser reads the winner's.
 */
export function rootKeyOf(db: Db, vault: KeyVault): Promise<SigningKeyInfo> {
  let found = rootKeys.get(vault);
  if (!found) {
    found = (async () => {
      const existing = await db.selectFrom('signing_keys').select('id').where('owner', '=', ROOT_KEY_OWNER).executeTakeFirst();
      if (existing) return vault.publicKey(existing.id);
      try {
        return await vault.generateKeyPair(ROOT_KEY_OWNER);
      } catch (error) {
        const winner = await db.selectFrom('signing_keys').select('id').where('owner', '=', ROOT_KEY_OWNER).executeTakeFirst();
        if (winner) return vault.publicKey(winner.id);
        throw error;
      }
    })();
    found.catch(() => rootKeys.delete(vault));
    rootKeys.set(vault, found);
  }
  return found;
}
