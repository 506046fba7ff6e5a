import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/config.ts';

/**
 * The PII master key: PII_MASTER_KEY when set (production: inject it from a secret store); otherwise a key
 * generated on first start and kept in DATA_DIR/secrets (fine for a demo, not for production — the data and
 * its key would then sit side by side).
 */
export function resolvePiiMasterKey(config: AppConfig): { key: string; source: 'environment' | 'generated' | 'file' } {
  if (config.piiMasterKey) return { key: config.piiMasterKey, source: 'environment' };
  const file = path.join(config.dataDir, 'secrets', 'pii-master.key');
  if (fs.existsSync(file)) return { key: fs.readFileSync(file, 'utf8').trim(), source: 'file' };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(16).toString('hex');
  fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  return { key, source: 'generated' };
}
