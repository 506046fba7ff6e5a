/**
 * npm run bench:catalog — catalogue search and guide reads at scale.
 * Loads 20,000 synthetic published implementations (reproducible: fixed PRNG seed) on top of the demo city and
 * catalogue, then drives the real HTTP API from a separate process with 16 concurrent keep-alive clients:
 *   1. search: a mix of popular 2-character and longer queries (served mostly from the result cache, as popular
 *      queries are in life), then ~700 distinct queries against an instance with the cache off (the engine's own
 *      cost) — qps and
 *      server-side p50/p95/p99 (Fastify's own elapsed time) for each;
 *   2. guide page reads (GET /api/public/catalog/items/:code) vs a bare Fastify route in the same process and run.
 * Targets (issue 3): search p95 < 20 ms; guide reads ≥ 50 % of the bare route's req/s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { buildBasicCode, buildImplementationCode, canonicalJson, type ImplementationContent } from '@onetrip/core';
import { buildApp } from '@onetrip/server/app';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.ts';
import { createDb } from '../../server/src/platform/db/database.ts';
import { migrateToLatest } from '../../server/src/platform/db/migrate.ts';
import { loadConfig } from '../../server/src/platform/config/config.ts';
import { createPiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import { sm3Hex } from '../../server/src/platform/crypto/sm3.ts';
import { seedDemoData } from '../../server/src/seed/seed-demo.ts';
import { seedDemoCatalog } from '../../server/src/seed/seed-catalog.ts';
import { DEMO_IMPLEMENTATIONS } from '../../server/src/seed/demo-catalog.ts';
import { searchLexemes, tsvectorText } from '../../server/src/modules/catalog/search-index.ts';

const run = promisify(execFile);
const TARGET = 20_000;
const CONCURRENCY = 16;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['食品', '药品', '医疗器械', '建筑', '道路', '水利', '林草', '农机', '渔业', '医疗', '教育', '文化', '旅游', '体育', '广播电视', '电力', '燃气', '供热',
  '殡葬', '粮食', '气象', '档案', '人防', '统计', '消防', '特种设备', '计量', '住房', '社会保险', '公积金', '户口', '护照', '出版物', '种子', '兽药', '饲料', '港口', '民航', '铁路', '邮政'];
const OBJECTS = ['经营', '生产', '运输', '施工', '设立', '变更', '注销', '延续', '检验', '使用', '销售', '进口', '储存', '培训', '服务', '维修'];
const KINDS = ['许可', '登记', '备案', '审批', '核准', '认定', '证明开具', '补贴发放', '证核发', '资格确认'];

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

    // Synthetic catalogue: each department implements the same basic items, as every region does in life.
    const loadStarted = performance.now();
    const random = mulberry32(20_261_122);
    const departments = await db.selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code').select(['d.id', 'd.name', 'd.credit_code', 'd.region_code', 'r.level']).execute();
    const existing = Number((await db.selectFrom('implementations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const itemsNeeded = Math.ceil((TARGET - existing) / departments.length);
    const basics: { code: string; name: string }[] = [];
    for (let i = 0; i < itemsNeeded; i += 1) {
      const name = `${SUBJECTS[Math.floor(random() * SUBJECTS.length)]}${OBJECTS[Math.floor(random() * OBJECTS.length)]}${KINDS[Math.floor(random() * KINDS.length)]}（${i + 1}）`;
      basics.push({ code: buildBasicCode('10', 100 + Math.floor(i / 999), (i % 999) + 1), name });
    }
    for (let i = 0; i < basics.length; i += 1000) {
      await db.insertInto('basic_items').values(basics.slice(i, i + 1000).map((b) => ({ code: b.code, type_code: '10' as const, name: b.name, parent_code: null, legal_basis: '《基准测试条例》', level: 3 as const }))).execute();
    }
    const templates = DEMO_IMPLEMENTATIONS.map((d) => d.content);
    let created = existing;
    const batch: { impl: Record<string, unknown>; content: ImplementationContent; basicName: string; departmentName: string }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = await db.insertInto('implementations').values(batch.map((b) => b.impl as never)).returning('id').execute();
      await db.insertInto('implementation_versions').values(rows.map((r, i) => ({ implementation_id: r.id, version: 1, content: JSON.stringify(batch[i]!.content), content_hash: sm3Hex(canonicalJson(batch[i]!.content)), published_by: null }))).execute();
      const values = rows.map((r, i) => sql`(${r.id}::uuid, ${tsvectorText(searchLexemes(batch[i]!.content, batch[i]!.basicName, batch[i]!.departmentName))}::tsvector)`);
      await sql`UPDATE implementations AS i SET search_vector = v.vec FROM (VALUES ${sql.join(values)}) AS v(id, vec) WHERE i.id = v.id`.execute(db);
      batch.length = 0;
    };
    outer: for (const basic of basics) {
      for (const dept of departments) {
        if (created >= TARGET) break outer;
        const level = dept.level === 'city' ? 3 : 4;
        const content = { ...templates[Math.floor(random() * templates.length)]!, name: basic.name };
        batch.push({
          impl: { code: buildImplementationCode(dept.credit_code, level, basic.code), basic_code: basic.code, department_id: dept.id, region_code: dept.region_code, level, inherits_from: null, publication_status: 'published', change_status: 'none', draft_content: null, current_version: 1, name: basic.name },
          content, basicName: basic.name, departmentName: dept.name,
        });
        created += 1;
        if (batch.length === 500) await flush();
      }
    }
    await flush();
    await sql`ANALYZE`.execute(db);
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

    // A second instance on the same database with the result cache off: what an uncached query costs.
    const uncached = await buildApp({ config: { ...config, searchCacheEnabled: false }, db, pii, logger: false });
    uncached.addHook('onResponse', async (request, reply) => {
      if (recording?.test(request.url)) timings.push(reply.elapsedTime);
    });
    const uncachedAddress = await uncached.listen({ host: '127.0.0.1', port: 0 });

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

    await load('warmup', [...searchPaths, ...guidePaths.slice(0, 200)], 3);
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
    // Distinct queries (subject × object pairs and 2-character subjects) against the uncached instance: the engine's cost.
    const distinct: string[] = [];
    for (const subject of SUBJECTS) {
      distinct.push(subject);
      for (const object of OBJECTS) distinct.push(`${subject}${object}`);
    }
    const cold = await (async () => {
      timings.length = 0;
      recording = /^\/api\/public\/catalog\/items\?q=/;
      const r = await load('search-distinct', distinct.map((q) => `/api/public/catalog/items?q=${encodeURIComponent(q)}&pageSize=20`), 10, uncachedAddress);
      recording = null;
      const s = [...timings].sort((a, b) => a - b);
      return { distinctQueries: distinct.length, requests: r.requests, qps: r.rps, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), errors: r.errors };
    })();
    const guide = await load('guide', guidePaths, 10);
    const bare = await load('bare', ['/api/__bench/bare'], 10);
    await app.close();
    await uncached.close();
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
