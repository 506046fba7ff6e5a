import { sql, type Kysely } from 'kysely';

/**
 * Cases (办件): the case row with core's machine state, its uploaded materials (attachments), its timeline (events),
 * and the gap-free daily counters behind case numbers. See modules/cases/ and core/src/cases/.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- implementation code + yyyyMMdd + 4-digit daily sequence (core/src/cases/case-number.ts); NULL while a draft
      case_number text UNIQUE CHECK (case_number IS NULL OR length(case_number) = 43),
      -- a case is handled under the version of the implementation in force when it was created, even if a newer
      -- version is published meanwhile
      implementation_id uuid NOT NULL,
      implementation_version integer NOT NULL,
      FOREIGN KEY (implementation_id, implementation_version) REFERENCES implementation_versions (implementation_id, version),
      implementation_code text NOT NULL,
      item_name text NOT NULL,
      applicant_id uuid NOT NULL REFERENCES applicants(id),
      channel text NOT NULL CHECK (channel IN ('online','window','agent','kiosk')),
      -- a clerk who filed a walk-in applicant's case at the window; an agent (帮办代办) who filed it on their behalf
      filed_by_staff_id uuid REFERENCES staff_users(id),
      agent_id uuid REFERENCES applicants(id),
      status text NOT NULL CHECK (status IN ('draft','submitted','correction_requested','in_review','suspended','concluded','delivered','rejected','withdrawn','voided')),
      -- core's CaseState (the source of truth for the rules); status, received_on and accepted_on are projections of
      -- it for queries, written together with it by one repository function
      state jsonb NOT NULL,
      -- SM4-GCM ciphertext of the form data's JSON: forms hold ID numbers, phones and addresses (personal data at rest
      -- is encrypted like applicants.id_number_enc); never logged, never in audit summaries or notifications
      form_data_enc text NOT NULL,
      received_on date,
      accepted_on date,
      -- art. 32: the last day for a correction request (5 working days after receipt)
      pre_review_deadline date,
      promised_deadline date,
      legal_deadline date,
      -- the competent department and its region: the data scope of staff
      department_id uuid NOT NULL REFERENCES departments(id),
      region_code char(12) NOT NULL REFERENCES regions(code),
      -- the hall whose front desk pre-reviews and accepts; NULL where the region has no hall (the competent
      -- department's own clerks accept then)
      hall_id uuid REFERENCES halls(id),
      submitted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- optimistic locking for clients (bumped by every change)
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (status = 'draft' OR (case_number IS NOT NULL AND received_on IS NOT NULL))
    );
    -- my cases, newest first
    CREATE INDEX cases_applicant_idx ON cases (applicant_id, created_at DESC, id DESC);
    -- the front desk's pre-review queue: most urgent art. 32 deadline first
    CREATE INDEX cases_pre_review_idx ON cases (hall_id, pre_review_deadline, submitted_at) WHERE status = 'submitted';
    CREATE INDEX cases_pre_review_department_idx ON cases (department_id, pre_review_deadline, submitted_at) WHERE status = 'submitted' AND hall_id IS NULL;
    -- the departments' approval queues (next increment), by promised deadline
    CREATE INDEX cases_in_review_idx ON cases (department_id, promised_deadline) WHERE status IN ('in_review','suspended');
    CREATE INDEX cases_region_idx ON cases (region_code, status);

    CREATE TABLE case_attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      -- the implementation version's material key (ImplementationContent.materials[].key)
      material_key text NOT NULL CHECK (length(material_key) BETWEEN 1 AND 100),
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      media_type text NOT NULL CHECK (media_type IN ('application/pdf','application/ofd','image/jpeg','image/png')),
      size integer NOT NULL CHECK (size > 0),
      -- SHA-256 (hex) of the bytes = the content-addressed storage key (platform/files)
      storage_key char(64) NOT NULL CHECK (storage_key ~ '^[0-9a-f]{64}$'),
      uploaded_by_kind text NOT NULL CHECK (uploaded_by_kind IN ('applicant','staff')),
      uploaded_by_id uuid NOT NULL,
      -- 材料复用: the attachment of an earlier case of the same applicant this one was copied from
      reused_from_attachment_id uuid REFERENCES case_attachments(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX case_attachments_case_idx ON case_attachments (case_id, material_key, created_at);

    CREATE TABLE case_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      -- e.g. created, submitted, resubmitted, accepted, rejected, correction_requested, withdrawn
      action text NOT NULL CHECK (length(action) BETWEEN 1 AND 50),
      actor_kind text NOT NULL CHECK (actor_kind IN ('applicant','staff','system')),
      actor_id uuid,
      actor_name text,
      -- the unit that acted (hall or department name), shown on the applicant's timeline
      unit_name text,
      step_key text,
      -- what the applicant is told (reason, correction list, opinion) and what only staff see
      opinion text,
      note text,
      details jsonb NOT NULL DEFAULT '{}',
      at timestamptz NOT NULL DEFAULT clock_timestamp()
    );
    CREATE INDEX case_events_case_idx ON case_events (case_id, at, id);

    -- Gap-free daily sequences: the submit transaction increments the row (INSERT … ON CONFLICT DO UPDATE …
    -- RETURNING), which locks it until commit, so concurrent submits of one implementation queue on it and a
    -- rolled-back submit gives its number back.
    CREATE TABLE case_number_counters (
      implementation_code text NOT NULL,
      day date NOT NULL,
      last_value integer NOT NULL CHECK (last_value BETWEEN 1 AND 9999),
      PRIMARY KEY (implementation_code, day)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE case_number_counters; DROP TABLE case_events; DROP TABLE case_attachments; DROP TABLE cases`.execute(db);
}
