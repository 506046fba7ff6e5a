import type { AppConfig } from '../config/config.ts';
import type { PiiCipher } from '../crypto/pii-cipher.ts';
import type { Db } from '../db/database.ts';
import type { SessionPolicy } from '../auth/sessions.ts';
import type { FailureThrottle } from '../auth/failure-throttle.ts';

/** What use-cases need from the platform; built once in app.ts and passed explicitly. */
export interface Deps {
  db: Db;
  pii: PiiCipher;
  config: AppConfig;
  sessionPolicy: SessionPolicy;
  loginThrottle: FailureThrottle;
}
