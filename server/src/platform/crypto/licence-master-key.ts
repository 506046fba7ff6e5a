import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/config.ts';

/**
 * The licence master key that wraps issuing departments' private signing keys (key-vault.ts): LICENCE_MASTER_KEY
 * when set (production: inject it from a secret store, and keep it apart from PII_MASTER_KEY); otherwise — exactly
 * as for the PII key — a key generated on first start and kept in DATA_DIR/secrets (fine for a demo, not for
 * production: the wrapped keys and their master key would sit side by side).
 */
export function resolveLicenceMasterKey(config: AppConfig): { key: string; source: 'environment' | 'generated' | 'file' } {
  if (config.licenceMasterKey) return { key: config.licenceMasterKey, source: 'environment' };
  const file = path.join(config.dataDir, 'secrets', 'licence-master.key');
  if (fs.existsSync(file)) return { key: fs.readFileSync(file, 'utf8').trim(), source: 'file' };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(16).toString('hex');
  fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  return { key, source: 'generated' };
}
