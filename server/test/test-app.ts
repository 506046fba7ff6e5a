/**
 * Test harness: each test file gets its own database cloned from the migrated template, seeded with the demo
 * city, and a Fastify app on top (driven with app.inject, no port).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type AppConfig } from '../src/platform/config/config.ts';
import { createDb, type Db } from '../src/platform/db/database.ts';
import { createPiiCipher, type PiiCipher } from '../src/platform/crypto/pii-cipher.ts';
import { seedDemoData } from '../src/seed/seed-demo.ts';
import { createLicenceKeyVault } from '../src/modules/licences/licence-keys.ts';
import { sm2Pool } from '../src/platform/crypto/sm2-pool.ts';
import type { KeyVault } from '../src/platform/crypto/key-vault.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  pii: PiiCipher;
  /** The app's licence key vault (seals in fixtures). */
  keys: KeyVault;
  config: AppConfig;
  /** Superuser client on this test database (to simulate tampering the app itself cannot do). */
  sql: (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
  close: () => Promise<void>;
}

export async function createTestContext(options: { env?: Record<string, string>; seed?: boolean } = {}): Promise<TestContext> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const dataDir = path.resolve(import.meta.dirname, '../../.tmp/test-data', name);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, DATA_DIR: dataDir, JOBS_ENABLED: 'false', WEB_DIST_DIR: '.tmp/no-web-dist', ...options.env });
  const { db } = createDb(url, { max: 5 });
  const pii = createPiiCipher(randomBytes(16).toString('hex'));
  if (options.seed !== false) await seedDemoData(db, pii);
  const keys = createLicenceKeyVault(config, db, sm2Pool());
  const app = await buildApp({ config, db, pii, keys, logger: false });
  const superuser = new pg.Pool({ connectionString: url, max: 1 });
  return {
    app, db, pii, config, keys,
    sql: (text, values) => superuser.query(text, values),
    close: async () => {
      await app.close();
      await db.destroy();
      await superuser.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logged-in client: keeps the cookie and CSRF token like the web app does. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  bearer: string | null = null;
  private readonly app: FastifyInstance;
  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async request(method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h['cookie'] = this.cookie;
    if (this.bearer) h['authorization'] = `Bearer ${this.bearer}`;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method, url, headers: h, ...(body !== undefined ? { payload: body as object } : {}) });
    const setCookie = res.headers['set-cookie'];
    const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    for (const c of cookies) {
      const [pair] = c.split(';');
      if (pair?.startsWith('onetrip_session=')) this.cookie = pair.endsWith('=') ? null : pair;
    }
    return res;
  }
  get(url: string, headers?: Record<string, string>) { return this.request('GET', url, undefined, headers); }
  post(url: string, body?: unknown, headers?: Record<string, string>) { return this.request('POST', url, body ?? {}, headers); }
  patch(url: string, body: unknown) { return this.request('PATCH', url, body); }
  delete(url: string) { return this.request('DELETE', url); }
  /** multipart/form-data upload, encoded the way a browser does (boundary included). */
  async postForm(url: string, form: FormData, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const encoded = new Request('http://localhost/', { method: 'POST', body: form });
    const bytes = Buffer.from(await encoded.arrayBuffer());
    return this.request('POST', url, bytes, { ...headers, 'content-type': encoded.headers.get('content-type') ?? '' });
  }

  async loginStaff(username: string, password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.post('/api/auth/staff/login', { username, password });
    if (res.statusCode === 200) this.csrf = res.json<{ csrfToken: string }>().csrfToken;
    return res;
  }
  async loginApplicant(identifier: string, password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.post('/api/auth/applicant/login', { identifier, password });
    if (res.statusCode === 200) this.csrf = res.json<{ csrfToken: string }>().csrfToken;
    return res;
  }
}

export async function staffClient(ctx: TestContext, username: string): Promise<Client> {
  const client = new Client(ctx.app);
  const res = await client.loginStaff(username);
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
  return client;
}

export async function auditActions(ctx: TestContext, subjectId?: string): Promise<string[]> {
  let q = ctx.db.selectFrom('audit_events').select('action').orderBy('id');
  if (subjectId) q = q.where('subject_id', '=', subjectId);
  return (await q.execute()).map((r) => r.action);
}
