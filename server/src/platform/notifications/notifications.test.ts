import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { buildApp } from '../../app.ts';
import { startJobs, QUEUES, type QueueName } from '../jobs/jobs.ts';
import { createMessageChannels, deliverOutboundMessage, MAX_DELIVERY_ATTEMPTS, sweepOutboundMessages, type ClosableChannels, type DeliveryDeps } from './deliver-outbound.ts';
import { notify, type NotificationRecipient, type NotificationSubject } from './notify.ts';
import { checkTemplateParams, NOTIFICATION_TEMPLATES, renderTemplate, type NotificationTemplate } from './notification-templates.ts';

let ctx: TestContext;
let channels: ClosableChannels;
let delivery: DeliveryDeps;
/** The sandbox refuses every send while this is true (its failure check draws 0 < rate). */
let gatewayDown = false;
let alice: NotificationRecipient;
let bob: NotificationRecipient;
let clerk: NotificationRecipient;

beforeAll(async () => {
  ctx = await createTestContext();
  channels = createMessageChannels({ ...ctx.config, sandboxFailureRate: 0.5 }, ctx.db, { random: () => (gatewayDown ? 0 : 0.99) });
  delivery = { db: ctx.db, pii: ctx.pii, channels };
  const applicantByPhone = async (phone: string) => ({ kind: 'applicant' as const, id: (await ctx.db.selectFrom('applicants').select('id').where('phone_hash', '=', ctx.pii.blindIndex(phone)).executeTakeFirstOrThrow()).id });
  alice = await applicantByPhone('13904760001');
  bob = await applicantByPhone('13904760002');
  clerk = { kind: 'staff', id: (await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'clerk').executeTakeFirstOrThrow()).id };
});
afterAll(async () => {
  channels.close();
  await ctx.close();
});

const accepted = (caseNumber: string) => ({ caseNumber, itemName: '食品经营许可', promisedDate: '2026-12-08' });

async function notifyCommitted(recipient: NotificationRecipient, caseNumber: string, extra: { email?: string; about?: NotificationSubject } = {}) {
  const { about, ...more } = extra;
  return ctx.db.transaction().execute((tx) => notify(ctx, tx, { recipient: { ...recipient, ...more }, template: 'case.accepted', params: accepted(caseNumber), link: `/me/cases/${caseNumber}`, about: about ?? null }));
}

const messagesOf = (notificationId: string) => ctx.db.selectFrom('outbound_messages').selectAll().where('notification_id', '=', notificationId).orderBy('channel', 'desc').execute();

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function applicantClient(phone: string): Promise<Client> {
  const client = new Client(ctx.app);
  expect((await client.loginApplicant(phone)).statusCode).toBe(200);
  return client;
}

describe('notify', () => {
  it('writes nothing and sends nothing when the caller\'s transaction rolls back', async () => {
    const before = Number((await ctx.sql('SELECT (SELECT count(*) FROM notifications) + (SELECT count(*) FROM outbound_messages) AS n')).rows[0].n);
    await expect(ctx.db.transaction().execute(async (tx) => {
      await notify(ctx, tx, { recipient: alice, template: 'case.accepted', params: accepted('ROLLBACK-1') });
      throw new Error('the case change failed');
    })).rejects.toThrow('the case change failed');
    expect(Number((await ctx.sql('SELECT (SELECT count(*) FROM notifications) + (SELECT count(*) FROM outbound_messages) AS n')).rows[0].n)).toBe(before);
    const outbox = path.join(ctx.config.dataDir, 'outbox', 'sms.jsonl');
    expect(fs.existsSync(outbox) ? fs.readFileSync(outbox, 'utf8') : '').not.toContain('ROLLBACK-1');
  });

  it('queues an SMS in the same transaction; the delivery job sends it through the sandbox, which records it and reports delivery', async () => {
    const notified = await notifyCommitted(alice, 'CASE-0001');
    const [queued] = await messagesOf(notified.notificationId);
    expect(queued).toMatchObject({ channel: 'sms', provider: 'sandbox', status: 'queued', attempts: 0, recipient_masked: '139****0001', template_code: 'SMS_CASE_ACCEPTED', params: accepted('CASE-0001') });
    // At rest the phone is ciphertext that decrypts to the applicant's phone.
    expect(queued!.recipient_enc).not.toContain('13904760001');
    expect(ctx.pii.decrypt(queued!.recipient_enc)).toBe('13904760001');

    expect(await deliverOutboundMessage(delivery, queued!.id)).toBe('sent');
    const reported = await until(async () => (await messagesOf(notified.notificationId))[0]!, (m) => m.delivery_status !== null);
    expect(reported).toMatchObject({ status: 'sent', attempts: 1, delivery_status: 'delivered', last_error: null });
    expect(reported.provider_message_id).toMatch(/^sandbox-/);
    // Running the job again (a duplicate) sends nothing more.
    expect(await deliverOutboundMessage(delivery, queued!.id)).toBe('skipped');

    const lines = fs.readFileSync(path.join(ctx.config.dataDir, 'outbox', 'sms.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = lines.find((l) => l['providerMessageId'] === reported.provider_message_id);
    expect(line).toMatchObject({ channel: 'sms', to: '139****0001', templateCode: 'SMS_CASE_ACCEPTED', text: '【一次办】您申请的“食品经营许可”已受理，办件编号CASE-0001，承诺办结日期2026-12-08，可登录一次办查看进度。' });
    expect(JSON.stringify(lines)).not.toContain('13904760001');
  });

  it('retries a refused send and sends it on a later attempt; gives up after the last attempt', async () => {
    const { notificationId } = await notifyCommitted(alice, 'CASE-RETRY');
    const [message] = await messagesOf(notificationId);
    gatewayDown = true;
    try {
      expect(await deliverOutboundMessage(delivery, message!.id)).toBe('retry');
      expect((await messagesOf(notificationId))[0]).toMatchObject({ status: 'queued', attempts: 1, provider_message_id: null });
      expect((await messagesOf(notificationId))[0]!.last_error).toMatch(/isv.BUSINESS_LIMIT_CONTROL: sandbox: simulated refusal/);
    } finally {
      gatewayDown = false;
    }
    expect(await deliverOutboundMessage(delivery, message!.id)).toBe('sent');
    expect((await messagesOf(notificationId))[0]).toMatchObject({ status: 'sent', attempts: 2, last_error: null });

    const other = (await messagesOf((await notifyCommitted(alice, 'CASE-GIVE-UP')).notificationId))[0]!;
    await ctx.sql('UPDATE outbound_messages SET attempts = $2 WHERE id = $1', [other.id, MAX_DELIVERY_ATTEMPTS - 1]);
    gatewayDown = true;
    try {
      expect(await deliverOutboundMessage(delivery, other.id)).toBe('failed');
    } finally {
      gatewayDown = false;
    }
    expect(await ctx.db.selectFrom('outbound_messages').select(['status', 'attempts']).where('id', '=', other.id).executeTakeFirst()).toEqual({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS });
    expect(await deliverOutboundMessage(delivery, other.id)).toBe('skipped');
  });

  it('also sends by e-mail when the case gives an address, masked in the list', async () => {
    const { notificationId } = await notifyCommitted(bob, 'CASE-MAIL', { email: 'li.na@example.com' });
    const messages = await messagesOf(notificationId);
    expect(messages.map((m) => [m.channel, m.recipient_masked])).toEqual([['sms', '139****0002'], ['email', 'l***@example.com']]);
    for (const m of messages) expect(await deliverOutboundMessage(delivery, m.id)).toBe('sent');
    const mail = fs.readFileSync(path.join(ctx.config.dataDir, 'outbox', 'email.jsonl'), 'utf8');
    expect(mail).toContain('办件已受理：CASE-MAIL');
    expect(mail).not.toContain('li.na@example.com');
  });

  it('refuses params that are not the template\'s or that carry personal data', async () => {
    await expect(ctx.db.transaction().execute((tx) => notify(ctx, tx, { recipient: alice, template: 'case.accepted', params: { ...accepted('X'), itemName: '联系人 13904760001' } })))
      .rejects.toThrow(/personal data/);
    expect(() => checkTemplateParams('case.concluded', { caseNumber: 'A', itemName: 'B' })).toThrow(/missing or empty params \[result\]/);
    expect(() => checkTemplateParams('case.concluded', { caseNumber: 'A', itemName: 'B', result: 'C', name: '张伟' })).toThrow(/unknown params \[name\]/);
  });

  it('has Chinese SMS texts for every applicant-facing event, every placeholder a declared param', () => {
    for (const [key, t] of Object.entries(NOTIFICATION_TEMPLATES)) {
      const template: NotificationTemplate = t;
      const params = Object.fromEntries(template.params.map((p) => [p, `<${p}>`]));
      for (const text of [template.sms, template.title.zh, template.title.en, template.body.zh, template.body.en, template.email?.subject, template.email?.text]) {
        if (text == null) continue;
        expect(renderTemplate(text, params), `${key}: ${text}`).not.toMatch(/\$\{/);
      }
      for (const p of template.params) expect(template.body.zh, `${key} body mentions ${p}`).toContain(`\${${p}}`);
      if (template.sms === null) {
        expect([template.email, template.smsTemplateCode], `${key} is in-app only`).toEqual([null, null]);
        continue;
      }
      expect(template.smsTemplateCode, key).toMatch(/^SMS_[A-Z_]+$/);
      // A long SMS is billed per 67-character segment: with a 40-character case number and a 20-character item name
      // and the signature, every text fits in two.
      const realistic = Object.fromEntries(template.params.map((p) => [p, p === 'caseNumber' ? 'C'.repeat(40) : p === 'itemName' ? '事'.repeat(20) : '2026-12-08']));
      expect(('【一次办】' + renderTemplate(template.sms, realistic)).length, key).toBeLessThanOrEqual(134);
    }
    expect(Object.keys(NOTIFICATION_TEMPLATES)).toEqual([
      'case.submitted', 'case.accepted', 'case.correction_requested', 'case.rejected', 'case.concluded',
      'case.extended', 'case.voided', 'case.suspended', 'case.resumed', 'case.delivered_electronically', 'licence.issued', 'licence.status_changed', 'case.pre_review_due',
    ]);
  });

  it('writes an in-app-only notification without any SMS or e-mail', async () => {
    const approver = (await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'approver.zrzy').executeTakeFirstOrThrow()).id;
    const notified = await ctx.db.transaction().execute((tx) => notify(ctx, tx, {
      recipient: { kind: 'staff', id: approver, email: 'approver@example.com' }, template: 'case.pre_review_due', params: { caseNumber: 'DUE-1', itemName: '食品经营许可', deadline: '2026-12-08' },
    }));
    expect(notified.outboundMessageIds).toEqual([]);
    expect(await messagesOf(notified.notificationId)).toEqual([]);
  });

  it('re-queues messages whose delivery job was lost', async () => {
    const { notificationId } = await notifyCommitted(alice, 'CASE-SWEEP');
    const [message] = await messagesOf(notificationId);
    const sent: { queue: QueueName; data: Record<string, unknown> }[] = [];
    const jobs = { send: (queue: QueueName, data: Record<string, unknown>) => { sent.push({ queue, data }); return Promise.resolve(); } };
    await sweepOutboundMessages(ctx.db, jobs);
    expect(sent.map((s) => s.data['messageId'])).not.toContain(message!.id);
    await ctx.sql(`UPDATE outbound_messages SET updated_at = now() - interval '2 minutes' WHERE id = $1`, [message!.id]);
    await sweepOutboundMessages(ctx.db, jobs);
    expect(sent).toContainEqual({ queue: QUEUES.deliverOutbound, data: { messageId: message!.id } });
  });

  it('queues the delivery job in the caller\'s transaction: delivered after commit, no job for a rolled-back change', async () => {
    const jobs = await startJobs(ctx.config.databaseUrl!, ctx.db, () => undefined, delivery);
    const deps = { ...ctx, jobs };
    const queued = async () => Number((await ctx.sql('SELECT count(*) AS n FROM pgboss.job WHERE name = $1', [QUEUES.deliverOutbound])).rows[0].n);
    try {
      const before = await queued();
      await expect(ctx.db.transaction().execute(async (tx) => {
        await notify(deps, tx, { recipient: alice, template: 'case.accepted', params: accepted('CASE-JOB-ROLLBACK') });
        expect(await queued()).toBe(before); // not visible to others (the workers) before commit
        throw new Error('the case change failed');
      })).rejects.toThrow('the case change failed');
      expect(await queued()).toBe(before);

      const notified = await ctx.db.transaction().execute((tx) => notify(deps, tx, { recipient: alice, template: 'case.accepted', params: accepted('CASE-JOB') }));
      expect(notified.outboundMessageIds).toHaveLength(1);
      expect(await queued()).toBe(before + 1);
      const done = await until(async () => (await messagesOf(notified.notificationId))[0]!, (m) => m.delivery_status !== null, 20_000);
      expect(done).toMatchObject({ status: 'sent', delivery_status: 'delivered' });
    } finally {
      await jobs.stop();
    }
  });
});

describe('inbox API', () => {
  it('lists my notifications with my unread count, marks one or all read', async () => {
    const client = await applicantClient('13904760003');
    const me = await ctx.db.selectFrom('applicants').select('id').where('phone_hash', '=', ctx.pii.blindIndex('13904760003')).executeTakeFirstOrThrow();
    const wang: NotificationRecipient = { kind: 'applicant', id: me.id };
    await notifyCommitted(wang, 'W-1');
    await ctx.db.transaction().execute((tx) => notify(ctx, tx, { recipient: wang, template: 'case.correction_requested', params: { caseNumber: 'W-2', itemName: '建筑工程施工许可' } }));
    await ctx.db.transaction().execute((tx) => notify(ctx, tx, { recipient: wang, template: 'case.concluded', params: { caseNumber: 'W-1', itemName: '食品经营许可', result: '准予许可' } }));

    const list = (await client.get('/api/notifications?pageSize=2')).json();
    expect(list).toMatchObject({ total: 3, page: 1, pageSize: 2, unreadCount: 3 });
    expect(list.items[0]).toMatchObject({ template: 'case.concluded', title: { 'zh-CN': '办件已办结', 'en-US': 'Case concluded' }, readAt: null, link: null });
    expect(list.items[0].body['zh-CN']).toBe('您申请的“食品经营许可”（办件编号 W-1）已办结，结果：准予许可。');
    expect(list.items[1].template).toBe('case.correction_requested');

    const read = await client.post(`/api/notifications/${list.items[0].id}/read`);
    expect(read.json()).toEqual({ unreadCount: 2 });
    expect((await client.post(`/api/notifications/${list.items[0].id}/read`)).json()).toEqual({ unreadCount: 2 });
    const unread = (await client.get('/api/notifications?unreadOnly=true')).json();
    expect(unread.items.map((n: { template: string }) => n.template)).toEqual(['case.correction_requested', 'case.accepted']);
    expect(unread.items[1].link).toBe('/me/cases/W-1');
    expect((await client.post('/api/notifications/read-all')).json()).toEqual({ unreadCount: 0 });
    expect((await client.get('/api/notifications')).json().unreadCount).toBe(0);
  });

  it('shows staff their own notifications too', async () => {
    await notifyCommitted(clerk, 'STAFF-1');
    const client = await staffClient(ctx, 'clerk');
    const list = (await client.get('/api/notifications')).json();
    expect(list.items.map((n: { params: { caseNumber: string } }) => n.params.caseNumber)).toEqual(['STAFF-1']);
    expect((await (await staffClient(ctx, 'center')).get('/api/notifications')).json().total).toBe(0);
  });

  it('never shows or marks someone else\'s notifications (attacker: another applicant, a staff user)', async () => {
    const { notificationId } = await notifyCommitted(alice, 'PRIVATE-1');
    const attacker = await applicantClient('13904760002');
    const seen = (await attacker.get('/api/notifications?pageSize=100')).json();
    expect(seen.items.map((n: { id: string }) => n.id)).not.toContain(notificationId);
    const steal = await attacker.post(`/api/notifications/${notificationId}/read`);
    expect([steal.statusCode, steal.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const staff = await staffClient(ctx, 'admin');
    expect((await staff.post(`/api/notifications/${notificationId}/read`)).statusCode).toBe(404);
    await attacker.post('/api/notifications/read-all');
    await staff.post('/api/notifications/read-all');
    expect(await ctx.db.selectFrom('notifications').select('read_at').where('id', '=', notificationId).executeTakeFirst()).toEqual({ read_at: null });

    const anonymous = new Client(ctx.app);
    expect((await anonymous.get('/api/notifications')).json().error.code).toBe('AUTH_REQUIRED');
    expect((await anonymous.post('/api/notifications/read-all')).statusCode).toBe(401);
  });
});

describe('outbound messages for administrators', () => {
  it('lists what was sent with masked recipients, for sysadmins and centre administrators only', async () => {
    await notifyCommitted(alice, 'ADMIN-VIEW', { about: { caseId: null, regionCode: '150400000000', departmentId: null } });
    for (const username of ['admin', 'center']) {
      const res = await (await staffClient(ctx, username)).get('/api/admin/outbound-messages?channel=sms&pageSize=100');
      expect(res.statusCode, username).toBe(200);
      const item = res.json().items.find((m: { params: { caseNumber: string } }) => m.params.caseNumber === 'ADMIN-VIEW');
      expect(item).toMatchObject({ channel: 'sms', provider: 'sandbox', recipient: '139****0001', status: 'queued', templateCode: 'SMS_CASE_ACCEPTED' });
      expect(item.text).toContain('办件编号ADMIN-VIEW');
      expect(res.body).not.toMatch(/1390476000\d/);
      expect(res.body).not.toContain('v1:');
    }
    const sent = (await (await staffClient(ctx, 'admin')).get('/api/admin/outbound-messages?status=sent')).json();
    expect(sent.items.length).toBeGreaterThan(0);
    expect(sent.items.every((m: { status: string }) => m.status === 'sent')).toBe(true);

    for (const username of ['clerk', 'supervisor', 'items.scjg']) {
      const res = await (await staffClient(ctx, username)).get('/api/admin/outbound-messages');
      expect([res.statusCode, res.json().error.code], username).toEqual([403, 'FORBIDDEN']);
    }
    expect((await (await applicantClient('13904760001')).get('/api/admin/outbound-messages')).statusCode).toBe(403);
    expect((await new Client(ctx.app).get('/api/admin/outbound-messages')).statusCode).toBe(401);
  });

  it('is part of the OpenAPI document', async () => {
    const app = await buildApp({ config: ctx.config, db: ctx.db, pii: ctx.pii, logger: false });
    try {
      const paths = Object.keys((await app.inject('/api/openapi.json')).json().paths as object);
      expect(paths).toEqual(expect.arrayContaining(['/api/notifications', '/api/notifications/{id}/read', '/api/notifications/read-all', '/api/admin/outbound-messages']));
    } finally {
      await app.close();
    }
  });
});
