import { sql, type Kysely } from 'kysely';

/**
 * A stock-licence import runs in the process that received the file. `heartbeat_at` is touched every few seconds
 * while it runs; an import still `running` whose heartbeat stopped was cut off (restart, crash) — its transaction
 * rolled back, nothing issued — and is ended `failed` with that reason instead of showing `running` for ever.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE licence_imports ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`CREATE INDEX licence_imports_running_idx ON licence_imports (heartbeat_at) WHERE status = 'running'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE licence_imports DROP COLUMN heartbeat_at`.execute(db);
}
