import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf, dayNumberOf, isoDateOfDayNumber, preReviewStatus, type WorkingDayCalendar } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { completeDraft, publishImplementation, submit } from '../../../test/case-fixtures.ts';
import { buildApp } from '../../app.ts';
import { LocalDiskStorage } from '../../platform/files/file-storage.ts';
import { startJobs } from '../../platform/jobs/jobs.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { runPreReviewDeadlines, type CaseJobDeps } from './deem-accept-cases.ts';
import { deliverElectronically } from './deliver-electronically.ts';
import { sweepCases } from './case-jobs.ts';

let ctx: TestContext;
let deps: CaseJobDeps;
let zhang: Client;
let clerk: Client; // city hall
let clerkHs: Client; // Hongshan hall
let approver: Client;
let admin: Client;
let item: { id: string; code: string };
let calendar: WorkingDayCalendar;

beforeAll(async () => {
  ctx = await createTestContext();
  deps = { db: ctx.db, pii: ctx.pii, config: ctx.config, files: new LocalDiskStorage(path.join(ctx.config.dataDir, 'files')) };
  zhang = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  [clerk, clerkHs, approver, admin] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'clerk.hs'), staffClient(ctx, 'approver.scjg'), staffClient(ctx, 'center')]);
  item = await publishImplementation(ctx, '赤峰市市场监督管理局');
  calendar = await calendarOf(ctx.db);
});
afterAll(async () => { await ctx.close(); });

const today = () => chinaDateOf(new Date());
const addDays = (date: string, n: number) => isoDateOfDayNumber(dayNumberOf(date) + n);
const count = async (text: string, values: unknown[]) => (await ctx.sql(text, values)).rows[0].n as number;
const row = async (id: string) => (await ctx.sql('SELECT status, state, accepted_on::text, promised_deadline::text, case_number, region_code, department_id FROM cases WHERE id = $1', [id])).rows[0];

async function submittedCase(deliveryMethod?: string): Promise<string> {
  const id = await completeDraft(zhang, item.id);
  if (deliveryMethod) await ctx.sql(`UPDATE cases SET delivery_method = $2 WHERE id = $1`, [id, deliveryMethod]);
  expect((await submit(zhang, id)).statusCode).toBe(200);
  return id;
}

/** Moves a case's receipt back in time (core's state and its projections together), as if it had waited. */
async function setReceivedOn(id: string, receivedOn: string) {
  await ctx.sql(`UPDATE cases SET received_on = $2::date, pre_review_deadline = $3::date, state = jsonb_set(state, '{receivedOn}', to_jsonb($2::text)) WHERE id = $1`,
    [id, receivedOn, calendar.addWorkingDays(receivedOn, 5).date]);
}

/** A receipt date whose art. 32 warning phase is today (1 working day before the deadline, or the deadline day). */
function receiptInWarningPhase(): string {
  for (let back = 1; back < 30; back += 1) {
    const receivedOn = addDays(today(), -back);
    if (preReviewStatus(calendar, receivedOn, today()).phase === 'warning') return receivedOn;
  }
  throw new Error('no receipt date in the warning phase');
}

/** Waits until the notices rendered after the answer are stored (they render in the background after commit). */
async function documentsRendered(caseId: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (await count(`SELECT count(*)::int AS n FROM case_documents WHERE case_id = $1 AND status = 'pending'`, [caseId]) > 0) {
    if (Date.now() > deadline) throw new Error(`documents of case ${caseId} still pending`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function concludedCase(deliveryMethod: string, outcome: 'approved' | 'denied' = 'approved'): Promise<string> {
  const id = await submittedCase(deliveryMethod);
  expect((await clerk.post(`/api/cases/${id}/accept`, {})).statusCode).toBe(200);
  expect((await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' })).statusCode).toBe(200);
  const decided = await approver.post(`/api/cases/${id}/decide`, outcome === 'approved'
    ? { outcome, opinion: '经审查，符合法定条件，准予许可。' }
    : { outcome, opinion: '经审查，不符合法定条件。', reason: '经营场所不符合要求', legalBasis: '《食品经营许可管理办法》第十一条' });
  expect(decided.statusCode).toBe(200);
  return id;
}

describe('art. 32: deemed acceptance by the scheduled job', () => {
  it('does nothing before the deadline, and on the day after it accepts as of the day of receipt, once, through the whole action path', async () => {
    const id = await submittedCase();
    // Received the Friday before National Day 2026: the five working days run over the Golden Week holiday to
    // 2026-10-09 (the working-day calendar, not weekdays: Monday–Friday would end on 2026-10-02).
    const receivedOn = '2026-09-25';
    await setReceivedOn(id, receivedOn);
    const deadline = calendar.addWorkingDays(receivedOn, 5).date;
    expect(deadline).toBe('2026-10-09');

    for (const day of [receivedOn, addDays(receivedOn, 5), deadline]) {
      const result = await runPreReviewDeadlines(deps, { today: day });
      expect(result.deemed, day).not.toContain(id);
      expect((await row(id)).status, day).toBe('submitted');
    }
    const result = await runPreReviewDeadlines(deps, { today: addDays(deadline, 1) });
    expect(result.deemed).toContain(id);

    const saved = await row(id);
    expect(saved).toMatchObject({ status: 'in_review', accepted_on: receivedOn, promised_deadline: calendar.addWorkingDays(receivedOn, 5).date });
    expect(saved.state).toMatchObject({ deemedAccepted: true, acceptedOn: receivedOn, stepIndex: 0, stepStartedOn: receivedOn });
    const detail = (await zhang.get(`/api/cases/${id}`)).json();
    expect(detail).toMatchObject({ status: 'in_review', acceptedOn: receivedOn, deemedAccepted: true });
    const event = detail.events.at(-1);
    expect(event).toMatchObject({ action: 'deemed_accepted', actorKind: 'system', details: { receivedOn, notices: ['acceptance_notice'], clock: ['started'] } });
    expect(event.opinion).toContain('第三十二条');
    expect(await auditActions(ctx, id)).toContain('case.deemed_accepted');
    // The applicant is told (in-app and SMS, the SMS carrying the case's region), and the notice is stored.
    const notification = (await ctx.sql(`SELECT id, link FROM notifications WHERE template = 'case.accepted' AND link = $1`, [`/me/cases/${id}`])).rows;
    expect(notification).toHaveLength(1);
    const sms = (await ctx.sql(`SELECT case_id, region_code, department_id FROM outbound_messages WHERE notification_id = $1`, [notification[0].id])).rows;
    expect(sms).toEqual([{ case_id: id, region_code: saved.region_code, department_id: saved.department_id }]);
    const documents = (await zhang.get(`/api/cases/${id}/documents`)).json();
    expect(documents.map((d: { kind: string; status: string }) => [d.kind, d.status])).toEqual([['acceptance_notice', 'ready']]);
    // The approvers' queue has it, with the clock from the day of receipt.
    expect((await approver.get('/api/cases/step-queue?pageSize=100')).json().items.map((c: { id: string }) => c.id)).toContain(id);

    // Running again (or later) changes nothing.
    const again = await runPreReviewDeadlines(deps);
    expect(again.deemed).not.toContain(id);
    expect(await count(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND action = 'deemed_accepted'`, [id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM case_documents WHERE case_id = $1`, [id])).toBe(1);
  });

  it('leaves a case alone once a correction was requested, and a resubmission starts a new period', async () => {
    const id = await submittedCase();
    expect((await clerk.post(`/api/cases/${id}/request-correction`, { items: [{ materialKey: 'layout', problem: '缺少平面布局图' }] })).statusCode).toBe(200);
    await ctx.sql(`UPDATE cases SET received_on = '2025-12-01', state = jsonb_set(state, '{receivedOn}', '"2025-12-01"') WHERE id = $1`, [id]);
    await runPreReviewDeadlines(deps);
    expect((await row(id)).status).toBe('correction_requested');

    expect((await submit(zhang, id)).statusCode).toBe(200);
    expect((await row(id)).state).toMatchObject({ status: 'submitted', receivedOn: today() });
    const result = await runPreReviewDeadlines(deps);
    expect([...result.deemed, ...result.warned]).not.toContain(id);
    expect((await row(id)).status).toBe('submitted');
    expect(await count(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND action = 'deemed_accepted'`, [id])).toBe(0);
  });

  it('warns the clerks of the case\'s front desk once, in-app, on the warning date', async () => {
    const id = await submittedCase();
    const receivedOn = receiptInWarningPhase();
    await setReceivedOn(id, receivedOn);
    const deadline = calendar.addWorkingDays(receivedOn, 5).date;

    const [first, second] = await Promise.all([runPreReviewDeadlines(deps), runPreReviewDeadlines(deps)]);
    expect([...first.warned, ...second.warned].filter((w) => w === id)).toHaveLength(1);
    expect((await runPreReviewDeadlines(deps)).warned).not.toContain(id);
    expect((await row(id)).status).toBe('submitted');

    const link = `/workbench/cases/${id}`;
    const inbox = (await clerk.get('/api/notifications?pageSize=100')).json().items.filter((n: { link: string }) => n.link === link);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ template: 'case.pre_review_due', params: { deadline }, title: { 'zh-CN': '预审期限将至' } });
    expect(inbox[0].body['zh-CN']).toContain(deadline);
    // In-app only; and only this case's desk (not another hall's clerk, not the approver, not the applicant).
    expect(await count(`SELECT count(*)::int AS n FROM outbound_messages o JOIN notifications n ON n.id = o.notification_id WHERE n.link = $1`, [link])).toBe(0);
    for (const other of [clerkHs, approver, zhang]) {
      expect((await other.get('/api/notifications?pageSize=100')).json().items.map((n: { link: string }) => n.link)).not.toContain(link);
    }
  });

  it('deems a case once when two runs race (row locks, SKIP LOCKED)', async () => {
    const ids = [await submittedCase(), await submittedCase(), await submittedCase()];
    for (const id of ids) await setReceivedOn(id, '2025-12-01');
    const runs = await Promise.all([runPreReviewDeadlines(deps), runPreReviewDeadlines(deps), runPreReviewDeadlines(deps)]);
    const deemed = runs.flatMap((r) => r.deemed).filter((d) => ids.includes(d));
    expect(deemed.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect((await row(id))).toMatchObject({ status: 'in_review', accepted_on: '2025-12-01' });
      expect(await count(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND action = 'deemed_accepted'`, [id])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM notifications WHERE template = 'case.accepted' AND link = $1`, [`/me/cases/${id}`])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM case_documents WHERE case_id = $1 AND kind = 'acceptance_notice'`, [id])).toBe(1);
    }
  });

  it('leaves a case to the clerk who holds its row, and deems it on the next run if the clerk did not act', async () => {
    const id = await submittedCase();
    await setReceivedOn(id, '2025-12-01');
    // A clerk's transaction holds the row while the job runs.
    const holder = ctx.db.transaction().execute(async (tx) => {
      await tx.selectFrom('cases').select('id').where('id', '=', id).forUpdate().execute();
      const result = await runPreReviewDeadlines(deps);
      expect(result.skipped).toContainEqual({ caseId: id, reason: 'locked_or_changed' });
    });
    await holder;
    expect((await row(id)).status).toBe('submitted');
    expect((await runPreReviewDeadlines(deps)).deemed).toContain(id);
  });
});

describe('the sweep of pending notices', () => {
  it('renders documents left pending by a crash, and leaves fresh ones to the after-commit render', async () => {
    const id = await submittedCase();
    expect((await clerk.post(`/api/cases/${id}/accept`, {})).statusCode).toBe(200);
    await documentsRendered(id);
    const [doc] = (await ctx.sql(`SELECT id FROM case_documents WHERE case_id = $1`, [id])).rows;
    await ctx.sql(`UPDATE case_documents SET status = 'pending', storage_key = NULL, size = NULL, rendered_at = NULL WHERE id = $1`, [doc.id]);
    await sweepCases(deps);
    expect((await ctx.sql(`SELECT status FROM case_documents WHERE id = $1`, [doc.id])).rows[0].status).toBe('pending');

    await ctx.sql(`UPDATE case_documents SET created_at = now() - interval '2 minutes' WHERE id = $1`, [doc.id]);
    expect((await sweepCases(deps)).documents).toBeGreaterThanOrEqual(1);
    const swept = (await ctx.sql(`SELECT status, storage_key, size FROM case_documents WHERE id = $1`, [doc.id])).rows[0];
    expect(swept).toMatchObject({ status: 'ready', storage_key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const pdf = await zhang.get(`/api/cases/${id}/documents/${doc.id}/content`);
    expect([pdf.statusCode, pdf.rawPayload.subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
  });
});

describe('electronic delivery', () => {
  it('is recorded by the system right after conclusion, with the letter rendered and the applicant told', async () => {
    const id = await concludedCase('electronic');
    const saved = await row(id);
    expect(saved.status).toBe('delivered');
    expect(saved.state.delivery).toEqual({ method: 'electronic', deliveredOn: today() });
    const detail = (await zhang.get(`/api/cases/${id}`)).json();
    const actions = detail.events.map((e: { action: string }) => e.action);
    expect(actions.slice(-2)).toEqual(['approved', 'delivered']);
    const letter = (await zhang.get(`/api/cases/${id}/documents`)).json().find((d: { kind: string }) => d.kind === 'decision_letter');
    expect(letter).toMatchObject({ status: 'ready' });
    expect(detail.events.at(-1)).toMatchObject({ actorKind: 'system', details: { method: 'electronic', automatic: true, documents: [letter.id] } });
    expect(await auditActions(ctx, id)).toEqual(expect.arrayContaining(['case.approved', 'case.delivered']));
    const told = (await zhang.get('/api/notifications?pageSize=100')).json().items.filter((n: { template: string; link: string }) => n.template === 'case.delivered_electronically' && n.link === `/me/cases/${id}`);
    expect(told).toHaveLength(1);
    expect(await count(`SELECT count(*)::int AS n FROM outbound_messages WHERE case_id = $1 AND template = 'case.delivered_electronically'`, [id])).toBe(1);
    // A clerk cannot deliver it again; the job run again does nothing.
    expect((await clerk.post(`/api/cases/${id}/deliver`, {})).json().error.code).toBe('CASE_ALREADY_DELIVERED');
    expect(await deliverElectronically(deps, id)).toBe('not_due');
    expect(await count(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND action = 'delivered'`, [id])).toBe(1);
  });

  it('also delivers a denial electronically; window pickup and post wait for the front desk', async () => {
    const denied = await concludedCase('electronic', 'denied');
    expect((await row(denied)).status).toBe('delivered');
    const pickup = await concludedCase('window_pickup');
    const post = await concludedCase('post');
    expect([(await row(pickup)).status, (await row(post)).status]).toEqual(['concluded', 'concluded']);
    expect(await deliverElectronically(deps, pickup)).toBe('not_due');
    expect((await row(pickup)).status).toBe('concluded');
  });

  it('is found by the sweep when the after-commit delivery was lost, and waits for a letter that cannot be rendered yet', async () => {
    // A lost delivery: concluded electronic case that nobody delivered (as after a crash right after the commit).
    const id = await concludedCase('window_pickup');
    await ctx.sql(`UPDATE cases SET delivery_method = 'electronic' WHERE id = $1`, [id]);
    await sweepCases(deps);
    expect((await row(id)).status).toBe('concluded'); // younger than a minute: the job queued after commit has it
    await ctx.sql(`UPDATE cases SET updated_at = now() - interval '2 minutes' WHERE id = $1`, [id]);
    expect((await sweepCases(deps)).deliveries).toBeGreaterThanOrEqual(1);
    expect((await row(id)).status).toBe('delivered');

    // A letter whose render fails stays pending: no delivery without it.
    const waiting = await concludedCase('window_pickup');
    await documentsRendered(waiting);
    await ctx.sql(`UPDATE cases SET delivery_method = 'electronic' WHERE id = $1`, [waiting]);
    await ctx.sql(`UPDATE case_documents SET status = 'pending', storage_key = NULL, size = NULL, data = '{}' WHERE case_id = $1 AND kind = 'decision_letter'`, [waiting]);
    expect(await deliverElectronically(deps, waiting)).toBe('letter_not_ready');
    expect((await row(waiting)).status).toBe('concluded');
  });
});

describe('pg-boss wiring', () => {
  it('schedules the art. 32 job and the sweep, runs both at start-up, and delivers electronically through the queue', async () => {
    const overdue = await submittedCase();
    await setReceivedOn(overdue, '2025-12-01');
    const jobs = await startJobs(ctx.config.databaseUrl!, ctx.db, () => undefined, undefined, deps);
    try {
      const schedules = (await ctx.sql(`SELECT name, cron FROM pgboss.schedule WHERE name LIKE 'cases.%' ORDER BY name`)).rows;
      expect(schedules).toEqual([{ name: 'cases.deem-acceptance', cron: '*/10 * * * *' }, { name: 'cases.sweep', cron: '*/5 * * * *' }]);
      const until = async (done: () => Promise<boolean>) => {
        const deadline = Date.now() + 20_000;
        while (!(await done()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      };
      await until(async () => (await row(overdue)).status === 'in_review');
      expect((await row(overdue)).status).toBe('in_review');

      // With jobs, the conclusion queues the delivery and the worker records it.
      const appWithJobs = await buildApp({ config: ctx.config, db: ctx.db, pii: ctx.pii, jobs, logger: false });
      try {
        const decider = new Client(appWithJobs);
        expect((await decider.loginStaff('approver.scjg')).statusCode).toBe(200);
        const id = await submittedCase('electronic');
        expect((await clerk.post(`/api/cases/${id}/accept`, {})).statusCode).toBe(200);
        expect((await decider.post(`/api/cases/${id}/pass`, { opinion: '同意' })).statusCode).toBe(200);
        expect((await decider.post(`/api/cases/${id}/decide`, { outcome: 'approved', opinion: '准予许可。' })).json().status).toBe('concluded');
        await until(async () => (await row(id)).status === 'delivered');
        expect((await row(id)).status).toBe('delivered');
      } finally {
        await appWithJobs.close();
      }
    } finally {
      await jobs.stop();
    }
  }, 60_000);
});

describe('notifications of the approval stage', () => {
  it('tells the applicant of an extension, a special procedure\'s start and end, and a void — in-app and by SMS', async () => {
    const id = await submittedCase();
    expect((await clerk.post(`/api/cases/${id}/accept`, {})).statusCode).toBe(200);
    const plannedEnd = calendar.addWorkingDays(today(), 3).date;
    expect((await approver.post(`/api/cases/${id}/special-procedure/start`, { procedure: 'site_inspection', reason: '现场核查经营场所', plannedEnd })).statusCode).toBe(200);
    expect((await approver.post(`/api/cases/${id}/special-procedure/end`, {})).statusCode).toBe(200);
    expect((await approver.post(`/api/cases/${id}/extend`, { days: 10, reason: '需组织专家论证' })).statusCode).toBe(200);
    expect((await admin.post(`/api/cases/${id}/void`, { reason: '重复申报' })).statusCode).toBe(200);
    const { case_number: caseNumber, promised_deadline: promisedDate } = await row(id);

    const mine = (await zhang.get('/api/notifications?pageSize=100')).json().items.filter((n: { link: string }) => n.link === `/me/cases/${id}`);
    const byTemplate = Object.fromEntries(mine.map((n: { template: string }) => [n.template, n]));
    expect(Object.keys(byTemplate).sort()).toEqual(['case.accepted', 'case.extended', 'case.resumed', 'case.submitted', 'case.suspended', 'case.voided']);
    expect(byTemplate['case.suspended'].params).toEqual({ caseNumber, itemName: expect.any(String), procedure: '现场核查', plannedEnd });
    expect(byTemplate['case.extended'].params).toMatchObject({ days: '10' });
    expect(byTemplate['case.extended'].body['en-US']).toContain('extended by 10 days');
    expect(byTemplate['case.voided'].title).toEqual({ 'zh-CN': '办件已作废', 'en-US': 'Case voided' });
    // Free-text reasons stay on the case page, not in SMS texts.
    const sms = (await ctx.sql(`SELECT template, params, region_code FROM outbound_messages WHERE case_id = $1 ORDER BY created_at`, [id])).rows;
    expect(sms.map((m) => m.template)).toEqual(['case.submitted', 'case.accepted', 'case.suspended', 'case.resumed', 'case.extended', 'case.voided']);
    expect(JSON.stringify(sms)).not.toContain('专家论证');
    expect(JSON.stringify(sms)).not.toContain('重复申报');
    expect(sms.every((m) => m.region_code === sms[0].region_code)).toBe(true);
    expect(typeof promisedDate).toBe('string');
  });
});
