import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './file-storage.ts';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'onetrip-files-'));
afterAll(async () => { await fs.rm(root, { recursive: true, force: true }); });

describe('LocalDiskStorage', () => {
  const storage = new LocalDiskStorage(root);

  it('stores bytes under their SHA-256 and reads them back', async () => {
    const bytes = new TextEncoder().encode('受理通知书 PDF bytes');
    const stored = await storage.put(bytes);
    expect(stored.key).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.size).toBe(bytes.byteLength);
    expect(await storage.exists(stored.key)).toBe(true);
    expect(new TextDecoder().decode(await storage.get(stored.key))).toBe('受理通知书 PDF bytes');
    expect((await storage.put(bytes)).key).toBe(stored.key);
    await storage.delete(stored.key);
    expect(await storage.exists(stored.key)).toBe(false);
  });

  it('detects a corrupted object and refuses path-like keys', async () => {
    const stored = await storage.put(new Uint8Array([1, 2, 3]));
    await fs.writeFile(path.join(root, stored.key.slice(0, 2), stored.key.slice(2, 4), stored.key), new Uint8Array([9]));
    await expect(storage.get(stored.key)).rejects.toThrow(/corrupt/);
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/invalid storage key/);
  });
});
