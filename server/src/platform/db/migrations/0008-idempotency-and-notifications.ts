import { sql, type Kysely } from 'kysely';

/**
 * Idempotency keys (a retried request answers what the first one answered, and never changes state twice) and
 * notifications: the in-app inbox of applicants and staff, and the outbox of SMS/email messages that a background
 * job hands to the gateway. See platform/http/idempotency.ts and platform/notifications/.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE idempotency_keys (
      principal_kind text NOT NULL CHECK (principal_kind IN ('staff','applicant')),
      principal_id uuid NOT NULL,
      key text NOT NULL CHECK (key ~ '^[A-Za-z0-9_-]{8,100}$'),
      -- method and route template, e.g. 'POST /api/cases'
      route text NOT NULL CHECK (length(route) BETWEEN 1 AND 300),
      -- SHA-256 (hex) of method, route and the canonical JSON of params and body
      request_hash text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
      -- 'in_progress' is only ever visible inside the transaction that claimed the key (see idempotency.ts)
      status text NOT NULL CHECK (status IN ('in_progress','completed')),
      response_status integer CHECK (response_status IS NULL OR response_status BETWEEN 100 AND 599),
      response_body jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (principal_kind, principal_id, key, route),
      CHECK (status = 'in_progress' OR response_status IS NOT NULL)
    );
    CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at);

    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- principal kind and id (applicants.id or staff_users.id), exactly as sessions name them
      recipient_kind text NOT NULL CHECK (recipient_kind IN ('staff','applicant')),
      recipient_id uuid NOT NULL,
      -- template key, e.g. 'case.accepted'; params never hold unmasked personal data
      template text NOT NULL CHECK (length(template) BETWEEN 1 AND 100),
      params jsonb NOT NULL DEFAULT '{}',
      -- rendered when written, so a later change of wording does not rewrite what people were told
      title_zh text NOT NULL, title_en text NOT NULL,
      body_zh text NOT NULL, body_en text NOT NULL,
      link text CHECK (link IS NULL OR (link LIKE '/%' AND length(link) <= 500)),
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX notifications_recipient_idx ON notifications (recipient_kind, recipient_id, created_at DESC, id DESC);
    CREATE INDEX notifications_unread_idx ON notifications (recipient_kind, recipient_id) WHERE read_at IS NULL;

    CREATE TABLE outbound_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      notification_id uuid REFERENCES notifications(id) ON DELETE SET NULL,
      channel text NOT NULL CHECK (channel IN ('sms','email')),
      -- the gateway that was configured when the message was queued ('sandbox' or a real provider's name)
      provider text NOT NULL,
      -- SM4-GCM ciphertext of the phone number or e-mail address (platform/crypto/pii-cipher.ts)
      recipient_enc text NOT NULL,
      recipient_masked text NOT NULL,
      template text NOT NULL,
      -- the provider's template code, e.g. SMS_CASE_ACCEPTED
      template_code text NOT NULL,
      params jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','sending','sent','failed')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      provider_message_id text,
      last_error text,
      -- the gateway's delivery report (回执), which arrives after 'sent'
      delivery_status text CHECK (delivery_status IS NULL OR delivery_status IN ('delivered','undelivered')),
      delivery_reported_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      CHECK (status <> 'sent' OR provider_message_id IS NOT NULL)
    );
    CREATE INDEX outbound_messages_created_idx ON outbound_messages (created_at DESC, id DESC);
    CREATE INDEX outbound_messages_pending_idx ON outbound_messages (status, updated_at) WHERE status IN ('queued','sending');
    CREATE UNIQUE INDEX outbound_messages_provider_id_idx ON outbound_messages (provider, provider_message_id) WHERE provider_message_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE outbound_messages; DROP TABLE notifications; DROP TABLE idempotency_keys`.execute(db);
}
