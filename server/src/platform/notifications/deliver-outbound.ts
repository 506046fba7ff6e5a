/**
 * Delivery of queued SMS/e-mail messages (the pg-boss job), delivery receipts, and the sweep that re-queues messages
 * whose job was lost. Delivery is at least once: a crash after the provider accepted a message but before we stored
 * 'sent' sends it again after the sweep (providers de-duplicate nothing; a rare duplicate SMS is the lesser harm).
 */
import { sql } from 'kysely';
import { maskPersonalDataInText } from '@onetrip/core';
import type { Db } from '../db/database.ts';
import type { PiiCipher } from '../crypto/pii-cipher.ts';
import type { AppConfig } from '../config/config.ts';
import { QUEUES, type JobQueue } from '../jobs/jobs.ts';
import type { DeliveryReport, MessageChannels } from './message-channels.ts';
import { isTemplateKey, NOTIFICATION_TEMPLATES, renderTemplate } from './notification-templates.ts';
import { SandboxEmailSender, SandboxSmsGateway } from './sandbox-channels.ts';

/** Attempts per message: the first and pg-boss's retries (queue retryLimit = this − 1, with exponential backoff). */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** A 'sending' row older than this belongs to a worker that died mid-send. */
const STALE_SENDING_MINUTES = 10;

export interface DeliveryDeps {
  db: Db;
  pii: PiiCipher;
  channels: MessageChannels;
}

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

/**
 * Sends one queued message. 'retry' means the provider failed and the job must fail so that pg-boss retries later;
 * after MAX_DELIVERY_ATTEMPTS the message is 'failed' for good. A message that is not queued (sent, being sent by
 * another worker, failed) is skipped, so duplicate jobs are harmless.
 */
export async function deliverOutboundMessage(deps: DeliveryDeps, messageId: string): Promise<DeliveryOutcome> {
  const message = await deps.db.updateTable('outbound_messages')
    .set({ status: 'sending', attempts: sql<number>`attempts + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', messageId).where('status', '=', 'queued')
    .returningAll().executeTakeFirst();
  if (!message) return 'skipped';
  try {
    if (!isTemplateKey(message.template)) throw new Error(`unknown template ${message.template}`);
    const template = NOTIFICATION_TEMPLATES[message.template];
    const to = deps.pii.decrypt(message.recipient_enc);
    const result = message.channel === 'sms'
      ? await deps.channels.sms.send(to, message.template_code, message.params)
      : await deps.channels.email.send(to, {
        templateCode: message.template_code, params: message.params,
        subject: renderTemplate(template.email?.subject ?? template.title.zh, message.params),
        text: renderTemplate(template.email?.text ?? template.body.zh, message.params),
      });
    await deps.db.updateTable('outbound_messages')
      .set({ status: 'sent', provider_message_id: result.providerMessageId, sent_at: sql<Date>`now()`, last_error: null, updated_at: sql<Date>`now()` })
      .where('id', '=', message.id).execute();
    return 'sent';
  } catch (error) {
    const code = typeof (error as { code?: unknown }).code === 'string' ? `${(error as { code: string }).code}: ` : '';
    const text = maskPersonalDataInText(`${code}${error instanceof Error ? error.message : String(error)}`).slice(0, 1000);
    const final = message.attempts >= MAX_DELIVERY_ATTEMPTS;
    await deps.db.updateTable('outbound_messages')
      .set({ status: final ? 'failed' : 'queued', last_error: text, updated_at: sql<Date>`now()` })
      .where('id', '=', message.id).execute();
    return final ? 'failed' : 'retry';
  }
}

/** Stores a provider's delivery receipt; false when no message has that provider id (yet). */
export async function recordDeliveryReport(db: Db, report: DeliveryReport): Promise<boolean> {
  const updated = await db.updateTable('outbound_messages')
    .set({ delivery_status: report.status, delivery_reported_at: report.reportedAt, updated_at: sql<Date>`now()`, ...(report.error ? { last_error: maskPersonalDataInText(report.error).slice(0, 1000) } : {}) })
    .where('provider', '=', report.provider).where('provider_message_id', '=', report.providerMessageId)
    .returning('id').executeTakeFirst();
  return updated !== undefined;
}

/**
 * Finds messages whose delivery job was lost and queues them again: a worker that died mid-send (stale 'sending'),
 * a message never attempted a minute after it was queued (written by a process without jobs, or its job
 * expired or was deleted unworked), and a failed attempt whose retry has not come within 15 minutes.
 */
export async function sweepOutboundMessages(db: Db, jobs: JobQueue): Promise<number> {
  await db.updateTable('outbound_messages').set({ status: 'queued', updated_at: sql<Date>`now()` })
    .where('status', '=', 'sending').where('updated_at', '<', sql<Date>`now() - make_interval(mins => ${STALE_SENDING_MINUTES})`).execute();
  const stuck = await db.selectFrom('outbound_messages').select('id')
    .where('status', '=', 'queued')
    .where((eb) => eb.or([
      eb.and([eb('attempts', '=', 0), eb('updated_at', '<', sql<Date>`now() - interval '1 minute'`)]),
      eb('updated_at', '<', sql<Date>`now() - interval '15 minutes'`),
    ]))
    .orderBy('created_at').limit(1000).execute();
  for (const { id } of stuck) await jobs.send(QUEUES.deliverOutbound, { messageId: id });
  return stuck.length;
}

export interface ClosableChannels extends MessageChannels {
  close: () => void;
}

/** The gateways SMS_PROVIDER / EMAIL_PROVIDER name, with their receipts stored in this database. */
export function createMessageChannels(config: Pick<AppConfig, 'smsProvider' | 'emailProvider' | 'dataDir' | 'sandboxLatencyMs' | 'sandboxFailureRate' | 'sandboxReportDelayMs'>, db: Db, options: { random?: () => number } = {}): ClosableChannels {
  const sandbox = {
    latencyMs: config.sandboxLatencyMs, failureRate: config.sandboxFailureRate, reportDelayMs: config.sandboxReportDelayMs,
    outboxDir: `${config.dataDir}/outbox`, onReport: (report: DeliveryReport) => recordDeliveryReport(db, report),
    ...(options.random ? { random: options.random } : {}),
  };
  // One branch per provider; a real gateway adds its name to AppConfig and a case here (see docs/ARCHITECTURE.md).
  const sms = config.smsProvider === 'sandbox' ? new SandboxSmsGateway(sandbox) : assertNever(config.smsProvider);
  const email = config.emailProvider === 'sandbox' ? new SandboxEmailSender(sandbox) : assertNever(config.emailProvider);
  return { sms, email, close: () => { sms.close(); email.close(); } };
}

function assertNever(value: never): never {
  throw new Error(`unknown message provider ${String(value)}`);
}
