/**
 * Lifecycle load client, run as a separate process (its own event loop, like a real client):
 *   node lifecycle-driver.ts <plan.json>
 * Each of `clients` concurrent clients drives complete cases through the HTTP API, one step after another:
 * create the draft, upload two materials (multipart, distinct bytes), submit (Idempotency-Key), accept (clerk), pass
 * (review) and decide (approve) by the department's approver, deliver (clerk). It stops after `seconds` or after
 * `cases` cases, and prints one JSON line: completed cases, elapsed seconds, latencies per step (ms, client side) and
 * errors per step.
 */
import fs from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';

export interface DriverPlan {
  baseUrl: string;
  clients: number;
  seconds: number | null;
  cases: number | null;
  clerkToken: string;
  items: { id: string; approverToken: string }[];
  applicants: { token: string }[];
  materialKeys: readonly [string, string];
}

export const STEPS = ['create', 'upload', 'submit', 'accept', 'pass', 'decide', 'deliver'] as const;
export type Step = (typeof STEPS)[number];
export interface DriverResult { completed: number; started: number; seconds: number; latencies: Record<Step | 'case', number[]>; errors: Record<string, number>; errorSamples: string[] }

class StepError extends Error {}

export async function drive(plan: DriverPlan): Promise<DriverResult> {
  const dispatcher = new Agent({ connections: plan.clients * 2, keepAliveTimeout: 30_000, pipelining: 1 });
  const latencies = Object.fromEntries([...STEPS, 'case'].map((s) => [s, [] as number[]])) as unknown as DriverResult['latencies'];
  const errors: Record<string, number> = {};
  const errorSamples: string[] = [];
  const timed = async (step: Step, token: string, method: 'POST', path: string, body: { json?: unknown; form?: { boundary: string; bytes: Buffer } }, headers: Record<string, string> = {}) => {
    const t0 = performance.now();
    const res = await request(plan.baseUrl + path, {
      dispatcher, method,
      headers: {
        authorization: `Bearer ${token}`, ...headers,
        ...(body.form ? { 'content-type': `multipart/form-data; boundary=${body.form.boundary}` } : { 'content-type': 'application/json' }),
      },
      body: body.form ? body.form.bytes : JSON.stringify(body.json ?? {}),
    });
    const text = await res.body.text();
    latencies[step].push(performance.now() - t0);
    if (res.statusCode >= 300) {
      const key = `${step}:${res.statusCode}`;
      errors[key] = (errors[key] ?? 0) + 1;
      if (errorSamples.length < 10) errorSamples.push(`${key} ${text.slice(0, 300)}`);
      throw new StepError(key);
    }
    return JSON.parse(text) as Record<string, unknown>;
  };
  const multipart = (fileName: string, bytes: Uint8Array) => {
    const boundary = `----onetrip${randomBytes(8).toString('hex')}`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    return { boundary, bytes: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]) };
  };
  // Realistic scans are 100 KB–1 MB; 32 KB keeps the client from measuring its own copying. Distinct bytes each time.
  const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n%'), randomBytes(32 * 1024), Buffer.from('\n%%EOF\n')]);
  const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(32 * 1024)]);

  let next = 0;
  let completed = 0;
  const deadline = plan.seconds === null ? Infinity : performance.now() + plan.seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: plan.clients }, async (_, c) => {
    const applicant = plan.applicants[c % plan.applicants.length]!;
    for (;;) {
      if (performance.now() >= deadline) return;
      if (plan.cases !== null && next >= plan.cases) return;
      const n = next++;
      const item = plan.items[n % plan.items.length]!;
      const t0 = performance.now();
      try {
        const created = await timed('create', applicant.token, 'POST', '/api/cases', { json: { implementationId: item.id } });
        const id = String(created.id);
        await timed('upload', applicant.token, 'POST', `/api/cases/${id}/attachments?materialKey=${plan.materialKeys[0]}`, { form: multipart('申请书.pdf', pdf()) });
        await timed('upload', applicant.token, 'POST', `/api/cases/${id}/attachments?materialKey=${plan.materialKeys[1]}`, { form: multipart('营业执照.png', png()) });
        await timed('submit', applicant.token, 'POST', `/api/cases/${id}/submit`, {}, { 'idempotency-key': randomUUID() });
        await timed('accept', plan.clerkToken, 'POST', `/api/cases/${id}/accept`, { json: {} }, { 'idempotency-key': randomUUID() });
        await timed('pass', item.approverToken, 'POST', `/api/cases/${id}/pass`, { json: { opinion: '材料齐全，符合条件，建议准予许可。' } });
        await timed('decide', item.approverToken, 'POST', `/api/cases/${id}/decide`, { json: { outcome: 'approved', opinion: '经审查，符合法定条件，准予许可。' } });
        await timed('deliver', plan.clerkToken, 'POST', `/api/cases/${id}/deliver`, { json: {} });
        latencies.case.push(performance.now() - t0);
        completed += 1;
      } catch (error) {
        if (!(error instanceof StepError)) {
          errors.network = (errors.network ?? 0) + 1;
          if (errorSamples.length < 10) errorSamples.push(String(error));
        }
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  await dispatcher.close();
  return { completed, started: next, seconds, latencies, errors, errorSamples };
}

/** p50/p95/p99/max (ms, two decimals) and count of each step's latencies. */
export function summarize(latencies: DriverResult['latencies']) {
  const pick = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2)));
  return Object.fromEntries(Object.entries(latencies).map(([step, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [step, { p50: pick(sorted, 50), p95: pick(sorted, 95), p99: pick(sorted, 99), max: pick(sorted, 100), n: sorted.length }];
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const plan = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as DriverPlan;
  const { latencies, ...rest } = await drive(plan);
  process.stdout.write(`${JSON.stringify({ ...rest, steps: summarize(latencies) })}\n`);
}
