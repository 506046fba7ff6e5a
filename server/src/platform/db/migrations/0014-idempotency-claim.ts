import { sql, type Kysely } from 'kysely';

/**
 * Performance (bench:lifecycle): claiming an Idempotency-Key took three round trips (set a lock timeout for the claim,
 * INSERT … ON CONFLICT, restore the lock timeout), once per idempotent request. `idempotency_claim(…)` does the same
 * three steps in one call, in the caller's transaction: the lock timeout bounds only the INSERT's wait for a
 * concurrent duplicate (a timeout raises 55P03 as before, and the transaction fails), then the previous value is back
 * for the use-case's own statements. Answers true when this transaction claimed the key (new, or taking over an
 * expired row), false when a live row exists. Semantics: platform/http/idempotency.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
    CREATE FUNCTION idempotency_claim(p_principal_kind text, p_principal_id uuid, p_key text, p_route text, p_request_hash text,
      p_lock_timeout text, p_ttl_hours integer) RETURNS boolean LANGUAGE plpgsql AS $fn$
    DECLARE
      v_previous text := current_setting('lock_timeout');
      v_claimed text;
    BEGIN
      PERFORM set_config('lock_timeout', p_lock_timeout, true);
      INSERT INTO idempotency_keys AS k (principal_kind, principal_id, key, route, request_hash, status, response_status, response_body, created_at, expires_at)
      VALUES (p_principal_kind, p_principal_id, p_key, p_route, p_request_hash, 'in_progress', NULL, NULL, now(), now() + make_interval(hours => p_ttl_hours))
      ON CONFLICT (principal_kind, principal_id, key, route) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, status = 'in_progress', response_status = NULL, response_body = NULL,
            created_at = now(), expires_at = EXCLUDED.expires_at
        WHERE k.expires_at <= now()
      RETURNING k.key INTO v_claimed;
      PERFORM set_config('lock_timeout', v_previous, true);
      RETURN v_claimed IS NOT NULL;
    END
    $fn$;
  `).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS idempotency_claim(text, uuid, text, text, text, text, integer)`.execute(db);
}
