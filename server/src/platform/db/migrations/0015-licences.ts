import { sql, type Kysely } from 'kysely';

/**
 * Electronic licences (issue 5, docs/licences.md).
 *
 * - `signing_keys`: SM2 key pairs kept by the software key vault (platform/crypto/key-vault.ts): the private half only
 *   wrapped (SM4-GCM under LICENCE_MASTER_KEY, bound to the key id and public key). Rows are never changed or removed:
 *   a retired or revoked seal's key still verifies what it signed. Exactly one platform root key (owner
 *   `platform-root`) signs seals and status lists.
 * - `licence_types`: defined by a centre administrator: GB/T 36904 type code, fields (JSON Schema), validity rule, PDF
 *   layout, the implementations that produce it; `licence_type_issuers` the departments that may issue it.
 * - `seals`: a department's electronic seal after GB/T 38540 (seal id, name, type, validity window, picture, the
 *   department's key) with the root key's signature over its canonical seal information; at most one active seal per
 *   department. Rotation retires the active seal and activates a new one; revocation ends a seal for good.
 * - `licences`: every issued licence: identifier, issuer, seal, holder (the holder's code only encrypted, with a blind
 *   index and a masked copy), metadata without the holder code (put back to rebuild the signed bytes), the SM2
 *   signature over the canonical form and the one over the Verifiable Credential, its place in the status lists, and
 *   revocation. `licence_suspensions` keeps every suspension and when it was lifted.
 * - `case_licence_results`: one row per approved case whose result is a licence, issued or not (with why not) — the
 *   e-licence generation rate is issued / all.
 * - `licence_shares`: time-limited share links a holder creates (only the SHA-256 of the token is kept).
 * - `licence_imports`: stock-licence imports with their progress and per-row error report.
 * - `case_attachments.licence_id`: a material satisfied by a licence the platform holds instead of an upload.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE signing_keys (
      id uuid PRIMARY KEY,
      owner text NOT NULL,
      algorithm text NOT NULL DEFAULT 'SM2' CHECK (algorithm = 'SM2'),
      public_key_hex text NOT NULL CHECK (public_key_hex ~ '^04[0-9a-f]{128}$'),
      wrapped_private_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX signing_keys_one_root_idx ON signing_keys (owner) WHERE owner = 'platform-root';

    CREATE FUNCTION signing_keys_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      RAISE EXCEPTION 'signing keys are never changed or removed' USING ERRCODE = 'insufficient_privilege';
    END
    $fn$;
    CREATE TRIGGER signing_keys_immutable BEFORE UPDATE OR DELETE ON signing_keys
      FOR EACH ROW EXECUTE FUNCTION signing_keys_immutable();

    CREATE TABLE licence_types (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code char(21) NOT NULL UNIQUE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      defining_authority_name text NOT NULL,
      holder_kind text NOT NULL CHECK (holder_kind IN ('person', 'enterprise', 'any')),
      fields_schema jsonb NOT NULL,
      validity jsonb NOT NULL,
      layout jsonb NOT NULL,
      producing_implementation_codes text[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES staff_users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    );
    CREATE INDEX licence_types_producers_idx ON licence_types USING gin (producing_implementation_codes);

    CREATE TABLE licence_type_issuers (
      licence_type_id uuid NOT NULL REFERENCES licence_types(id) ON DELETE CASCADE,
      department_id uuid NOT NULL REFERENCES departments(id),
      PRIMARY KEY (licence_type_id, department_id)
    );
    CREATE INDEX licence_type_issuers_department_idx ON licence_type_issuers (department_id);

    CREATE TABLE seals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seal_code text NOT NULL UNIQUE,
      department_id uuid NOT NULL REFERENCES departments(id),
      name text NOT NULL,
      seal_type text NOT NULL CHECK (seal_type IN ('licence', 'official')),
      signing_key_id uuid NOT NULL REFERENCES signing_keys(id),
      valid_from timestamptz NOT NULL,
      valid_until timestamptz NOT NULL CHECK (valid_until > valid_from),
      picture_svg text NOT NULL,
      seal_info jsonb NOT NULL,
      root_key_id uuid NOT NULL REFERENCES signing_keys(id),
      root_signature bytea NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired', 'revoked')),
      retired_at timestamptz,
      replaced_by uuid REFERENCES seals(id),
      revoked_at timestamptz,
      revocation_reason text,
      created_by uuid REFERENCES staff_users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
    );
    CREATE UNIQUE INDEX seals_one_active_idx ON seals (department_id) WHERE status = 'active';

    CREATE SEQUENCE licence_serial_seq;
    -- Status list positions: the n-th licence gets list n / 131072 + 1 and a scattered index in it (see issue-licence.ts).
    CREATE SEQUENCE licence_status_position_seq MINVALUE 0 START 0;

    CREATE TABLE licences (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      identifier text NOT NULL UNIQUE,
      licence_type_id uuid NOT NULL REFERENCES licence_types(id),
      issuer_department_id uuid NOT NULL REFERENCES departments(id),
      region_code char(12) NOT NULL REFERENCES regions(code),
      seal_id uuid NOT NULL REFERENCES seals(id),
      serial text NOT NULL,
      holder_applicant_id uuid REFERENCES applicants(id),
      holder_kind text NOT NULL CHECK (holder_kind IN ('person', 'enterprise')),
      holder_name text NOT NULL,
      holder_code_enc text NOT NULL,
      holder_code_hash text NOT NULL,
      holder_code_masked text NOT NULL,
      metadata jsonb NOT NULL,
      signature bytea NOT NULL,
      vc_created_at timestamptz NOT NULL,
      vc_signature bytea NOT NULL,
      issue_date date NOT NULL,
      valid_from date NOT NULL,
      valid_until date,
      status_list_id integer NOT NULL,
      status_list_index integer NOT NULL CHECK (status_list_index BETWEEN 0 AND 131071),
      source text NOT NULL CHECK (source IN ('case', 'stock_import')),
      case_id uuid UNIQUE REFERENCES cases(id),
      import_id uuid,
      pdf_storage_key text,
      revoked_on date,
      revoked_at timestamptz,
      revocation_reason text,
      revoked_by uuid REFERENCES staff_users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (status_list_id, status_list_index),
      CHECK ((revoked_at IS NULL) = (revoked_on IS NULL))
    );
    CREATE INDEX licences_holder_applicant_idx ON licences (holder_applicant_id, licence_type_id) WHERE holder_applicant_id IS NOT NULL;
    CREATE INDEX licences_holder_code_idx ON licences (holder_code_hash, licence_type_id);
    CREATE INDEX licences_issuer_idx ON licences (issuer_department_id, created_at DESC);
    CREATE INDEX licences_region_idx ON licences (region_code bpchar_pattern_ops, created_at DESC);
    CREATE INDEX licences_import_idx ON licences (import_id) WHERE import_id IS NOT NULL;
    CREATE INDEX licences_status_list_revoked_idx ON licences (status_list_id) WHERE revoked_at IS NOT NULL;

    CREATE TABLE licence_suspensions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      licence_id uuid NOT NULL REFERENCES licences(id),
      from_date date NOT NULL,
      reason text NOT NULL,
      suspended_by uuid REFERENCES staff_users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      lifted_on date,
      lifted_by uuid REFERENCES staff_users(id),
      lifted_at timestamptz,
      CHECK (lifted_on IS NULL OR lifted_on >= from_date)
    );
    CREATE UNIQUE INDEX licence_suspensions_open_idx ON licence_suspensions (licence_id) WHERE lifted_on IS NULL;
    CREATE INDEX licence_suspensions_licence_idx ON licence_suspensions (licence_id);

    CREATE TABLE case_licence_results (
      case_id uuid PRIMARY KEY REFERENCES cases(id),
      licence_type_code text,
      licence_id uuid REFERENCES licences(id),
      not_issued_reason text,
      department_id uuid NOT NULL REFERENCES departments(id),
      region_code char(12) NOT NULL REFERENCES regions(code),
      approved_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((licence_id IS NULL) <> (not_issued_reason IS NULL))
    );
    CREATE INDEX case_licence_results_region_idx ON case_licence_results (region_code bpchar_pattern_ops, approved_on);
    CREATE INDEX case_licence_results_department_idx ON case_licence_results (department_id, approved_on);

    CREATE TABLE licence_shares (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      licence_id uuid NOT NULL REFERENCES licences(id),
      token_hash text NOT NULL UNIQUE,
      created_by_applicant_id uuid NOT NULL REFERENCES applicants(id),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      view_count integer NOT NULL DEFAULT 0,
      last_viewed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX licence_shares_licence_idx ON licence_shares (licence_id, created_at DESC);

    CREATE TABLE licence_imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      licence_type_id uuid NOT NULL REFERENCES licence_types(id),
      department_id uuid NOT NULL REFERENCES departments(id),
      file_name text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
      total_rows integer NOT NULL DEFAULT 0,
      processed_rows integer NOT NULL DEFAULT 0,
      imported_count integer NOT NULL DEFAULT 0,
      errors jsonb NOT NULL DEFAULT '[]',
      created_by uuid NOT NULL REFERENCES staff_users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE INDEX licence_imports_department_idx ON licence_imports (department_id, created_at DESC);
    ALTER TABLE licences ADD CONSTRAINT licences_import_fk FOREIGN KEY (import_id) REFERENCES licence_imports(id);

    ALTER TABLE case_attachments ADD COLUMN licence_id uuid REFERENCES licences(id);
    ALTER TABLE case_attachments ALTER COLUMN storage_key DROP NOT NULL;
    ALTER TABLE case_attachments ADD CONSTRAINT case_attachments_content_check CHECK (storage_key IS NOT NULL OR licence_id IS NOT NULL);
    ALTER TABLE case_attachments DROP CONSTRAINT case_attachments_size_check;
    ALTER TABLE case_attachments ADD CONSTRAINT case_attachments_size_check CHECK (size > 0 OR licence_id IS NOT NULL);
    CREATE INDEX case_attachments_licence_idx ON case_attachments (licence_id) WHERE licence_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM case_attachments WHERE storage_key IS NULL;
    DROP INDEX case_attachments_licence_idx;
    ALTER TABLE case_attachments DROP CONSTRAINT case_attachments_size_check;
    ALTER TABLE case_attachments ADD CONSTRAINT case_attachments_size_check CHECK (size > 0);
    ALTER TABLE case_attachments DROP CONSTRAINT case_attachments_content_check;
    ALTER TABLE case_attachments ALTER COLUMN storage_key SET NOT NULL;
    ALTER TABLE case_attachments DROP COLUMN licence_id;
    ALTER TABLE licences DROP CONSTRAINT licences_import_fk;
    DROP TABLE licence_imports;
    DROP TABLE licence_shares;
    DROP TABLE case_licence_results;
    DROP TABLE licence_suspensions;
    DROP TABLE licences;
    DROP SEQUENCE licence_status_position_seq;
    DROP SEQUENCE licence_serial_seq;
    DROP TABLE seals;
    DROP TABLE licence_type_issuers;
    DROP TABLE licence_types;
    DROP TABLE signing_keys;
    DROP FUNCTION signing_keys_immutable();
  `.execute(db);
}
