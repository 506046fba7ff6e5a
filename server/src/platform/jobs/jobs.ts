/**
 * Background work on pg-boss, in the same PostgreSQL. Modules register their queues here; later issues add
 * deadline timers, notifications and webhooks. Handlers must be idempotent: pg-boss retries failed jobs.
 */
import { PgBoss } from 'pg-boss';
import type { Db } from '../db/database.ts';
import { purgeEndedSessions } from '../auth/sessions.ts';
import { runCatalogImport } from '../../modules/catalog/import-export/import-catalog.ts';

export const QUEUES = {
  purgeSessions: 'platform.purge-sessions',
  catalogImport: 'catalog.import',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** What use-cases may ask of the job system: put work on a queue, after their own transaction has committed. */
export interface JobQueue {
  send: (queue: QueueName, data: Record<string, unknown>) => Promise<void>;
}

export interface Jobs extends JobQueue {
  stop: () => Promise<void>;
}

export async function startJobs(connectionString: string, db: Db, log: (msg: string, err?: unknown) => void): Promise<Jobs> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4 });
  boss.on('error', (err) => log('pg-boss error', err));
  await boss.start();
  await boss.createQueue(QUEUES.purgeSessions);
  await boss.schedule(QUEUES.purgeSessions, '17 * * * *');
  await boss.work(QUEUES.purgeSessions, async () => {
    const removed = await purgeEndedSessions(db);
    log(`purged ${removed} ended sessions`);
  });
  // Spreadsheet imports: one at a time per process (each is one large transaction); a rerun is harmless because
  // the import claims its row and creates everything in one transaction or nothing.
  // An import of tens of thousands of rows takes well under a minute; a worker that died is retried after 10 minutes.
  await boss.createQueue(QUEUES.catalogImport, { retryLimit: 2, retryDelay: 30, expireInSeconds: 600 });
  await boss.work<{ importId: string }>(QUEUES.catalogImport, { pollingIntervalSeconds: 1, localConcurrency: 1 }, async ([job]) => {
    if (job) await runCatalogImport(db, job.data.importId);
  });
  return {
    send: async (queue, data) => { await boss.send(queue, data); },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
