import { sql, type Kysely } from 'kysely';

/**
 * Spreadsheet imports of the catalogue (事项批量导入). One row per uploaded workbook: the file itself (kept as the
 * record of what a department submitted), who uploaded it from where, progress, and the row-by-row error report.
 * An import is all or nothing: it creates its implementations in one transaction, or none when any row fails.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE catalog_imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','validating','importing','succeeded','failed')),
      file_name text NOT NULL,
      file_sha256 char(64) NOT NULL,
      file_size integer NOT NULL CHECK (file_size >= 0),
      file_bytes bytea NOT NULL,
      -- A client's retry of the same upload (Idempotency-Key header) answers the import it already started.
      idempotency_key text CHECK (idempotency_key IS NULL OR length(idempotency_key) BETWEEN 1 AND 100),
      created_by uuid NOT NULL REFERENCES staff_users(id),
      created_by_name text NOT NULL,
      -- The uploader's place decides who else sees the import (their region subtree, their department).
      region_code char(12) NOT NULL REFERENCES regions(code),
      department_id uuid REFERENCES departments(id),
      request_id text,
      client_ip text,
      total_rows integer NOT NULL DEFAULT 0,
      processed_rows integer NOT NULL DEFAULT 0,
      item_count integer NOT NULL DEFAULT 0,
      created_count integer NOT NULL DEFAULT 0,
      error_count integer NOT NULL DEFAULT 0,
      errors jsonb NOT NULL DEFAULT '[]',
      created_implementations jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (processed_rows <= total_rows),
      CHECK ((status IN ('succeeded','failed')) = (finished_at IS NOT NULL))
    );
    CREATE UNIQUE INDEX catalog_imports_idempotency_idx ON catalog_imports (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
    CREATE INDEX catalog_imports_region_idx ON catalog_imports (region_code bpchar_pattern_ops, created_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE catalog_imports`.execute(db);
}
