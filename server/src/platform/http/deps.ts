import type { AppConfig } from '../config/config.ts';
import type { PiiCipher } from '../crypto/pii-cipher.ts';
import type { Db } from '../db/database.ts';
import type { SessionPolicy } from '../auth/sessions.ts';
import type { FailureThrottle } from '../auth/failure-throttle.ts';
import type { JobQueue } from '../jobs/jobs.ts';
import type { FileStorage } from '../files/file-storage.ts';
import type { KeyVault } from '../crypto/key-vault.ts';
import type { Sm2Pool } from '../crypto/sm2-pool.ts';

/** What use-cases need from the platform; built once in app.ts and passed explicitly. */
export interface Deps {
  db: Db;
  pii: PiiCipher;
  config: AppConfig;
  sessionPolicy: SessionPolicy;
  loginThrottle: FailureThrottle;
  /** Background queues (pg-boss); absent when JOBS_ENABLED=false, and use-cases then run the work in-process. */
  jobs?: JobQueue | undefined;
  /** Uploaded and generated files (content-addressed). */
  files: FileStorage;
  /** Signing keys of seals and the platform root (software vault unless a hardware module is plugged in). */
  keys: KeyVault;
  /** SM2 signing and verification off the event loop (worker threads). */
  sm2: Sm2Pool;
}
