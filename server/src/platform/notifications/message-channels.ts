/**
 * The outside parties that carry messages: an SMS gateway and an e-mail sender. The platform talks to them only
 * through these interfaces; `SMS_PROVIDER` / `EMAIL_PROVIDER` choose the implementation (only the sandbox exists
 * so far; see docs/ARCHITECTURE.md, "Notifications", for how a real gateway plugs in).
 */
export interface SendResult {
  /** The provider's id of the accepted message (Aliyun BizId, Tencent SerialNo, SMTP Message-ID). */
  providerMessageId: string;
}

/** A delivery receipt (状态回执) reported by the provider some time after it accepted a message. */
export interface DeliveryReport {
  provider: string;
  providerMessageId: string;
  status: 'delivered' | 'undelivered';
  reportedAt: Date;
  /** The provider's error code for an undelivered message. */
  error?: string;
}

/** Called by a gateway for every receipt; answers false when no message has that id (yet). */
export type DeliveryReportListener = (report: DeliveryReport) => Promise<boolean>;

export interface SmsGateway {
  /** Stored with every message, so receipts are matched to the provider that sent it. */
  readonly provider: string;
  /** Sends a registered template; throws when the provider refuses or cannot be reached (the job retries). */
  send(to: string, templateCode: string, params: Record<string, string>): Promise<SendResult>;
}

export interface EmailMessage {
  templateCode: string;
  params: Record<string, string>;
  subject: string;
  text: string;
}

export interface EmailSender {
  readonly provider: string;
  send(to: string, message: EmailMessage): Promise<SendResult>;
}

export interface MessageChannels {
  sms: SmsGateway;
  email: EmailSender;
}

/** Thrown by a gateway when the provider refused or failed; `code` is the provider's error code. */
export class GatewayError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'GatewayError';
    this.code = code;
  }
}
