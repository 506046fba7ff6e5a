/**
 * npm run bench:licences [-- --duration 10 --concurrency 32 --batch 50]
 *
 * Electronic licences against a fresh embedded PostgreSQL, with the server's own functions (no HTTP), the shared SM2
 * worker pool and the software key vault exactly as the server builds them:
 *
 * - issuances/s, one licence per transaction (as on approval: identifier, metadata, two SM2 signatures by the seal's
 *   key, the row with the encrypted holder code, the audit event), `--concurrency` at once;
 * - issuances/s in batches (as the stock import issues: `--batch` licences per transaction, their signatures in
 *   flight together);
 * - verifications/s by identifier through the public verification service (read the licence, re-verify its stored
 *   signature with the seal's public key, compute the status), `--concurrency` at once, over the issued licences.
 *
 * Prints one JSON line. A measurement, not a test: numbers vary between runs and machines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { chinaDateOf, computeResidentIdCheck } from '@onetrip/core';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.ts';
import { createDb, type Db } from '../../server/src/platform/db/database.ts';
import { migrateToLatest } from '../../server/src/platform/db/migrate.ts';
import { loadConfig } from '../../server/src/platform/config/config.ts';
import { createPiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import { seedDemoData } from '../../server/src/seed/seed-demo.ts';
import { closeSm2Pool, sm2Pool } from '../../server/src/platform/crypto/sm2-pool.ts';
import { SYSTEM_CONTEXT } from '../../server/src/platform/audit/audit-log.ts';
import { verifyAuditChain } from '../../server/src/platform/audit/verify-audit-chain.ts';
import { createLicenceKeyVault } from '../../server/src/modules/licences/licence-keys.ts';
import { createSealRecord } from '../../server/src/modules/licences/seal-records.ts';
import { issueLicence, type LicenceToIssue } from '../../server/src/modules/licences/issue-licence.ts';
import { registryEntryOf, verifyRegistryEntry } from '../../server/src/modules/licences/verify/verify-licence.ts';
import type { Deps } from '../../server/src/platform/http/deps.ts';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const BENCH_TYPE_CODE = '11100000MB0R00064T901';

/** A valid resident ID number (check digit included) for the n-th bench holder. */
function residentId(n: number): string {
  const first17 = `150402${1960 + (n % 40)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + computeResidentIdCheck(first17);
}

/** `concurrency` loops calling `work` until `seconds` have passed; operations per second. */
async function rate(seconds: number, concurrency: number, work: (worker: number, n: number) => Promise<number>): Promise<{ perSecond: number; total: number }> {
  let total = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    let n = 0;
    while (performance.now() < deadline) {
      // Not `total += await …`: that reads `total` before the await and loses the other workers' counts.
      const done = await work(worker, n++);
      total += done;
    }
  }));
  return { perSecond: Math.round(total / ((performance.now() - started) / 1000)), total };
}

export async function licencesBench(): Promise<Record<string, unknown>> {
  const args = process.argv.slice(3);
  const seconds = option(args, 'duration', 10);
  const concurrency = option(args, 'concurrency', 32);
  const batch = option(args, 'batch', 50);
  const log = (line: string) => process.stderr.write(`[bench:licences] ${line}\n`);

  const dir = path.resolve(import.meta.dirname, '../../.tmp', `bench-licences-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'pg') });
  let db: Db | null = null;
  try {
    await cluster.createDatabase('bench');
    const url = cluster.connectionString('bench');
    db = createDb(url).db;
    await migrateToLatest(db);
    const pii = createPiiCipher(randomBytes(16).toString('hex'));
    await seedDemoData(db, pii);
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, DATA_DIR: dir, LOG_LEVEL: 'silent', WEB_DIST_DIR: dir, JOBS_ENABLED: 'false' });
    const deps: Pick<Deps, 'db' | 'keys' | 'pii' | 'config' | 'sm2'> = { db, pii, config, keys: createLicenceKeyVault(config, db, sm2Pool()), sm2: sm2Pool() };

    const department = await db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('name', '=', '赤峰市人力资源和社会保障局').executeTakeFirstOrThrow();
    const type = await db.insertInto('licence_types').values({
      code: BENCH_TYPE_CODE, name: '基准测试证', defining_authority_name: '基准测试定义机构', holder_kind: 'person',
      fields_schema: JSON.stringify({ type: 'object', properties: { 类别: { type: 'string', title: '类别' }, 等级: { type: 'integer', title: '等级' } }, required: ['类别'] }),
      validity: JSON.stringify({ kind: 'years', years: 5 }),
      layout: JSON.stringify({ title: '基准测试证', orientation: 'portrait', fieldOrder: ['类别', '等级'], accentColor: '#1f4e9c', footnote: null }),
      producing_implementation_codes: [], created_by: null, updated_at: new Date(),
    }).returningAll().executeTakeFirstOrThrow();
    await db.insertInto('licence_type_issuers').values({ licence_type_id: type.id, department_id: department.id }).execute();
    await db.transaction().execute((tx) => createSealRecord(deps, tx, { department, validFrom: new Date(Date.now() - 86_400_000), createdBy: null }));

    const today = chinaDateOf(new Date());
    let serial = 0;
    const input = (): LicenceToIssue => {
      serial += 1;
      return {
        type, department, fields: { 类别: '基准', 等级: serial % 5 }, number: null, relatedItem: null, issueDate: today, source: 'stock_import',
        holder: { applicantId: null, kind: 'person', name: `基准持证人${serial}`, code: residentId(serial), codeType: '111' },
      };
    };

    log(`warming up…`);
    await rate(2, concurrency, async () => { await db!.transaction().execute((tx) => issueLicence(deps, tx, SYSTEM_CONTEXT, input())); return 1; });

    log(`issuing one licence per transaction, ${concurrency} at once, ${seconds} s…`);
    const single = await rate(seconds, concurrency, async () => {
      await db!.transaction().execute((tx) => issueLicence(deps, tx, SYSTEM_CONTEXT, input()));
      return 1;
    });
    log(`issuing in batches of ${batch} per transaction…`);
    const batchConcurrency = Math.max(1, Math.round(concurrency / 8));
    const batched = await rate(seconds, batchConcurrency, async () => {
      await db!.transaction().execute(async (tx) => {
        const inputs = Array.from({ length: batch }, input);
        // Serial nextval/insert order inside one transaction, signatures in flight together (issueLicence awaits the pool).
        await Promise.all(inputs.map((i) => issueLicence(deps, tx, SYSTEM_CONTEXT, i)));
      });
      return batch;
    });

    const identifiers = (await db.selectFrom('licences').select('identifier').orderBy('created_at', 'desc').limit(5000).execute()).map((r) => r.identifier);
    log(`verifying by identifier over ${identifiers.length} licences, ${concurrency} at once…`);
    let bad = 0;
    const verifications = await rate(seconds, concurrency, async (worker, n) => {
      // The public service's work per lookup (its per-client throttle aside): read the registry entry, re-verify the
      // stored signature with the seal's key in the worker pool, compute the status.
      const entry = await registryEntryOf(db!, { identifier: identifiers[(worker * 7919 + n) % identifiers.length]! });
      const result = entry ? await verifyRegistryEntry(deps, entry) : null;
      if (result?.outcome !== 'valid') bad += 1;
      return 1;
    });
    const chain = await verifyAuditChain(db);
    return {
      seconds, concurrency, batch,
      issuancesPerSecond: single.perSecond,
      batchedIssuancesPerSecond: batched.perSecond,
      verificationsPerSecond: verifications.perSecond,
      sm2Workers: deps.sm2.size,
      licencesIssued: single.total + batched.total,
      verificationsNotValid: bad,
      auditChainVerified: chain.ok,
      targets: { issuancesPerSecond: 500, verificationsPerSecond: 1000 },
    };
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    throw error;
  } finally {
    await db?.destroy();
    await closeSm2Pool();
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
