/**
 * Where uploaded materials and generated documents live. Local disk by default (under DATA_DIR/files);
 * an S3-compatible implementation plugs in behind the same interface. Objects are content-addressed by SHA-256,
 * so the same bytes are stored once and a stored object can be checked against its key.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface StoredObject {
  key: string;
  sha256: string;
  size: number;
}

export interface FileStorage {
  put(bytes: Uint8Array): Promise<StoredObject>;
  get(key: string): Promise<Uint8Array>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[0-9a-f]{64}$/;

export class LocalDiskStorage implements FileStorage {
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key ${key.slice(0, 80)}`);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(bytes: Uint8Array): Promise<StoredObject> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write to a temporary file and rename, so a crash never leaves a half-written object under its final key.
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    return { key: sha256, sha256, size: bytes.byteLength };
  }

  async get(key: string): Promise<Uint8Array> {
    const bytes = await fs.readFile(this.pathOf(key));
    if (createHash('sha256').update(bytes).digest('hex') !== key) throw new Error(`stored object ${key} is corrupt`);
    return new Uint8Array(bytes);
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}
