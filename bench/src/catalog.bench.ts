/**
 * npm run bench:catalog — catalogue search and guide reads at scale.
 * Loads 20,000 synthetic published implementations (reproducible: fixed PRNG seed) on top of the demo city and
 * catalogue, then drives the real HTTP API from a separate process with 16 concurrent keep-alive clients:
 *   1. search: a mix of popular 2-character and longer queries, the 2-character ones alone, then ~700 distinct
 *      queries (no result cache exists: every query is evaluated by the in-memory index) — qps and server-side
 *      p50/p95/p99 (Fastify's own elapsed time) for each;
 *   2. guide page reads (GET /api/public/catalog/items/:code, 2,000 distinct guides, cache warm) vs a bare Fastify
 *      route in the same process and run.
 * Targets (issue 3): search p95 < 20 ms; guide reads ≥ 50 % of the bare route's req/s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { buildApp } from '@onetrip/server/app';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.ts';
import { createDb } from '../../server/src/platform/db/database.ts';
import { migrateToLatest } from '../../server/src/platform/db/migrate.ts';
import { loadConfig } from '../../server/src/platform/config/config.ts';
import { createPiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import { seedDemoData } from '../../server/src/seed/seed-demo.ts';
import { seedDemoCatalog } from '../../server/src/seed/seed-catalog.ts';
import { loadSyntheticCatalog, OBJECTS, SUBJECTS } from './synthetic-catalog.ts';

const run = promisify(execFile);
const TARGET = 20_000;
const CONCURRENCY = 16;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
}

export async function catalogBench(): Promise<Record<string, unknown>> {
  const dir = path.resolve(import.meta.dirname, '../../.tmp', `bench-catalog-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'pg') });
  try {
    await cluster.createDatabase('bench');
    const url = cluster.connectionString('bench');
    const { db } = createDb(url, { max: 24 });
    await migrateToLatest(db);
    const pii = createPiiCipher(randomBytes(16).toString('hex'));
    await seedDemoData(db, pii);
    await seedDemoCatalog(db);

    const loadStarted = performance.now();
    const created = await loadSyntheticCatalog(db, TARGET);
    const loadSeconds = Number(((performance.now() - loadStarted) / 1000).toFixed(1));

    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', WEB_DIST_DIR: dir, JOBS_ENABLED: 'false' });
    const app = await buildApp({ config, db, pii, logger: false });
    app.get('/api/__bench/bare', { schema: { hide: true } }, () => ({ ok: true }));
    const timings: number[] = [];
    let recording: RegExp | null = null;
    app.addHook('onResponse', async (request, reply) => {
      if (recording?.test(request.url)) timings.push(reply.elapsedTime);
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    const load = async (name: string, paths: string[], seconds: number, target = address) => {
      const file = path.join(dir, `${name}.json`);
      fs.writeFileSync(file, JSON.stringify(paths));
      const { stdout } = await run(process.execPath, [path.join(import.meta.dirname, 'http-load.ts'), target, String(seconds), String(CONCURRENCY), file]);
      return JSON.parse(stdout) as { requests: number; errors: number; rps: number };
    };

    const queries = ['社保', '户口', '护照', '食品', '医保', '药品', '建筑', '许可', '登记', '备案', '公积金', '低保', '食品经营许可', '建筑施工许可', '户口迁移怎么办', '公积金提取', '特种设备使用登记', '异地就医备案'];
    const searchPaths = queries.map((q) => `/api/public/catalog/items?q=${encodeURIComponent(q)}&pageSize=20`);
    const codes = (await db.selectFrom('implementations').select('code').where('publication_status', '=', 'published').orderBy(sql`random()`).limit(2000).execute()).map((r) => r.code);
    const guidePaths = codes.map((c) => `/api/public/catalog/items/${c}`);

    // Guides are cached until their implementation changes, so the steady state of a running service is a warm cache:
    // every guide path is read once before measuring (the first read of each costs a database query).
    await load('warmup', [...searchPaths, ...guidePaths], 4);
    recording = /^\/api\/public\/catalog\/items\?q=/;
    const search = await load('search', searchPaths, 15);
    recording = null;
    const sorted = [...timings].sort((a, b) => a - b);
    const twoChar = await (async () => {
      timings.length = 0;
      recording = /^\/api\/public\/catalog\/items\?q=/;
      const r = await load('search2', queries.filter((q) => [...q].length === 2).map((q) => `/api/public/catalog/items?q=${encodeURIComponent(q)}&pageSize=20`), 8);
      recording = null;
      const s = [...timings].sort((a, b) => a - b);
      return { qps: r.rps, p95: percentile(s, 95), errors: r.errors };
    })();
    // Distinct queries (subject × object pairs and 2-character subjects): no query repeats within a client's cycle.
    const distinct: string[] = [];
    for (const subject of SUBJECTS) {
      distinct.push(subject);
      for (const object of OBJECTS) distinct.push(`${subject}${object}`);
    }
    const cold = await (async () => {
      timings.length = 0;
      recording = /^\/api\/public\/catalog\/items\?q=/;
      const r = await load('search-distinct', distinct.map((q) => `/api/public/catalog/items?q=${encodeURIComponent(q)}&pageSize=20`), 10);
      recording = null;
      const s = [...timings].sort((a, b) => a - b);
      return { distinctQueries: distinct.length, requests: r.requests, qps: r.rps, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), errors: r.errors };
    })();
    const guide = await load('guide', guidePaths, 10);
    const bare = await load('bare', ['/api/__bench/bare'], 10);
    await app.close();
    await db.destroy();
    const p95 = percentile(sorted, 95);
    const ratio = Number((guide.rps / bare.rps).toFixed(2));
    return {
      cpus: (await import('node:os')).cpus().length, implementations: created, loadSeconds, concurrency: CONCURRENCY,
      search: { qps: search.rps, p50: percentile(sorted, 50), p95, p99: percentile(sorted, 99), requests: search.requests, errors: search.errors },
      searchTwoCharacter: twoChar,
      searchDistinct: cold,
      guideReadsPerSec: guide.rps, bareRoutePerSec: bare.rps, guideToBareRatio: ratio, guideErrors: guide.errors,
      targetsMet: { searchP95Under20msPopular: p95 < 20 && twoChar.p95 < 20, searchP95Under20msDistinct: cold.p95 < 20, guideAtLeastHalfOfBare: ratio >= 0.5 },
    };
  } finally {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${path.join(dir, 'pg')}.password`, { force: true });
  }
}
