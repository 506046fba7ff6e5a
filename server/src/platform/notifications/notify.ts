/**
 * notify(): the one call a use-case makes to tell someone about an event. In the caller's transaction it writes the
 * in-app notification, the SMS (and e-mail) messages and their delivery jobs, so a rolled-back change tells nobody
 * anything and a committed one cannot lose its messages: the delivery workers see the jobs when the change commits.
 * Without background jobs in this process (JOBS_ENABLED=false) the messages wait in the table for the sweep of a
 * process that runs them; the sweep also re-queues a message whose job ended without sending it.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';
import type { PiiCipher } from '../crypto/pii-cipher.ts';
import type { AppConfig } from '../config/config.ts';
import { QUEUES, type JobQueue } from '../jobs/jobs.ts';
import { checkTemplateParams, NOTIFICATION_TEMPLATES, renderTemplate, type TemplateKey, type TemplateParams } from './notification-templates.ts';
import { maskEmail } from './sandbox-channels.ts';

export interface NotificationRecipient {
  kind: 'applicant' | 'staff';
  id: string;
  /** An e-mail address given for this case (accounts have none); the message then also goes by e-mail. */
  email?: string | null;
}

export interface NotifyInput<K extends TemplateKey> {
  recipient: NotificationRecipient;
  template: K;
  params: TemplateParams<K>;
  /** Where the notification leads in the web app, e.g. /me/cases/…; a path on this site. */
  link?: string | null;
  /**
   * The case the notification is about: its SMS/e-mail rows carry the case's region and department, which scope the
   * administrators' outbox list. Without it a staff recipient's own placement is used, and an applicant's message
   * has no region (system administrators only).
   */
  about?: NotificationSubject | null;
  /** An applicant recipient's phone columns as stored, read by the caller in this transaction (saves a select). */
  contact?: { phone_enc: string | null; phone_masked: string | null } | undefined;
}

export interface NotificationSubject {
  caseId: string | null;
  regionCode: string;
  departmentId: string | null;
}

export interface Notified {
  notificationId: string;
  outboundMessageIds: string[];
}

export type NotifyDeps = { pii: PiiCipher; config: Pick<AppConfig, 'smsProvider' | 'emailProvider'>; jobs?: JobQueue | undefined };

/** Writes the in-app notification, its SMS/e-mail messages and their delivery jobs, in the caller's transaction. */
export async function notify<K extends TemplateKey>(deps: NotifyDeps, tx: Tx, input: NotifyInput<K>): Promise<Notified> {
  const template = NOTIFICATION_TEMPLATES[input.template];
  const params = checkTemplateParams(input.template, input.params);
  if (input.link != null && !/^\/[^\s]{0,499}$/.test(input.link)) throw new Error(`notification link must be a path on this site: ${input.link}`);
  const { recipient } = input;
  // An applicant's phone the caller read in this transaction (with the case) saves the select.
  const phone = recipient.kind === 'applicant' && input.contact
    ? { phone_enc: input.contact.phone_enc, phone_masked: input.contact.phone_masked, region_code: null, department_id: null }
    : recipient.kind === 'applicant'
    ? await tx.selectFrom('applicants').select(['phone_enc', 'phone_masked', sql<null>`null`.as('region_code'), sql<null>`null`.as('department_id')]).where('id', '=', recipient.id).executeTakeFirst()
    : await tx.selectFrom('staff_users').select(['phone_enc', 'phone_masked', 'region_code', 'department_id']).where('id', '=', recipient.id).executeTakeFirst();
  if (!phone) throw new Error(`notification recipient ${recipient.kind} ${recipient.id} does not exist`);
  const about = input.about ?? { caseId: null, regionCode: phone.region_code, departmentId: phone.department_id };

  // The id is made here (v4, like the column's default) so that the notification and its messages are written by
  // one statement (a data-modifying WITH; the messages' foreign key is checked at the statement's end).
  const notification = { id: randomUUID() };
  const notificationValues = {
    id: notification.id, recipient_kind: recipient.kind, recipient_id: recipient.id, template: input.template, params: JSON.stringify(params),
    title_zh: renderTemplate(template.title.zh, params), title_en: renderTemplate(template.title.en, params),
    body_zh: renderTemplate(template.body.zh, params), body_en: renderTemplate(template.body.en, params),
    link: input.link ?? null,
  };

  const messages = [];
  // The phone is copied as stored (SM4 ciphertext): it is decrypted only by the delivery job, right before sending.
  if (template.sms !== null && phone.phone_enc !== null && phone.phone_masked !== null) {
    messages.push({ channel: 'sms' as const, provider: deps.config.smsProvider, recipient_enc: phone.phone_enc, recipient_masked: phone.phone_masked });
  }
  const email = recipient.email?.trim();
  if (template.email !== null && email) {
    messages.push({ channel: 'email' as const, provider: deps.config.emailProvider, recipient_enc: deps.pii.encrypt(email), recipient_masked: maskEmail(email) });
  }
  let outbound: { id: string }[] = [];
  if (messages.length === 0) await tx.insertInto('notifications').values(notificationValues).execute();
  else {
    outbound = await tx.with('n', (qb) => qb.insertInto('notifications').values(notificationValues)).insertInto('outbound_messages')
      .values(messages.map((m) => ({
        ...m, notification_id: notification.id, template: input.template, template_code: template.smsTemplateCode ?? input.template, params: JSON.stringify(params),
        case_id: about.caseId, region_code: about.regionCode, department_id: about.departmentId,
      })))
      .returning('id').execute();
    for (const { id } of outbound) await deps.jobs?.send(QUEUES.deliverOutbound, { messageId: id }, tx);
  }
  return { notificationId: notification.id, outboundMessageIds: outbound.map((o) => o.id) };
}
