/**
 * Background work on pg-boss, in the same PostgreSQL. Modules register their queues here (the cases module's in
 * modules/cases/case-jobs.ts); later issues add deadline timers and webhooks. Handlers must be idempotent: pg-boss
 * retries failed jobs, and several processes may run the same schedules.
 */
import { fromKysely, PgBoss } from 'pg-boss';
import type { Db, Tx } from '../db/database.ts';
import { purgeEndedSessions } from '../auth/sessions.ts';
import { runCatalogImport } from '../../modules/catalog/import-export/import-catalog.ts';
import { purgeExpiredIdempotencyKeys } from '../http/idempotency.ts';
import { deliverOutboundMessage, MAX_DELIVERY_ATTEMPTS, sweepOutboundMessages, type DeliveryDeps } from '../notifications/deliver-outbound.ts';
import { registerCaseJobs } from '../../modules/cases/case-jobs.ts';
import type { CaseJobDeps } from '../../modules/cases/deem-accept-cases.ts';

export const QUEUES = {
  purgeSessions: 'platform.purge-sessions',
  purgeIdempotencyKeys: 'platform.purge-idempotency-keys',
  catalogImport: 'catalog.import',
  deliverOutbound: 'notifications.deliver',
  sweepOutbound: 'notifications.sweep',
  deemAcceptance: 'cases.deem-acceptance',
  casesSweep: 'cases.sweep',
  deliverElectronically: 'cases.deliver-electronically',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** What use-cases may ask of the job system: put work on a queue. */
export interface JobQueue {
  /**
   * Queues a job. With `tx` the job is written by the caller's transaction (a transactional outbox): workers see it
   * when that transaction commits and never if it rolls back, and it costs no commit of its own. Without `tx` it is
   * queued at once, in a transaction of its own.
   */
  send: (queue: QueueName, data: Record<string, unknown>, tx?: Tx) => Promise<void>;
}

export interface Jobs extends JobQueue {
  stop: () => Promise<void>;
}

/**
 * Starts pg-boss and its workers. Without `delivery` (the gateways) this process queues messages but delivers none;
 * without `cases` it runs none of the case lifecycle's jobs (modules/cases/case-jobs.ts).
 */
export async function startJobs(
  connectionString: string, db: Db, log: (msg: string, err?: unknown) => void, delivery?: DeliveryDeps, cases?: Omit<CaseJobDeps, 'jobs'>,
): Promise<Jobs> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4 });
  boss.on('error', (err) => log('pg-boss error', err));
  await boss.start();
  await boss.createQueue(QUEUES.purgeSessions);
  await boss.schedule(QUEUES.purgeSessions, '17 * * * *');
  await boss.work(QUEUES.purgeSessions, async () => {
    const removed = await purgeEndedSessions(db);
    log(`purged ${removed} ended sessions`);
  });
  // Idempotency keys live 24 hours; an expired key still in the table already counts as absent.
  await boss.createQueue(QUEUES.purgeIdempotencyKeys);
  await boss.schedule(QUEUES.purgeIdempotencyKeys, '23 * * * *');
  await boss.work(QUEUES.purgeIdempotencyKeys, async () => {
    const removed = await purgeExpiredIdempotencyKeys(db);
    if (removed > 0) log(`purged ${removed} expired idempotency keys`);
  });
  // Spreadsheet imports: one at a time per process (each is one large transaction); a rerun is harmless because
  // the import claims its row and creates everything in one transaction or nothing.
  // An import of tens of thousands of rows takes well under a minute; a worker that died is retried after 10 minutes.
  await boss.createQueue(QUEUES.catalogImport, { retryLimit: 2, retryDelay: 30, expireInSeconds: 600 });
  await boss.work<{ importId: string }>(QUEUES.catalogImport, { pollingIntervalSeconds: 1, localConcurrency: 1 }, async ([job]) => {
    if (job) await runCatalogImport(db, job.data.importId);
  });
  const send = async (queue: QueueName, data: Record<string, unknown>, tx?: Tx) => {
    await boss.send(queue, data, tx ? { db: fromKysely(tx) } : undefined);
  };
  // SMS/e-mail: a failed send throws, and pg-boss retries after 10 s, 20 s, 40 s, … (at most 5 minutes apart). The
  // queue exists in every process (jobs queued here are worked by a process that has the gateways).
  await boss.createQueue(QUEUES.deliverOutbound, { retryLimit: MAX_DELIVERY_ATTEMPTS - 1, retryDelay: 10, retryBackoff: true, retryDelayMax: 300, expireInSeconds: 120 });
  if (delivery) {
    await boss.work<{ messageId: string }>(QUEUES.deliverOutbound, { pollingIntervalSeconds: 1, localConcurrency: 4 }, async ([job]) => {
      if (!job) return;
      const outcome = await deliverOutboundMessage(delivery, job.data.messageId);
      if (outcome === 'retry') throw new Error(`message ${job.data.messageId}: the gateway failed, retrying later`);
      if (outcome === 'failed') log(`message ${job.data.messageId} failed after ${MAX_DELIVERY_ATTEMPTS} attempts`);
    });
    await boss.createQueue(QUEUES.sweepOutbound);
    await boss.schedule(QUEUES.sweepOutbound, '* * * * *');
    await boss.work(QUEUES.sweepOutbound, async () => {
      const requeued = await sweepOutboundMessages(db, { send });
      if (requeued > 0) log(`re-queued ${requeued} outbound messages`);
    });
  }
  if (cases) await registerCaseJobs(boss, { ...cases, jobs: { send } }, log);
  return {
    send,
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
