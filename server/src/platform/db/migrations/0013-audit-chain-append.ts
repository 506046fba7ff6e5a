import { sql, type Kysely } from 'kysely';

/**
 * Performance (bench:lifecycle): writers of the audit chain queue on one advisory lock that each holds until its
 * transaction commits, so whatever happens between taking the lock and the end of COMMIT happens once per audited
 * change of the whole system, one change after another. With pgcrypto's SM3 (`digest(…, 'sm3')`, the same SM3 as
 * platform/crypto/sm3.ts) the link is made inside PostgreSQL at COMMIT, without a round trip to the server:
 *
 * - `audit_append(…)` (called by audit-log.ts) stores the event in `audit_pending` with the canonical JSON that its
 *   hash covers, built by the server as before. No lock yet.
 * - A deferred constraint trigger runs at COMMIT for each pending event, in insertion order: it takes the chain's
 *   lock (same key as audit-log.ts, AUDIT_CHAIN_LOCK), reads the last hash in its own statement (under READ COMMITTED
 *   a snapshot taken after the lock was granted: it sees the event committed by the previous holder), inserts the
 *   event into `audit_events` with `hash = SM3(prev_hash ‖ input)` and deletes the pending row. The lock is held for
 *   that and the commit's WAL flush only. A transaction that fails never links anything; `audit_events`, its
 *   triggers and verification are unchanged.
 *
 * Where pgcrypto or SM3 is not available, `audit_append` takes the lock and answers the last hash, and audit-log.ts
 * links and inserts the event itself (the lock then lasts until COMMIT, as before).
 */
const SIGNATURE = `p_hash_input text, p_occurred_at timestamptz, p_actor_kind text, p_actor_id uuid, p_actor_name text, p_actor_role text,
  p_action text, p_subject_type text, p_subject_id text, p_summary jsonb, p_request_id text, p_client_ip text`;
const COLUMNS = 'occurred_at, actor_kind, actor_id, actor_name, actor_role, action, subject_type, subject_id, summary, request_id, client_ip';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
    DO $do$
    BEGIN
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pgcrypto;
        PERFORM digest('onetrip', 'sm3');
        CREATE TABLE audit_pending (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          hash_input text NOT NULL,
          occurred_at timestamptz NOT NULL,
          actor_kind text NOT NULL,
          actor_id uuid,
          actor_name text,
          actor_role text,
          action text NOT NULL,
          subject_type text NOT NULL,
          subject_id text,
          summary jsonb NOT NULL,
          request_id text,
          client_ip text
        );
        EXECUTE $f$
          CREATE FUNCTION audit_link_pending() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $body$
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
          $body$
        $f$;
        CREATE CONSTRAINT TRIGGER audit_pending_link AFTER INSERT ON audit_pending DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION audit_link_pending();
        EXECUTE $f$
          CREATE FUNCTION audit_append(${SIGNATURE}) RETURNS text LANGUAGE plpgsql VOLATILE AS $body$
          BEGIN
            INSERT INTO audit_pending (hash_input, ${COLUMNS})
            VALUES (p_hash_input, p_occurred_at, p_actor_kind, p_actor_id, p_actor_name, p_actor_role, p_action, p_subject_type, p_subject_id, p_summary, p_request_id, p_client_ip);
            RETURN NULL;
          END
          $body$
        $f$;
      EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'no SM3 in the database (%): the server links audit events itself', SQLERRM;
        EXECUTE $f$
          CREATE FUNCTION audit_append(${SIGNATURE}) RETURNS text LANGUAGE plpgsql VOLATILE AS $body$
          BEGIN
            PERFORM pg_advisory_xact_lock(7406531001);
            RETURN coalesce((SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), repeat('0', 64));
          END
          $body$
        $f$;
      END;
    END
    $do$;
  `).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`DROP FUNCTION audit_append(${SIGNATURE}); DROP TABLE IF EXISTS audit_pending; DROP FUNCTION IF EXISTS audit_link_pending()`).execute(db);
}
