/**
 * The background jobs of the case lifecycle on pg-boss (registered by platform/jobs/jobs.ts). Every handler is
 * idempotent and safe with several workers; the schedules only decide how soon work is noticed.
 *
 * | queue | when | what |
 * |---|---|---|
 * | `cases.deem-acceptance` | every 10 minutes and at start-up | art. 32: warn the front desk on the warning date, deem accepted after the pre-review deadline (deem-accept-cases.ts) |
 * | `cases.sweep` | every 5 minutes and at start-up | render notices left `pending` by a crash (`renderLostDocuments`), deliver concluded electronic cases whose delivery was lost |
 * | `cases.deliver-electronically` | after a conclusion commits | electronic delivery of one case (deliver-electronically.ts); retried while the letter is not rendered |
 */
import type { PgBoss } from 'pg-boss';
import { QUEUES } from '../../platform/jobs/jobs.ts';
import { renderLostDocuments } from './case-documents.ts';
import { runPreReviewDeadlines, type CaseJobDeps } from './deem-accept-cases.ts';
import { deliverElectronically, sweepElectronicDeliveries } from './deliver-electronically.ts';

/** Renders lost notices, then delivers the electronic deliveries that are still owed. */
export async function sweepCases(deps: CaseJobDeps): Promise<{ documents: number; deliveries: number }> {
  const documents = await renderLostDocuments(deps);
  const deliveries = await sweepElectronicDeliveries(deps);
  return { documents, deliveries };
}

/** Creates the queues, schedules and workers of the case jobs, and queues one run of each sweep for start-up. */
export async function registerCaseJobs(boss: PgBoss, deps: CaseJobDeps, log: (msg: string, err?: unknown) => void): Promise<void> {
  // 'stately': at most one queued and one running job per queue across all processes, so the schedule and the
  // start-up run do not pile up; correctness does not depend on it (row locks do that).
  await boss.createQueue(QUEUES.deemAcceptance, { policy: 'stately', expireInSeconds: 900 });
  await boss.schedule(QUEUES.deemAcceptance, '*/10 * * * *');
  await boss.work(QUEUES.deemAcceptance, async () => {
    const result = await runPreReviewDeadlines(deps);
    if (result.deemed.length + result.warned.length + result.skipped.length > 0) {
      log(`art. 32: ${result.deemed.length} cases deemed accepted, ${result.warned.length} front desks warned, ${result.skipped.length} left for the next run`);
    }
  });

  await boss.createQueue(QUEUES.casesSweep, { policy: 'stately', expireInSeconds: 900 });
  await boss.schedule(QUEUES.casesSweep, '*/5 * * * *');
  await boss.work(QUEUES.casesSweep, async () => {
    const { documents, deliveries } = await sweepCases(deps);
    if (documents + deliveries > 0) log(`cases sweep: ${documents} pending notices rendered, ${deliveries} electronic deliveries recorded`);
  });

  // A letter not rendered yet fails the job: retried after 30 s, 60 s, … (the sweep catches anything beyond).
  await boss.createQueue(QUEUES.deliverElectronically, { retryLimit: 5, retryDelay: 30, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 300 });
  await boss.work<{ caseId: string }>(QUEUES.deliverElectronically, { pollingIntervalSeconds: 1, localConcurrency: 2 }, async ([job]) => {
    if (!job) return;
    const outcome = await deliverElectronically(deps, job.data.caseId);
    if (outcome === 'letter_not_ready') throw new Error(`case ${job.data.caseId}: the letter is not rendered yet, retrying later`);
  });

  // At start-up: what came due while no process ran.
  await boss.send(QUEUES.deemAcceptance, {});
  await boss.send(QUEUES.casesSweep, {});
}
