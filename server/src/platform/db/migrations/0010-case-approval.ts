import { sql, type Kysely } from 'kysely';

/**
 * Approval and conclusion of cases: the delivery method chosen at application, and the notices of a case as stored
 * documents (受理通知书 … 批复材料签收单). A document row is written `pending` in the action's own transaction, so an
 * acknowledged action never ends without its notice; the PDF is rendered after commit and the row filled (`ready`);
 * a row still pending is rendered again on the next read (see modules/cases/case-documents.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE cases ADD COLUMN delivery_method text NOT NULL DEFAULT 'window_pickup'
      CHECK (delivery_method IN ('window_pickup','post','electronic'));
    -- the step queues: unassigned or mine, by promised deadline
    CREATE INDEX cases_assignee_idx ON cases ((state->>'assigneeId')) WHERE status IN ('in_review','suspended');

    CREATE TABLE case_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      kind text NOT NULL CHECK (kind IN ('acceptance_notice','rejection_notice','correction_notice','decision_letter','denial_letter','delivery_slip')),
      status text NOT NULL CHECK (status IN ('pending','ready')),
      -- SHA-256 (hex) of the PDF = its content-addressed storage key; NULL while pending
      storage_key char(64) CHECK (storage_key ~ '^[0-9a-f]{64}$'),
      size integer CHECK (size > 0),
      -- the facts printed on the notice, fixed when the action committed (a later render prints the same thing)
      data jsonb NOT NULL,
      render_attempts integer NOT NULL DEFAULT 0,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      rendered_at timestamptz,
      CHECK (status = 'pending' OR (storage_key IS NOT NULL AND size IS NOT NULL))
    );
    CREATE INDEX case_documents_case_idx ON case_documents (case_id, created_at, id);
    CREATE INDEX case_documents_pending_idx ON case_documents (created_at) WHERE status = 'pending';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE case_documents; DROP INDEX cases_assignee_idx; ALTER TABLE cases DROP COLUMN delivery_method`.execute(db);
}
