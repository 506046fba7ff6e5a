import { sql, type Kysely } from 'kysely';

/**
 * Blank forms and samples that guides offer for download (空白表格、示例样本). The bytes live in the
 * content-addressed file store under their SHA-256; this table gives them a name, a checked media type and an owner.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE catalog_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      storage_key char(64) NOT NULL CHECK (storage_key ~ '^[0-9a-f]{64}$'),
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      media_type text NOT NULL,
      size integer NOT NULL CHECK (size > 0),
      uploaded_by uuid REFERENCES staff_users(id),
      department_id uuid REFERENCES departments(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX catalog_files_department_idx ON catalog_files (department_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE catalog_files;`.execute(db);
}
