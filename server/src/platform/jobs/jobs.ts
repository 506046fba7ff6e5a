/**
 * Background work on pg-boss, in the same PostgreSQL. Modules register their queues here; later issues add
 * deadline timers, notifications and webhooks. Handlers must be idempotent: pg-boss retries failed jobs.
 */
import { PgBoss } from 'pg-boss';
import type { Db } from '../db/database.ts';
import { purgeEndedSessions } from '../auth/sessions.ts';

export interface Jobs {
  stop: () => Promise<void>;
}

export const QUEUES = {
  purgeSessions: 'platform.purge-sessions',
} as const;

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
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
