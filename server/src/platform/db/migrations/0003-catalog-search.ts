import { sql, type Kysely } from 'kysely';

/**
 * Full-text search over published implementations. The vector is built by the server from segmented text
 * (jieba + name bigrams), weighted A name, B item/department/result, C conditions, D materials, and stored with
 * array_to_tsvector so PostgreSQL's own parser (which has no Chinese segmentation) never touches it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE implementations ADD COLUMN search_vector tsvector;
    CREATE INDEX implementations_search_idx ON implementations USING gin (search_vector) WHERE publication_status = 'published';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX implementations_search_idx; ALTER TABLE implementations DROP COLUMN search_vector;`.execute(db);
}
