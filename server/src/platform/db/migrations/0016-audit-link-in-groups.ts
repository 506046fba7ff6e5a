import { sql, type Kysely } from 'kysely';

const COLUMNS = 'occurred_at, actor_kind, actor_id, actor_name, actor_role, action, subject_type, subject_id, summary, request_id, client_ip';

/**
 * Performance (bench:lifecycle): with 0013 every audited commit waited for the chain's lock, and the holder kept it
 * through its commit's WAL flush, so audited commits went one flush after another (the run's top wait event).
 *
 * Now the link is made by whoever gets the lock without waiting: at COMMIT the deferred trigger tries the chain's lock
 * (`pg_try_advisory_xact_lock`); the transaction that gets it links, in pending order, every pending event it can see
 * — its own and those of transactions committed meanwhile that found the lock taken — and a transaction that finds
 * the lock taken commits at once, its events left in `audit_pending` (committed with the change, so never lost) for
 * the next holder. Commits no longer queue, so PostgreSQL flushes them in groups. `audit_link_pending()` does the same
 * on request; the server calls it every second (platform/audit/audit-linker.ts) so the last events of a burst do not
 * wait for the next audited change. Only installed where 0013 installed the in-database link (pgcrypto with SM3).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
    DO $do$
    BEGIN
      IF to_regclass('audit_pending') IS NULL THEN
        RETURN;
      END IF;
      EXECUTE $f$
        CREATE FUNCTION audit_link_now() RETURNS integer LANGUAGE plpgsql VOLATILE AS $body$
        DECLARE
          prev text;
          next_hash text;
          pending record;
          linked bigint[] := '{}';
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM audit_pending) OR NOT pg_try_advisory_xact_lock(7406531001) THEN
            RETURN 0;
          END IF;
          -- Statements after the lock was granted see the previous holder's commit (READ COMMITTED).
          prev := coalesce((SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), repeat('0', 64));
          FOR pending IN SELECT * FROM audit_pending ORDER BY id LOOP
            next_hash := encode(digest(convert_to(prev || pending.hash_input, 'UTF8'), 'sm3'), 'hex');
            INSERT INTO audit_events (${COLUMNS}, prev_hash, hash)
            VALUES (pending.occurred_at, pending.actor_kind, pending.actor_id, pending.actor_name, pending.actor_role, pending.action,
              pending.subject_type, pending.subject_id, pending.summary, pending.request_id, pending.client_ip, prev, next_hash);
            prev := next_hash;
            linked := linked || pending.id;
          END LOOP;
          DELETE FROM audit_pending WHERE id = ANY (linked);
          RETURN cardinality(linked);
        END
        $body$
      $f$;
      CREATE OR REPLACE FUNCTION audit_link_pending() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $body$
      BEGIN
        PERFORM audit_link_now();
        RETURN NULL;
      END
      $body$;
    END
    $do$;
  `).execute(db);
}

/** Back to 0013's link: every audited commit waits for the lock. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
    DO $do$
    BEGIN
      IF to_regclass('audit_pending') IS NULL THEN
        RETURN;
      END IF;
      CREATE OR REPLACE FUNCTION audit_link_pending() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $body$
      DECLARE prev text;
      BEGIN
        PERFORM pg_advisory_xact_lock(7406531001);
        prev := coalesce((SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), repeat('0', 64));
        INSERT INTO audit_events (${COLUMNS}, prev_hash, hash)
        VALUES (NEW.occurred_at, NEW.actor_kind, NEW.actor_id, NEW.actor_name, NEW.actor_role, NEW.action, NEW.subject_type, NEW.subject_id,
          NEW.summary, NEW.request_id, NEW.client_ip, prev, encode(digest(convert_to(prev || NEW.hash_input, 'UTF8'), 'sm3'), 'hex'));
        DELETE FROM audit_pending WHERE id = NEW.id;
        RETURN NULL;
      END
      $body$;
      DROP FUNCTION audit_link_now();
    END
    $do$;
  `).execute(db);
}
