import { sql, type Kysely } from 'kysely';

/**
 * When anything the public search shows about an implementation changed (publication status, version in force,
 * search vector, name, level, department, region): each server process keeps an in-memory search index of the
 * published catalogue and reads the rows changed since its last look (modules/catalog/search).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE implementations ADD COLUMN search_updated_at timestamptz NOT NULL DEFAULT clock_timestamp();
    CREATE INDEX implementations_search_updated_idx ON implementations (search_updated_at);
    CREATE FUNCTION implementations_touch_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (OLD.publication_status, OLD.current_version, OLD.search_vector, OLD.name, OLD.level, OLD.department_id, OLD.region_code)
         IS DISTINCT FROM (NEW.publication_status, NEW.current_version, NEW.search_vector, NEW.name, NEW.level, NEW.department_id, NEW.region_code) THEN
        NEW.search_updated_at := clock_timestamp();
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER implementations_touch_search BEFORE UPDATE ON implementations
      FOR EACH ROW EXECUTE FUNCTION implementations_touch_search();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER implementations_touch_search ON implementations;
    DROP FUNCTION implementations_touch_search();
    DROP INDEX implementations_search_updated_idx;
    ALTER TABLE implementations DROP COLUMN search_updated_at;
  `.execute(db);
}
