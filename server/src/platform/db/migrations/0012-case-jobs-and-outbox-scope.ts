import { sql, type Kysely } from 'kysely';

/**
 * Background jobs of the case lifecycle and the region of outbound messages.
 *
 * - `case_deadline_warnings`: one row per warning given (today: the art. 32 pre-review deadline is near), keyed by the
 *   receipt it is about, so that a repeated or concurrent run of the job warns once (`INSERT … ON CONFLICT DO
 *   NOTHING` decides who notifies); a resubmission is a new receipt and gets its own warning.
 * - Partial indexes for the sweeps: submitted cases by receipt (art. 32) and concluded cases to deliver electronically.
 * - `outbound_messages` carries the case, region and department it is about, so that the administrators' list is
 *   scoped to their region subtree. Existing rows are backfilled from the notification's link to a case, or else from
 *   the staff recipient's own placement; a message about no case and to no staff member keeps a null region (only
 *   system administrators see those).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_deadline_warnings (
      case_id uuid NOT NULL REFERENCES cases(id),
      kind text NOT NULL CHECK (kind IN ('pre_review')),
      -- the receipt (cases.received_on) the warning is about
      due_for date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, kind, due_for)
    );

    CREATE INDEX cases_submitted_received_idx ON cases (received_on) WHERE status = 'submitted';
    CREATE INDEX cases_electronic_delivery_idx ON cases (updated_at) WHERE status = 'concluded' AND delivery_method = 'electronic';

    ALTER TABLE outbound_messages ADD COLUMN case_id uuid REFERENCES cases(id);
    ALTER TABLE outbound_messages ADD COLUMN region_code char(12) REFERENCES regions(code);
    ALTER TABLE outbound_messages ADD COLUMN department_id uuid REFERENCES departments(id);
    CREATE INDEX outbound_messages_region_idx ON outbound_messages (region_code bpchar_pattern_ops, created_at DESC);
  `.execute(db);
  await backfillOutboundScope(db);
}

/** Gives messages without a region the one of their case (from the notification's link) or of their staff recipient. */
export async function backfillOutboundScope(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE outbound_messages o SET case_id = c.id, region_code = c.region_code, department_id = c.department_id
      FROM notifications n, cases c
      WHERE o.notification_id = n.id AND o.region_code IS NULL
        AND n.link ~ '^/(me|workbench)/cases/[0-9a-f-]{36}$'
        AND c.id::text = substring(n.link from '[0-9a-f-]{36}$');
    UPDATE outbound_messages o SET region_code = s.region_code, department_id = s.department_id
      FROM notifications n, staff_users s
      WHERE o.notification_id = n.id AND o.region_code IS NULL AND n.recipient_kind = 'staff' AND s.id = n.recipient_id;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX outbound_messages_region_idx;
    ALTER TABLE outbound_messages DROP COLUMN department_id;
    ALTER TABLE outbound_messages DROP COLUMN region_code;
    ALTER TABLE outbound_messages DROP COLUMN case_id;
    DROP INDEX cases_electronic_delivery_idx;
    DROP INDEX cases_submitted_received_idx;
    DROP TABLE case_deadline_warnings;
  `.execute(db);
}
