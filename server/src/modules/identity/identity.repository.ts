import type { DbOrTx } from '../../platform/db/database.ts';

/** All SQL of the identity module. */
export const identityRepository = {
  findStaffByUsername(db: DbOrTx, username: string) {
    return db.selectFrom('staff_users').selectAll().where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase())).executeTakeFirst();
  },
  findApplicantById(db: DbOrTx, id: string) {
    return db.selectFrom('applicants').selectAll().where('id', '=', id).executeTakeFirst();
  },
  findPersonByIdNumberHash(db: DbOrTx, hash: string) {
    return db.selectFrom('applicants').selectAll().where('kind', '=', 'person').where('id_number_hash', '=', hash).executeTakeFirst();
  },
  findPersonByPhoneHash(db: DbOrTx, hash: string) {
    return db.selectFrom('applicants').selectAll().where('kind', '=', 'person').where('phone_hash', '=', hash).executeTakeFirst();
  },
  findEnterpriseByCreditCode(db: DbOrTx, creditCode: string) {
    return db.selectFrom('applicants').selectAll().where('kind', '=', 'enterprise').where('credit_code', '=', creditCode).executeTakeFirst();
  },
  /** Atomically counts a failed login and returns the new count. */
  async countFailure(db: DbOrTx, table: 'staff_users' | 'applicants', id: string): Promise<number> {
    const row = await db
      .updateTable(table)
      .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1) }))
      .where('id', '=', id)
      .returning('failed_login_count')
      .executeTakeFirstOrThrow();
    return row.failed_login_count;
  },
  async lock(db: DbOrTx, table: 'staff_users' | 'applicants', id: string, until: Date): Promise<void> {
    await db.updateTable(table).set({ locked_until: until, failed_login_count: 0 }).where('id', '=', id).execute();
  },
  async recordSuccess(db: DbOrTx, table: 'staff_users' | 'applicants', id: string): Promise<void> {
    await db.updateTable(table).set({ failed_login_count: 0, locked_until: null, last_login_at: new Date() }).where('id', '=', id).execute();
  },
  regionAndDepartmentNames(db: DbOrTx, regionCode: string, departmentId: string | null) {
    return db
      .selectNoFrom((eb) => [
        eb.selectFrom('regions').select('name').where('code', '=', regionCode).as('regionName'),
        departmentId === null
          ? eb.val<string | null>(null).as('departmentName')
          : eb.selectFrom('departments').select('name').where('id', '=', departmentId).as('departmentName'),
      ])
      .executeTakeFirst();
  },
};
