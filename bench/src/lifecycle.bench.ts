/**
 * npm run bench:lifecycle [-- --clients 16 --duration 30 | --cases 5000] [--preload 1000000] [--no-jobs]
 *
 * Complete cases through the real HTTP API, against a fresh embedded PostgreSQL: the server is built as main.ts
 * builds it (the same pool settings, background jobs with the sandbox SMS gateway, files on local disk) and listens on
 * a local port; a separate client process (lifecycle-driver.ts) runs N concurrent clients, each driving whole cases:
 * create the draft, upload 2 materials, submit (Idempotency-Key), accept, pass the review, decide (approve — which
 * issues the e-licence with the department's seal in the same transaction), deliver.
 *
 * Prints one JSON line: complete cases/s, per-step p50/p95/p99 (ms, client side), errors per step, the database's
 * commit ceiling measured in the same run through the same Kysely pool (single-row-update transactions/s with as
 * many concurrent transactions as the pool has connections) and our write transactions/s as a share of it, the
 * notices rendered and still pending, and with --preload how long loading N concluded cases took.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '@onetrip/server/app';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.ts';
import { createDb, type Db } from '../../server/src/platform/db/database.ts';
import { migrateToLatest } from '../../server/src/platform/db/migrate.ts';
import { loadConfig } from '../../server/src/platform/config/config.ts';
import { createPiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import { seedDemoData } from '../../server/src/seed/seed-demo.ts';
import { seedCalendarFromChineseDays } from '../../server/src/modules/calendar/seed-calendar.ts';
import { LocalDiskStorage } from '../../server/src/platform/files/file-storage.ts';
import { startJobs, type Jobs } from '../../server/src/platform/jobs/jobs.ts';
import { createMessageChannels } from '../../server/src/platform/notifications/deliver-outbound.ts';
import { closePdfRenderer } from '../../server/src/platform/documents/index.ts';
import { verifyAuditChain } from '../../server/src/platform/audit/verify-audit-chain.ts';
import { BENCH_MATERIALS, setUpBenchLicences, setUpLifecycleData } from './lifecycle-setup.ts';
import { createLicenceKeyVault } from '../../server/src/modules/licences/licence-keys.ts';
import { closeSm2Pool, sm2Pool } from '../../server/src/platform/crypto/sm2-pool.ts';
import { preloadCases, type PreloadResult } from './preload-cases.ts';
import type { DriverPlan } from './lifecycle-driver.ts';

const run = promisify(execFile);
/** State-changing transactions per complete case: create, 2 uploads, submit, accept, pass, decide, deliver. */
const WRITE_TRANSACTIONS_PER_CASE = 8;

function option(args: string[], name: string): number | null {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return null;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

/** Single-row-update transactions per second (BEGIN; UPDATE one row; COMMIT), `concurrency` at once, for `seconds`. */
async function commitCeiling(db: Db, concurrency: number, seconds: number): Promise<number> {
  await sql`CREATE TABLE IF NOT EXISTS bench_commit_ceiling (id integer PRIMARY KEY, n bigint NOT NULL)`.execute(db);
  await sql`INSERT INTO bench_commit_ceiling SELECT g, 0 FROM generate_series(1, ${concurrency}) g ON CONFLICT DO NOTHING`.execute(db);
  let count = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async (_, i) => {
    while (performance.now() < deadline) {
      await db.transaction().execute((tx) => sql`UPDATE bench_commit_ceiling SET n = n + 1 WHERE id = ${i + 1}`.execute(tx));
      count += 1;
    }
  }));
  return Math.round(count / ((performance.now() - started) / 1000));
}

/** Statements this process sends to PostgreSQL (the server's pool, pg-boss, BEGIN/COMMIT included). */
let statementsSent = 0;
/** During the measurement: statements by text (first 90 characters), for the most frequent per case. */
let statementMix: Map<string, number> | null = null;
function countStatements(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped and called with its own `this` below
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    statementsSent += 1;
    if (statementMix) {
      const first = args[0];
      const text = (typeof first === 'string' ? first : (first as { text?: string } | null)?.text ?? '?').replace(/\s+/g, ' ').slice(0, 90);
      statementMix.set(text, (statementMix.get(text) ?? 0) + 1);
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

async function commits(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`.execute(db);
  return Number(rows[0]!.n);
}

export async function lifecycleBench(): Promise<Record<string, unknown>> {
  const args = process.argv.slice(3);
  const clients = option(args, 'clients') ?? 16;
  const cases = option(args, 'cases');
  const duration = cases === null ? (option(args, 'duration') ?? 30) : null;
  const preload = option(args, 'preload') ?? 0;
  const jobsEnabled = !args.includes('--no-jobs');
  const log = (line: string) => process.stderr.write(`[bench:lifecycle] ${line}\n`);
  countStatements();

  const dir = path.resolve(import.meta.dirname, '../../.tmp', `bench-lifecycle-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'pg') });
  let jobs: Jobs | null = null;
  try {
    await cluster.createDatabase('bench');
    const url = cluster.connectionString('bench');
    // The server's own pool: openDatabase() calls createDb(url) with its defaults.
    const { db, pool } = createDb(url);
    await migrateToLatest(db);
    await seedCalendarFromChineseDays(db);
    const pii = createPiiCipher(randomBytes(16).toString('hex'));
    await seedDemoData(db, pii);
    const setup = await setUpLifecycleData(db, pii, clients);
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, DATA_DIR: dir, LOG_LEVEL: 'silent', WEB_DIST_DIR: dir, JOBS_ENABLED: String(jobsEnabled) });
    const keys = createLicenceKeyVault(config, db, sm2Pool());
    await setUpBenchLicences(db, keys, setup.items);

    let preloaded: PreloadResult | null = null;
    if (preload > 0) {
      log(`preloading ${preload.toLocaleString('en')} concluded cases…`);
      preloaded = await preloadCases(db, pii, setup.items, preload, log);
      log(`preloaded in ${preloaded.seconds} s (+ ${preloaded.vacuumSeconds} s vacuum/analyze)`);
    }

    if (jobsEnabled) jobs = await startJobs(url, db, () => undefined, { db, pii, channels: createMessageChannels(config, db) });
    const app = await buildApp({ config, db, pii, keys, files: new LocalDiskStorage(path.join(dir, 'files')), logger: false, ...(jobs ? { jobs } : {}) });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    const drive = async (name: string, plan: Pick<DriverPlan, 'seconds' | 'cases'>) => {
      const file = path.join(dir, `${name}.json`);
      const full: DriverPlan = {
        baseUrl: address, clients, clerkToken: setup.clerkToken, materialKeys: BENCH_MATERIALS,
        items: setup.items.map((i) => ({ id: i.id, approverToken: i.approverToken })), applicants: setup.applicants, ...plan,
      };
      fs.writeFileSync(file, JSON.stringify(full));
      const { stdout } = await run(process.execPath, [path.join(import.meta.dirname, 'lifecycle-driver.ts'), file], { maxBuffer: 64 * 1024 * 1024 });
      return JSON.parse(stdout) as { completed: number; started: number; seconds: number; steps: Record<string, { p50: number; p95: number; p99: number; max: number; n: number }>; errors: Record<string, number>; errorSamples: string[] };
    };

    log('warming up (JIT, caches, PDF worker)…');
    await drive('warmup', { seconds: null, cases: clients * 4 });
    const docsBefore = await db.selectFrom('case_documents').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'ready').executeTakeFirstOrThrow();
    const commitsBefore = await commits(db);
    const statementsBefore = statementsSent;
    statementMix = new Map();
    log(`measuring: ${clients} clients, ${cases === null ? `${duration} s` : `${cases} cases`}…`);
    // What the server's connections wait on during the run (sampled every 50 ms through one extra connection).
    const { db: probe } = createDb(url, { max: 1 });
    const waits: Record<string, number> = {};
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const rows = await sql<{ w: string }>`SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS w FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() AND application_name = 'onetrip'`.execute(probe);
        for (const r of rows.rows) waits[r.w.replace(/^Client:ClientRead$/, 'ClientRead')] = (waits[r.w] ?? 0) + 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const measured = await drive('measure', { seconds: duration, cases });
    sampling = false;
    await sampler;
    await probe.destroy();
    const commitsDuring = (await commits(db)) - commitsBefore;
    const statementsDuring = statementsSent - statementsBefore;
    const mix = [...statementMix.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)
      .map(([text, n]) => ({ perCase: Number((n / Math.max(1, measured.completed)).toFixed(2)), text }));
    statementMix = null;
    const docs = await db.selectFrom('case_documents').select(['status', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('status').execute();
    const docsReady = Number(docs.find((d) => d.status === 'ready')?.n ?? 0) - Number(docsBefore.n);
    const docsPending = Number(docs.find((d) => d.status === 'pending')?.n ?? 0);

    await app.close();
    await jobs?.stop();
    jobs = null;
    log('measuring the commit ceiling through the same pool…');
    const ceiling = await commitCeiling(db, pool.options.max ?? 10, 8);
    const casesPerSec = Number((measured.completed / measured.seconds).toFixed(1));
    const writeTps = Math.round(casesPerSec * WRITE_TRANSACTIONS_PER_CASE);
    const stepP99 = Math.max(...Object.entries(measured.steps).filter(([s]) => s !== 'case').map(([, v]) => v.p99));
    const counts = preload > 0
      ? await sql<{ cases: string; events: string; documents: string }>`SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM case_events) AS events, (SELECT count(*) FROM case_documents) AS documents`.execute(db)
      : null;
    // Hundreds of concurrent audited changes a second: the hash chain must still verify end to end.
    const chain = await verifyAuditChain(db);
    const licences = await sql<{ issued: string; not_issued: string }>`SELECT count(licence_id) AS issued, count(*) - count(licence_id) AS not_issued FROM case_licence_results`.execute(db);
    await db.destroy();
    await closePdfRenderer();
    await closeSm2Pool();
    return {
      cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
      clients, seconds: Number(measured.seconds.toFixed(1)), jobs: jobsEnabled, poolMax: pool.options.max ?? 10,
      completeCases: measured.completed, casesPerSec, steps: measured.steps,
      errors: measured.errors, errorCount: Object.values(measured.errors).reduce((a, b) => a + b, 0), errorSamples: measured.errorSamples,
      commitCeilingTps: ceiling, writeTransactionsPerSec: writeTps, ratioToCeiling: Number((writeTps / ceiling).toFixed(2)),
      dbCommitsPerSec: Math.round(commitsDuring / measured.seconds),
      statementsPerCase: measured.completed > 0 ? Math.round(statementsDuring / measured.completed) : null,
      topStatements: mix,
      auditChain: chain,
      licences: { issuedOnApproval: Number(licences.rows[0]?.issued ?? 0), notIssued: Number(licences.rows[0]?.not_issued ?? 0) },
      activeBackendWaits: Object.fromEntries(Object.entries(waits).sort((a, b) => b[1] - a[1]).slice(0, 8)),
      documents: { renderedDuringRun: docsReady, renderedPerSec: Number((docsReady / measured.seconds).toFixed(1)), pendingAtEnd: docsPending },
      ...(preloaded ? { preload: { ...preloaded, tableRows: counts?.rows[0] } } : {}),
      targetsMet: { casesPerSecAtLeast200: casesPerSec >= 200, stepP99Under100ms: stepP99 < 100 },
    };
  } finally {
    await jobs?.stop().catch(() => undefined);
    await cluster.stop();
    // A notice render that was finishing when the database closed may still be storing its file.
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${path.join(dir, 'pg')}.password`, { force: true });
  }
}
