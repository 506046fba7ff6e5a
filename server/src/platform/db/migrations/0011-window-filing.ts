import { sql, type Kysely } from 'kysely';

/**
 * Filing at the window and assisted filing (帮办代办): a walk-in applicant registered by a clerk after checking the
 * ID card has no password until they claim the account by registering with the same ID (verified_by_staff_id and
 * verified_at record who checked the card and when); the `agent` staff role (帮办代办员 at a village or community
 * proxy point) files cases on an applicant's behalf.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE applicants ALTER COLUMN password_hash DROP NOT NULL;
    ALTER TABLE applicants ADD COLUMN verified_by_staff_id uuid REFERENCES staff_users(id);
    ALTER TABLE applicants ADD COLUMN verified_at timestamptz;
    ALTER TABLE staff_users DROP CONSTRAINT staff_users_roles_check;
    ALTER TABLE staff_users ADD CONSTRAINT staff_users_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['sysadmin','center_admin','item_admin','clerk','approver','supervisor','hotline_operator','agent']);
    CREATE INDEX cases_filed_by_idx ON cases (filed_by_staff_id, created_at DESC) WHERE filed_by_staff_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX cases_filed_by_idx;
    ALTER TABLE staff_users DROP CONSTRAINT staff_users_roles_check;
    ALTER TABLE staff_users ADD CONSTRAINT staff_users_roles_check
      CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['sysadmin','center_admin','item_admin','clerk','approver','supervisor','hotline_operator']);
    ALTER TABLE applicants DROP COLUMN verified_at;
    ALTER TABLE applicants DROP COLUMN verified_by_staff_id;
    ALTER TABLE applicants ALTER COLUMN password_hash SET NOT NULL;
  `.execute(db);
}
