/**
 * SANDBOX gateways: nothing leaves this machine. They behave like a real SMS gateway and mail relay so the rest of
 * the platform is exercised as in production — a network round trip (latency with jitter), occasional refusals
 * (a configurable failure rate; the delivery job retries with backoff), and a delivery receipt (状态回执) that
 * arrives a few hundred milliseconds after the send — and they record what would have been sent:
 *   - in the outbound_messages row (status, provider message id, receipt), shown at /api/admin/outbound-messages;
 *   - as one JSON line per message in DATA_DIR/outbox/sms.jsonl and email.jsonl (masked recipient, rendered text).
 * A number ending in 0000 is reported undelivered (空号), as a real gateway reports a dead number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { maskPhone } from '@onetrip/core';
import { GatewayError, type DeliveryReportListener, type EmailMessage, type EmailSender, type SendResult, type SmsGateway } from './message-channels.ts';
import { NOTIFICATION_TEMPLATES, renderTemplate } from './notification-templates.ts';

export interface SandboxOptions {
  /** Mean latency of a send; each send takes 0.5–1.5 times this. */
  latencyMs: number;
  /** Share of sends the "provider" refuses, 0–1. */
  failureRate: number;
  /** Delay of the delivery receipt after a successful send. */
  reportDelayMs: number;
  /** Directory for sms.jsonl / email.jsonl; null writes no files. */
  outboxDir: string | null;
  onReport: DeliveryReportListener;
  /** Source of randomness (tests make failures deterministic). */
  random?: () => number;
}

export const SANDBOX_PROVIDER = 'sandbox';
const SMS_SIGNATURE = '【一次办】';

function maskEmail(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** Shared behaviour of both sandbox channels. */
class SandboxCarrier {
  private readonly options: SandboxOptions;
  private readonly random: () => number;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly file: string | null;
  constructor(options: SandboxOptions, fileName: string) {
    this.options = options;
    this.random = options.random ?? Math.random;
    this.file = options.outboxDir === null ? null : path.join(options.outboxDir, fileName);
  }

  async deliver(record: Record<string, unknown>, willBeDelivered: boolean): Promise<SendResult> {
    const latency = this.options.latencyMs * (0.5 + this.random());
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (this.random() < this.options.failureRate) {
      throw new GatewayError('isv.BUSINESS_LIMIT_CONTROL', 'sandbox: simulated refusal by the gateway (flow control)');
    }
    const providerMessageId = `sandbox-${randomUUID()}`;
    if (this.file !== null) {
      await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
      await fs.promises.appendFile(this.file, `${JSON.stringify({ at: new Date().toISOString(), providerMessageId, ...record })}\n`, 'utf8');
    }
    this.scheduleReport(providerMessageId, willBeDelivered, 0);
    return { providerMessageId };
  }

  /** The receipt; retried a few times when our row is not committed yet (real receipts can overtake the send's answer). */
  private scheduleReport(providerMessageId: string, delivered: boolean, attempt: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const report = { provider: SANDBOX_PROVIDER, providerMessageId, status: delivered ? 'delivered' as const : 'undelivered' as const, reportedAt: new Date(), ...(delivered ? {} : { error: 'MOBILE_NUMBER_ILLEGAL' }) };
      this.options.onReport(report).then((matched) => {
        if (!matched && attempt < 5) this.scheduleReport(providerMessageId, delivered, attempt + 1);
      }).catch((error: unknown) => {
        process.stderr.write(`[onetrip] sandbox delivery report ${providerMessageId} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      });
    }, Math.max(this.options.reportDelayMs, attempt === 0 ? 0 : 100));
    timer.unref();
    this.timers.add(timer);
  }

  /** Drops pending receipts (tests, shutdown). */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** SANDBOX SMS gateway: records what would be sent; sends nothing. */
export class SandboxSmsGateway implements SmsGateway {
  readonly provider = SANDBOX_PROVIDER;
  private readonly carrier: SandboxCarrier;
  constructor(options: SandboxOptions) {
    this.carrier = new SandboxCarrier(options, 'sms.jsonl');
  }

  send(to: string, templateCode: string, params: Record<string, string>): Promise<SendResult> {
    const template = Object.values(NOTIFICATION_TEMPLATES).find((t) => t.smsTemplateCode === templateCode);
    if (!template?.sms) return Promise.reject(new GatewayError('isv.SMS_TEMPLATE_ILLEGAL', `sandbox: no approved SMS template ${templateCode}`));
    if (!/^1[3-9]\d{9}$/.test(to)) return Promise.reject(new GatewayError('isv.MOBILE_NUMBER_ILLEGAL', 'sandbox: not a mainland mobile number'));
    const text = SMS_SIGNATURE + renderTemplate(template.sms, params);
    return this.carrier.deliver({ channel: 'sms', to: maskPhone(to), templateCode, params, text }, !to.endsWith('0000'));
  }

  close(): void {
    this.carrier.close();
  }
}

/** SANDBOX e-mail sender: records what would be sent; sends nothing. */
export class SandboxEmailSender implements EmailSender {
  readonly provider = SANDBOX_PROVIDER;
  private readonly carrier: SandboxCarrier;
  constructor(options: SandboxOptions) {
    this.carrier = new SandboxCarrier(options, 'email.jsonl');
  }

  send(to: string, message: EmailMessage): Promise<SendResult> {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) return Promise.reject(new GatewayError('InvalidRecipient', 'sandbox: not an e-mail address'));
    return this.carrier.deliver({ channel: 'email', to: maskEmail(to), templateCode: message.templateCode, subject: message.subject, text: message.text }, true);
  }

  close(): void {
    this.carrier.close();
  }
}

export { maskEmail };
