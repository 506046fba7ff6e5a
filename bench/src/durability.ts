/**
 * npm run test:durability — does an acknowledged submit survive a crash, and does a retried submit never duplicate?
 *
 * 1. Starts the real server (server/src/main.ts, as `npm start` runs it) on a fresh DATA_DIR under .tmp/, with the
 *    embedded PostgreSQL, demo data and background jobs; adds the bench items and applicants (lifecycle-setup.ts).
 * 2. Runs a loaded submit workload: concurrent clients create drafts, upload two materials (distinct bytes, SHA-256
 *    noted) and submit with an Idempotency-Key, recording every answer.
 * 3. In the middle of it, kills the server's Node process with SIGKILL (no shutdown code runs; the embedded
 *    PostgreSQL is left orphaned), then starts the server again on the same DATA_DIR (start-up stops the orphan and
 *    takes over the data directory); a second server started on the same data directory meanwhile is refused.
 * 4. Checks, and exits 1 naming every violation:
 *    - every upload answered 201 has its attachment row, and its file on disk with the SHA-256 of the bytes sent;
 *    - every submit answered 200 has its case, submitted, with the case number answered and both materials;
 *    - replaying every submit (answered or cut off by the kill) with its Idempotency-Key answers 200; an answered one
 *      gets the same case number back (Idempotent-Replayed); no case gets a second number or a second submission,
 *      and the number of submitted cases does not change by more than the cut-off submits that had not committed;
 *    - the audit log's hash chain verifies end to end.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'undici';
import { sql } from 'kysely';
import { createDb } from '../../server/src/platform/db/database.ts';
import { createPiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import { verifyAuditChain } from '../../server/src/platform/audit/verify-audit-chain.ts';
import { pendingAuditEventCount } from '../../server/src/platform/audit/audit-linker.ts';
import { BENCH_MATERIALS, setUpLifecycleData } from './lifecycle-setup.ts';

const root = path.resolve(import.meta.dirname, '../..');
const CLIENTS = 12;
const KILL_AFTER_MS = 6_000;
const started = performance.now();
const say = (line: string) => process.stdout.write(`[durability ${((performance.now() - started) / 1000).toFixed(1)} s] ${line}\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const dataDir = path.join(root, '.tmp', `durability-${process.pid}`);
const port = await freePort();
const pgPort = await freePort();
const env = {
  ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', EMBEDDED_PG_PORT: String(pgPort),
  PII_MASTER_KEY: randomBytes(16).toString('hex'), LOG_LEVEL: 'warn', WEB_DIST_DIR: dataDir, SEED_DEMO_DATA: 'true', JOBS_ENABLED: 'true',
  SANDBOX_LATENCY_MS: '0', DATABASE_URL: '',
};
const baseUrl = `http://127.0.0.1:${port}`;
let server: ChildProcess | null = null;
let serverLog = '';

async function startServer(label: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'server/src/main.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (b: Buffer) => { serverLog += b.toString(); });
  child.stderr.on('data', (b: Buffer) => { serverLog += b.toString(); });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server (${label}) exited with ${child.exitCode} during start-up:\n${serverLog.slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`the server (${label}) was not ready within 120 s:\n${serverLog.slice(-3000)}`);
    try {
      const res = await request(`${baseUrl}/api/ready`);
      await res.body.dump();
      if (res.statusCode === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Upload { caseId: string; materialKey: string; sha256: string; size: number }
interface Submit { caseId: string; key: string; answered: boolean; caseNumber: string | null }

const failures: string[] = [];
const fail = (message: string) => { failures.push(message); };
let exitCode = 1;

try {
  say(`starting the server on a fresh DATA_DIR ${path.relative(root, dataDir)}`);
  server = await startServer('first start');
  const password = fs.readFileSync(path.join(dataDir, 'postgres.password'), 'utf8').trim();
  const dbUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/onetrip`;
  let { db } = createDb(dbUrl, { max: 2 });
  const pii = createPiiCipher(env.PII_MASTER_KEY);
  const setup = await setUpLifecycleData(db, pii, CLIENTS);
  await db.destroy();
  say(`server ready; ${CLIENTS} clients submitting, SIGKILL after ${KILL_AFTER_MS / 1000} s`);

  // ---- the loaded submit workload, cut by SIGKILL
  const dispatcher = new Agent({ connections: CLIENTS * 2, keepAliveTimeout: 10_000 });
  const uploads: Upload[] = [];
  const submits: Submit[] = [];
  let killed = false;
  const post = async (token: string, url: string, body: Buffer | string, headers: Record<string, string>) => {
    const res = await request(baseUrl + url, { dispatcher, method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body, headersTimeout: 30_000, bodyTimeout: 30_000 });
    const text = await res.body.text();
    return { status: res.statusCode, json: () => JSON.parse(text) as Record<string, unknown>, text, replayed: res.headers['idempotent-replayed'] === 'true' };
  };
  const multipart = (fileName: string, bytes: Buffer) => {
    const boundary = `----durability${randomBytes(8).toString('hex')}`;
    return {
      body: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  };
  let n = 0;
  const workload = Promise.all(setup.applicants.map(async (applicant) => {
    while (!killed) {
      const item = setup.items[n++ % setup.items.length]!;
      try {
        const created = await post(applicant.token, '/api/cases', JSON.stringify({ implementationId: item.id }), { 'content-type': 'application/json' });
        if (created.status !== 201) throw new Error(`create answered ${created.status}: ${created.text.slice(0, 200)}`);
        const caseId = String(created.json().id);
        for (const [i, materialKey] of BENCH_MATERIALS.entries()) {
          const bytes = i === 0
            ? Buffer.concat([Buffer.from('%PDF-1.7\n%'), randomBytes(48 * 1024), Buffer.from('\n%%EOF\n')])
            : Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(48 * 1024)]);
          const form = multipart(i === 0 ? '申请书.pdf' : '营业执照.png', bytes);
          const res = await post(applicant.token, `/api/cases/${caseId}/attachments?materialKey=${materialKey}`, form.body, form.headers);
          if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${res.text.slice(0, 200)}`);
          uploads.push({ caseId, materialKey, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength });
        }
        const submit: Submit = { caseId, key: randomUUID(), answered: false, caseNumber: null };
        submits.push(submit);
        const res = await post(applicant.token, `/api/cases/${caseId}/submit`, '', { 'idempotency-key': submit.key });
        if (res.status !== 200) throw new Error(`submit answered ${res.status}: ${res.text.slice(0, 200)}`);
        submit.answered = true;
        submit.caseNumber = String(res.json().caseNumber);
      } catch (error) {
        if (!killed) fail(`before the kill: ${(error as Error).message}`);
        return;
      }
    }
  }));
  await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  killed = true;
  server.kill('SIGKILL');
  await exited;
  await workload;
  await dispatcher.close();
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const orphan = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) : null;
  const orphanAlive = orphan !== null && (() => { try { process.kill(orphan, 0); return true; } catch { return false; } })();
  say(orphanAlive ? `PostgreSQL ${orphan} survived the kill, orphaned` : 'PostgreSQL did not survive the kill (stale postmaster.pid left)');
  const answered = submits.filter((s) => s.answered);
  say(`killed the server (SIGKILL) with ${submits.length - answered.length} submits in flight; ${answered.length} submits and ${uploads.length} uploads had been answered`);
  if (answered.length < CLIENTS) fail(`the workload answered only ${answered.length} submits before the kill: too little load to mean anything`);

  // ---- restart on the same data directory
  server = await startServer('restart after SIGKILL');
  const newPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (orphanAlive && newPid === orphan) fail(`the restarted server runs on the orphaned PostgreSQL ${orphan} instead of its own`);
  say(`restarted on the same data directory (PostgreSQL ${newPid}); checking…`);
  // A second server on the same data directory while the first runs must be refused, not take its database over.
  const second = spawn(process.execPath, [path.join(root, 'server/src/main.ts')], { cwd: root, env: { ...env, PORT: String(await freePort()) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let secondLog = '';
  second.stdout.on('data', (b: Buffer) => { secondLog += b.toString(); });
  second.stderr.on('data', (b: Buffer) => { secondLog += b.toString(); });
  const secondExit = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => { second.kill('SIGKILL'); resolve(null); }, 60_000);
    second.once('exit', (code) => { clearTimeout(timer); resolve(code); });
  });
  if (secondExit === 0 || secondExit === null || !/in use by process/.test(secondLog)) fail(`a second server on the same data directory was not refused (exit ${secondExit}): ${secondLog.slice(-500)}`);
  const stillReady = await request(`${baseUrl}/api/ready`).then(async (res) => { await res.body.dump(); return res.statusCode === 200; }, () => false);
  if (!stillReady) fail('the running server lost its database when a second one tried to start');
  ({ db } = createDb(dbUrl, { max: 2 }));
  const caseIds = [...new Set(uploads.map((u) => u.caseId).concat(submits.map((s) => s.caseId)))];
  const rows = await db.selectFrom('cases').select(['id', 'status', 'case_number']).where('id', 'in', caseIds).execute();
  const caseOf = new Map(rows.map((r) => [r.id, r]));
  const attachments = await db.selectFrom('case_attachments').select(['case_id', 'material_key', 'storage_key', 'size']).where('case_id', 'in', caseIds).execute();
  const fileOk = (key: string) => {
    const file = path.join(dataDir, 'files', key.slice(0, 2), key.slice(2, 4), key);
    return fs.existsSync(file) && createHash('sha256').update(fs.readFileSync(file)).digest('hex') === key;
  };
  for (const u of uploads) {
    const row = attachments.find((a) => a.case_id === u.caseId && a.material_key === u.materialKey && a.storage_key === u.sha256);
    if (!row) fail(`upload answered 201 but its attachment row is missing: case ${u.caseId}, material ${u.materialKey}`);
    else if (row.size !== u.size) fail(`attachment of case ${u.caseId} ${u.materialKey}: size ${row.size}, ${u.size} bytes were sent`);
    if (!fileOk(u.sha256)) fail(`upload answered 201 but its file is missing or does not match SHA-256 ${u.sha256} (case ${u.caseId})`);
  }
  for (const s of answered) {
    const row = caseOf.get(s.caseId);
    if (!row) fail(`submit answered 200 but case ${s.caseId} is missing`);
    else if (row.status !== 'submitted' || row.case_number !== s.caseNumber) fail(`submit answered 200 (${s.caseNumber}) but case ${s.caseId} is ${row.status} with number ${row.case_number}`);
    for (const key of BENCH_MATERIALS) {
      if (!attachments.some((a) => a.case_id === s.caseId && a.material_key === key && a.storage_key !== null && fileOk(a.storage_key))) fail(`submitted case ${s.caseNumber} lacks its material ${key} (row or file)`);
    }
  }

  // ---- replay every submit with its key
  const countSubmitted = async () => Number((await db.selectFrom('cases').select((eb) => eb.fn.countAll<string>().as('n')).where('id', 'in', caseIds).where('case_number', 'is not', null).executeTakeFirstOrThrow()).n);
  const before = await countSubmitted();
  const tokenOf = new Map<string, string>();
  for (const applicant of setup.applicants) tokenOf.set(applicant.id, applicant.token);
  const ownerRows = await db.selectFrom('cases').select(['id', 'applicant_id']).where('id', 'in', caseIds).execute();
  const ownerOf = new Map(ownerRows.map((r) => [r.id, r.applicant_id]));
  const replayDispatcher = new Agent({ connections: 8 });
  let unansweredCommitted = 0;
  await Promise.all(submits.map(async (s) => {
    const token = tokenOf.get(ownerOf.get(s.caseId) ?? '');
    if (!token) {
      if (s.answered) fail(`case ${s.caseId} of an answered submit has no owner`);
      return;
    }
    const res = await request(`${baseUrl}/api/cases/${s.caseId}/submit`, { dispatcher: replayDispatcher, method: 'POST', headers: { authorization: `Bearer ${token}`, 'idempotency-key': s.key }, body: '' });
    const text = await res.body.text();
    if (res.statusCode !== 200) {
      fail(`replaying the submit of case ${s.caseId} (key ${s.key}) answered ${res.statusCode}: ${text.slice(0, 200)}`);
      return;
    }
    const number = String((JSON.parse(text) as { caseNumber: string }).caseNumber);
    const replayed = res.headers['idempotent-replayed'] === 'true';
    if (s.answered && (!replayed || number !== s.caseNumber)) fail(`replaying an answered submit of case ${s.caseId} gave ${number}${replayed ? '' : ' (not a replay)'}, first answer was ${s.caseNumber}`);
    if (!s.answered && replayed) unansweredCommitted += 1;
  }));
  await replayDispatcher.close();
  const after = await countSubmitted();
  const cutOff = submits.length - answered.length;
  const expected = before + (cutOff - unansweredCommitted);
  if (after !== expected) fail(`after replaying ${submits.length} submits there are ${after} submitted cases, expected ${expected} (${before} before the replay + ${cutOff - unansweredCommitted} cut-off submits that had not committed)`);
  const twice = await sql<{ case_id: string; n: string }>`SELECT case_id, count(*) AS n FROM case_events WHERE action = 'submitted' AND case_id = ANY(${caseIds}::uuid[]) GROUP BY case_id HAVING count(*) > 1`.execute(db);
  for (const row of twice.rows) fail(`case ${row.case_id} was submitted ${row.n} times`);
  const numbers = await sql<{ n: string; d: string }>`SELECT count(case_number) AS n, count(DISTINCT case_number) AS d FROM cases WHERE id = ANY(${caseIds}::uuid[])`.execute(db);
  if (numbers.rows[0]!.n !== numbers.rows[0]!.d) fail('two cases share a case number');
  const chain = await verifyAuditChain(db);
  if (!chain.ok) fail(`the audit chain is broken after the crash: ${chain.reason} at event ${chain.brokenAtId} (${chain.detail})`);
  // Where the database links audit events (migrations 0013, 0016), events a commit left pending — also those of
  // commits just before the SIGKILL — are linked by the restarted server's linker within seconds.
  const deadline = Date.now() + 10_000;
  while ((await pendingAuditEventCount(db)) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  const left = await pendingAuditEventCount(db);
  if (left !== 0) fail(`${left} audit events were still unlinked in audit_pending 10 s after the last change`);
  const linked = await verifyAuditChain(db);
  if (!linked.ok) fail(`the audit chain is broken after linking the pending events: ${linked.reason} at event ${linked.brokenAtId} (${linked.detail})`);
  await db.destroy();
  say(`${answered.length} answered submits and ${uploads.length} uploads intact; ${submits.length} replays: ${answered.length} replayed the first answer, ` +
    `${unansweredCommitted} cut-off submits had committed (replayed), ${cutOff - unansweredCommitted} had not (ran now); ${after} submitted cases, no duplicates; audit chain intact (${chain.ok ? chain.checked : '?'} events)`);
  exitCode = failures.length === 0 ? 0 : 1;
} catch (error) {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  }
  if (failures.length === 0) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.password`, { force: true });
  }
}

if (failures.length > 0) {
  process.stderr.write(`\nDURABILITY CHECK FAILED (${failures.length} violation${failures.length === 1 ? '' : 's'}; data kept in ${path.relative(root, dataDir)}):\n${failures.slice(0, 50).map((f) => `  - ${f}`).join('\n')}\n`);
  if (serverLog) process.stderr.write(`\nlast server output:\n${serverLog.slice(-2000)}\n`);
  process.exit(1);
}
say('passed');
process.exit(exitCode);
