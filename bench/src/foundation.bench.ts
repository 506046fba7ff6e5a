/**
 * Foundation hot paths through the full stack (routing, session lookup, scope filter, SQL, serialisation) with
 * app.inject, i.e. without socket overhead: authenticated list reads and session checks per second, and logins
 * per second (dominated by argon2id by design).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildApp } from '@onetrip/server/app';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.ts';
import { createDb } from '../../server/src/platform/db/database.ts';
import { migrateToLatest } from '../../server/src/platform/db/migrate.ts';
import { loadConfig } from '../../server/src/platform/config/config.ts';
import { createPiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import { seedDemoData } from '../../server/src/seed/seed-demo.ts';
import { DEMO_PASSWORD } from '../../server/src/seed/demo-data.ts';

async function rate(count: number, concurrency: number, op: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next += 1;
      await op();
    }
  }));
  return Math.round(count / ((performance.now() - started) / 1000));
}

export async function foundationBench(): Promise<Record<string, unknown>> {
  // Under the repo's .tmp/: a mkdtemp directory (mode 0700) is not reachable by the postgres user when run as root.
  const dir = path.resolve(import.meta.dirname, '../../.tmp', `bench-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'pg') });
  try {
    await cluster.createDatabase('bench');
    const url = cluster.connectionString('bench');
    const { db } = createDb(url, { max: 10 });
    await migrateToLatest(db);
    const pii = createPiiCipher(randomBytes(16).toString('hex'));
    await seedDemoData(db, pii);
    const app = await buildApp({ config: loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', WEB_DIST_DIR: dir }), db, pii, logger: false });
    const login = await app.inject({ method: 'POST', url: '/api/auth/staff/login', payload: { username: 'center', password: DEMO_PASSWORD, bearer: true } });
    const token = login.json<{ token: string }>().token;
    const headers = { authorization: `Bearer ${token}` };
    const check = async (url: string) => {
      const res = await app.inject({ url, headers });
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
    };
    await rate(200, 8, () => check('/api/departments'));
    const sessionPerSec = await rate(3000, 8, () => check('/api/auth/session'));
    const departmentsPerSec = await rate(3000, 8, () => check('/api/departments?pageSize=20'));
    const staffPerSec = await rate(2000, 8, () => check('/api/staff?pageSize=20'));
    const loginsPerSec = await rate(60, 4, async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/staff/login', payload: { username: 'clerk', password: DEMO_PASSWORD, bearer: true } });
      if (res.statusCode !== 200) throw new Error(`login answered ${res.statusCode}`);
    });
    await app.close();
    await db.destroy();
    return { cpus: os.cpus().length, sessionPerSec, departmentsPerSec, staffPerSec, loginsPerSec };
  } finally {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
