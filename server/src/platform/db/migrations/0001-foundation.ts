import { sql, type Kysely } from 'kysely';

/**
 * Foundation: organisation tree, departments, halls and windows, staff, applicants, sessions and the
 * append-only, hash-chained audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE regions (
      code char(12) PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      level text NOT NULL CHECK (level IN ('province','city','county','township','village')),
      kind text NOT NULL,
      parent_code char(12) REFERENCES regions(code),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    -- Subtree queries are prefix matches (code LIKE '1504%'); a non-C cluster needs text_pattern_ops for that.
    CREATE INDEX regions_code_prefix_idx ON regions (code bpchar_pattern_ops);
    CREATE INDEX regions_parent_idx ON regions (parent_code);

    CREATE TABLE departments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
      short_name text,
      credit_code char(18) NOT NULL UNIQUE,
      region_code char(12) NOT NULL REFERENCES regions(code),
      kind text NOT NULL CHECK (kind IN ('department','service_center')),
      phone text,
      address text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (region_code, name)
    );
    CREATE INDEX departments_region_idx ON departments (region_code bpchar_pattern_ops);

    CREATE TABLE halls (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      region_code char(12) NOT NULL REFERENCES regions(code),
      address text NOT NULL,
      opening_hours text NOT NULL,
      phone text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (region_code, name)
    );
    CREATE INDEX halls_region_idx ON halls (region_code bpchar_pattern_ops);

    CREATE TABLE service_windows (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      hall_id uuid NOT NULL REFERENCES halls(id),
      number text NOT NULL CHECK (number ~ '^[A-Za-z0-9-]{1,10}$'),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('comprehensive','enterprise','project','special','consultation','delivery')),
      department_id uuid REFERENCES departments(id),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (hall_id, number)
    );
    CREATE INDEX service_windows_department_idx ON service_windows (department_id);

    CREATE TABLE staff_users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,31}$'),
      display_name text NOT NULL,
      password_hash text NOT NULL,
      roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['sysadmin','center_admin','item_admin','clerk','approver','supervisor','hotline_operator']),
      region_code char(12) NOT NULL REFERENCES regions(code),
      department_id uuid REFERENCES departments(id),
      phone_enc text,
      phone_masked text,
      active boolean NOT NULL DEFAULT true,
      failed_login_count integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX staff_users_username_idx ON staff_users (lower(username));
    CREATE INDEX staff_users_region_idx ON staff_users (region_code bpchar_pattern_ops);
    CREATE INDEX staff_users_department_idx ON staff_users (department_id);

    -- Personal data at rest: ID numbers and phones are SM4-GCM encrypted; *_hash is a keyed SM3 blind index
    -- for login and uniqueness; *_masked is what lists show, so lists never decrypt.
    CREATE TABLE applicants (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('person','enterprise')),
      name text NOT NULL,
      id_number_enc text,
      id_number_hash char(64) UNIQUE,
      id_number_masked text,
      credit_code char(18) UNIQUE,
      legal_representative text,
      phone_enc text NOT NULL,
      phone_hash char(64) NOT NULL,
      phone_masked text NOT NULL,
      region_code char(12),
      password_hash text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      failed_login_count integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'person' AND id_number_hash IS NOT NULL AND credit_code IS NULL)
          OR (kind = 'enterprise' AND credit_code IS NOT NULL AND id_number_hash IS NULL AND legal_representative IS NOT NULL))
    );
    -- One account per phone for persons (phone is a login identifier); enterprises may share a contact phone.
    CREATE UNIQUE INDEX applicants_person_phone_idx ON applicants (phone_hash) WHERE kind = 'person';
    CREATE INDEX applicants_enterprise_phone_idx ON applicants (phone_hash) WHERE kind = 'enterprise';
    CREATE INDEX applicants_created_idx ON applicants (created_at DESC);

    CREATE TABLE enterprise_operators (
      enterprise_id uuid NOT NULL REFERENCES applicants(id),
      person_id uuid NOT NULL REFERENCES applicants(id),
      granted_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      PRIMARY KEY (enterprise_id, person_id)
    );
    CREATE INDEX enterprise_operators_person_idx ON enterprise_operators (person_id);

    CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash char(64) NOT NULL UNIQUE,
      principal_kind text NOT NULL CHECK (principal_kind IN ('staff','applicant')),
      principal_id uuid NOT NULL,
      transport text NOT NULL CHECK (transport IN ('cookie','bearer')),
      csrf_token text NOT NULL,
      client_ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
    CREATE INDEX sessions_principal_idx ON sessions (principal_kind, principal_id);
    CREATE INDEX sessions_expires_idx ON sessions (expires_at);

    CREATE TABLE audit_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      occurred_at timestamptz NOT NULL,
      actor_kind text NOT NULL CHECK (actor_kind IN ('staff','applicant','system','anonymous')),
      actor_id uuid,
      actor_name text,
      actor_role text,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text,
      summary jsonb NOT NULL,
      request_id text,
      client_ip text,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL UNIQUE
    );
    CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id);
    CREATE INDEX audit_events_action_idx ON audit_events (action, id DESC);
    CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id DESC);

    -- Append-only: the database itself refuses to change or remove audit rows.
    CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

    CREATE TABLE system_settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE system_settings, audit_events, sessions, enterprise_operators, applicants, staff_users,
    service_windows, halls, departments, regions CASCADE;
    DROP FUNCTION audit_events_refuse_change;`.execute(db);
}
