import { sql, type Kysely } from 'kysely';

/**
 * Service-item catalogue: basic catalogue items (defined once), implementations (an item as one department
 * implements it in one region), their immutable published versions, and the proof catalogue (减证便民).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE basic_items (
      code text PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{12}$'),
      type_code char(2) NOT NULL CHECK (type_code IN ('01','02','03','04','05','06','07','08','09','10','20')),
      name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
      parent_code text REFERENCES basic_items(code),
      legal_basis text NOT NULL,
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 7),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (parent_code IS NULL OR parent_code <> code)
    );
    CREATE INDEX basic_items_parent_idx ON basic_items (parent_code);

    -- publication_status: what the public sees (the current version). change_status: the working copy of the next
    -- version, edited by the owning department's item_admin and reviewed by a center_admin.
    CREATE TABLE implementations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code char(31) NOT NULL UNIQUE,
      basic_code text NOT NULL REFERENCES basic_items(code),
      department_id uuid NOT NULL REFERENCES departments(id),
      region_code char(12) NOT NULL REFERENCES regions(code),
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 7),
      inherits_from uuid REFERENCES implementations(id),
      publication_status text NOT NULL DEFAULT 'unpublished' CHECK (publication_status IN ('unpublished','published','suspended','cancelled')),
      status_reason text,
      change_status text NOT NULL DEFAULT 'draft' CHECK (change_status IN ('none','draft','submitted')),
      draft_content jsonb,
      draft_revision integer NOT NULL DEFAULT 1,
      review_comment text,
      current_version integer,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((change_status = 'none') = (draft_content IS NULL)),
      CHECK (publication_status <> 'unpublished' OR current_version IS NULL),
      CHECK (publication_status NOT IN ('published','suspended') OR current_version IS NOT NULL),
      UNIQUE (basic_code, department_id)
    );
    CREATE INDEX implementations_department_idx ON implementations (department_id);
    CREATE INDEX implementations_region_idx ON implementations (region_code bpchar_pattern_ops);
    CREATE INDEX implementations_review_idx ON implementations (change_status) WHERE change_status = 'submitted';
    CREATE INDEX implementations_inherits_idx ON implementations (inherits_from);

    -- Published versions never change: cases keep pointing at (implementation_id, version).
    CREATE TABLE implementation_versions (
      implementation_id uuid NOT NULL REFERENCES implementations(id),
      version integer NOT NULL CHECK (version >= 1),
      content jsonb NOT NULL,
      content_hash char(64) NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now(),
      published_by uuid REFERENCES staff_users(id),
      PRIMARY KEY (implementation_id, version)
    );
    -- Public browsing filters by audience/theme and proof cancellation looks for materials: jsonb containment.
    CREATE INDEX implementation_versions_content_idx ON implementation_versions USING gin (content jsonb_path_ops);
    CREATE INDEX implementations_draft_content_idx ON implementations USING gin (draft_content jsonb_path_ops);
    CREATE FUNCTION implementation_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'published implementation versions are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER implementation_versions_immutable BEFORE UPDATE OR DELETE ON implementation_versions
      FOR EACH ROW EXECUTE FUNCTION implementation_versions_refuse_change();

    CREATE TABLE proofs (
      code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
      name text NOT NULL,
      issuer text NOT NULL,
      status text NOT NULL CHECK (status IN ('kept','cancelled')),
      reason text CHECK (reason IN ('no_legal_basis','license_lookup','data_sharing','commitment')),
      note text NOT NULL DEFAULT '',
      cancelled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'cancelled') = (reason IS NOT NULL AND cancelled_at IS NOT NULL))
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE proofs, implementation_versions, implementations, basic_items CASCADE;
    DROP FUNCTION implementation_versions_refuse_change;`.execute(db);
}
