import { sql, type Selectable } from 'kysely';
import { NO_DEPARTMENT, type CaseState, type DataScope, type ImplementationContent } from '@onetrip/core';
import type { DbOrTx, Tx } from '../../platform/db/database.ts';
import type { CaseAttachmentTable, CaseEventTable, CaseTable } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';

export type CaseRow = Selectable<CaseTable>;
export type CaseAttachmentRow = Selectable<CaseAttachmentTable>;
export type CaseEventRow = Selectable<CaseEventTable>;

/** The columns a state change may set besides the projections of the state itself. */
export interface CaseUpdate {
  case_number?: string;
  form_data_enc?: string;
  pre_review_deadline?: string | null;
  promised_deadline?: string | null;
  legal_deadline?: string | null;
  submitted_at?: Date;
  /** An applicant's online draft submitted at a self-service terminal records the kiosk channel. */
  channel?: CaseRow['channel'];
}

export interface NewCaseEvent {
  case_id: string;
  action: string;
  actor_kind: 'applicant' | 'staff' | 'system';
  actor_id: string | null;
  actor_name: string | null;
  unit_name: string | null;
  step_key?: string | null;
  opinion?: string | null;
  note?: string | null;
  details?: Record<string, unknown>;
}

/** Which cases a front-desk clerk works: the halls of their own region, or their department where it accepts itself. */
export interface FrontDesk {
  scope: DataScope;
  regionCode: string;
  departmentId: string | null;
}

/** Contents of implementation versions read so far (immutable rows): see versionContent. */
const versionContents = new Map<string, ImplementationContent>();

/** All SQL of the cases module. */
export const casesRepository = {
  find(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
    let q = db.selectFrom('cases').selectAll().where('id', '=', id);
    if (options.forUpdate) q = q.forUpdate();
    return q.executeTakeFirst();
  },

  insert(tx: Tx, values: Omit<CaseTable, 'id' | 'created_at' | 'updated_at' | 'version' | 'state'> & { state: CaseState }): Promise<CaseRow> {
    return tx.insertInto('cases').values({ ...values, state: JSON.stringify(values.state) }).returningAll().executeTakeFirstOrThrow();
  },

  /**
   * Stores core's next state with its projections (status, received_on, accepted_on) and bumps the version. The row
   * must be the one read FOR UPDATE in this transaction; the version guard catches a caller that did not.
   */
  async saveState(tx: Tx, row: CaseRow, next: CaseState, update: CaseUpdate = {}): Promise<CaseRow> {
    const saved = await tx.updateTable('cases')
      .set({
        ...update, state: JSON.stringify(next), status: next.status, received_on: next.receivedOn, accepted_on: next.acceptedOn,
        version: sql<number>`version + 1`, updated_at: sql<Date>`now()`,
      })
      .where('id', '=', row.id).where('version', '=', row.version)
      .returningAll().executeTakeFirst();
    if (!saved) throw new AppError('CASE_STALE_VERSION');
    return saved;
  },

  async saveFormData(tx: Tx, row: CaseRow, formDataEnc: string): Promise<CaseRow> {
    const saved = await tx.updateTable('cases').set({ form_data_enc: formDataEnc, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', row.id).where('version', '=', row.version).returningAll().executeTakeFirst();
    if (!saved) throw new AppError('CASE_STALE_VERSION');
    return saved;
  },

  /**
   * The next daily sequence of an implementation, gap-free: the row stays locked until the submit transaction ends,
   * and a rollback returns the number. Null when the day's 9999 numbers are used up.
   */
  async nextSequence(tx: Tx, implementationCode: string, day: string): Promise<number | null> {
    const row = await tx.insertInto('case_number_counters').values({ implementation_code: implementationCode, day, last_value: 1 })
      .onConflict((oc) => oc.columns(['implementation_code', 'day']).doUpdateSet({ last_value: sql<number>`case_number_counters.last_value + 1` })
        .where('case_number_counters.last_value', '<', 9999))
      .returning('last_value').executeTakeFirst();
    return row?.last_value ?? null;
  },

  async insertEvent(tx: Tx, event: NewCaseEvent): Promise<void> {
    await tx.insertInto('case_events').values({ ...event, details: JSON.stringify(event.details ?? {}) }).execute();
  },

  events(db: DbOrTx, caseId: string): Promise<CaseEventRow[]> {
    return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute();
  },

  attachments(db: DbOrTx, caseId: string): Promise<CaseAttachmentRow[]> {
    return db.selectFrom('case_attachments').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  },

  insertAttachment(tx: Tx, values: Omit<CaseAttachmentTable, 'id' | 'created_at'>): Promise<CaseAttachmentRow> {
    return tx.insertInto('case_attachments').values(values).returningAll().executeTakeFirstOrThrow();
  },

  /** An attachment of any case of this applicant (for reuse), or undefined. */
  applicantAttachment(db: DbOrTx, applicantId: string, attachmentId: string): Promise<CaseAttachmentRow | undefined> {
    return db.selectFrom('case_attachments as a').innerJoin('cases as c', 'c.id', 'a.case_id').selectAll('a')
      .where('a.id', '=', attachmentId).where('c.applicant_id', '=', applicantId).executeTakeFirst();
  },

  /** The applicant's earlier attachments, newest first, one per distinct content and material (材料复用). */
  reusableAttachments(db: DbOrTx, applicantId: string, materialKey: string | undefined) {
    let q = db.selectFrom('case_attachments as a').innerJoin('cases as c', 'c.id', 'a.case_id')
      .select(['a.id', 'a.case_id', 'c.case_number', 'c.item_name', 'a.material_key', 'a.file_name', 'a.media_type', 'a.size', 'a.storage_key', 'a.created_at'])
      .distinctOn(['a.storage_key', 'a.material_key'])
      .where('c.applicant_id', '=', applicantId);
    if (materialKey) q = q.where('a.material_key', '=', materialKey);
    return db.selectFrom(q.orderBy('a.storage_key').orderBy('a.material_key').orderBy('a.created_at', 'desc').as('r')).selectAll().orderBy('created_at', 'desc').limit(100).execute();
  },

  async listByApplicant(db: DbOrTx, applicantId: string, page: { offset: number; pageSize: number }, status: string | undefined) {
    let q = db.selectFrom('cases').where('applicant_id', '=', applicantId);
    if (status) q = q.where('status', '=', status as CaseRow['status']);
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').offset(page.offset).limit(page.pageSize).execute(),
      q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  },

  /**
   * Submitted cases a clerk's front desk pre-reviews, most urgent first: the art. 32 deadline, then arrival. Scope
   * (region subtree) AND desk (own region's halls, or own department where it has no hall) both hold.
   */
  async preReviewQueue(db: DbOrTx, desk: FrontDesk, page: { offset: number; pageSize: number }) {
    const q = db.selectFrom('cases as c').innerJoin('applicants as a', 'a.id', 'c.applicant_id')
      .where('c.status', '=', 'submitted')
      .where('c.region_code', 'like', `${desk.scope.regionPrefix}%`)
      .where((eb) => eb.or([
        eb('c.hall_id', 'in', eb.selectFrom('halls').select('id').where('region_code', '=', desk.regionCode)),
        eb.and([eb('c.hall_id', 'is', null), eb('c.department_id', '=', desk.departmentId ?? NO_DEPARTMENT)]),
      ]));
    const [rows, total] = await Promise.all([
      q.selectAll('c').select(['a.name as applicant_name', 'a.kind as applicant_kind'])
        .orderBy('c.pre_review_deadline').orderBy('c.submitted_at').orderBy('c.id').offset(page.offset).limit(page.pageSize).execute(),
      q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  },

  /** Accepted cases of a department in a region subtree, waiting in its queue or assigned to the user (the step queue). */
  stepQueue(db: DbOrTx, who: { departmentId: string; regionPrefix: string; userId: string }, limit: number) {
    return db.selectFrom('cases as c').innerJoin('applicants as a', 'a.id', 'c.applicant_id').selectAll('c').select('a.name as applicant_name')
      .where('c.status', 'in', ['in_review', 'suspended']).where('c.department_id', '=', who.departmentId)
      .where('c.region_code', 'like', `${who.regionPrefix}%`)
      .where((eb) => eb.or([eb(sql`c.state->>'assigneeId'`, 'is', null), eb(sql`c.state->>'assigneeId'`, '=', who.userId)]))
      .orderBy('c.promised_deadline').orderBy('c.accepted_on').orderBy('c.id').limit(limit).execute();
  },

  /** Whether the clerk's desk is this case's front desk (see preReviewQueue). */
  async isFrontDeskOf(db: DbOrTx, desk: FrontDesk, row: Pick<CaseRow, 'hall_id' | 'department_id'>): Promise<boolean> {
    if (row.hall_id === null) return desk.departmentId !== null && desk.departmentId === row.department_id;
    const hall = await db.selectFrom('halls').select('region_code').where('id', '=', row.hall_id).executeTakeFirst();
    return hall?.region_code === desk.regionCode;
  },

  /** The hall whose front desk accepts for a region (the first active one), or null. */
  async hallOfRegion(db: DbOrTx, regionCode: string): Promise<{ id: string; name: string } | null> {
    return (await db.selectFrom('halls').select(['id', 'name']).where('region_code', '=', regionCode).where('active', '=', true)
      .orderBy('created_at').orderBy('id').limit(1).executeTakeFirst()) ?? null;
  },

  /** The published implementation with its version in force. */
  publishedImplementation(db: DbOrTx, id: string) {
    return db.selectFrom('implementations as i').innerJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
      .select(['i.id', 'i.code', 'i.name', 'i.department_id', 'i.region_code', 'i.publication_status', 'v.version', 'v.content'])
      .where('i.id', '=', id).executeTakeFirst();
  },

  /**
   * The content of a published version. Versions are immutable (a change publishes a new version), so it is read once
   * per process and kept (bounded): every case action needs it, often twice.
   */
  async versionContent(db: DbOrTx, implementationId: string, version: number) {
    const key = `${implementationId}:${version}`;
    const cached = versionContents.get(key);
    if (cached) return cached;
    const row = await db.selectFrom('implementation_versions').select('content').where('implementation_id', '=', implementationId).where('version', '=', version).executeTakeFirstOrThrow();
    if (versionContents.size >= 2000) versionContents.clear();
    versionContents.set(key, row.content);
    return row.content;
  },

  async cancelledProofCodes(db: DbOrTx): Promise<Set<string>> {
    const rows = await db.selectFrom('proofs').select('code').where('status', '=', 'cancelled').execute();
    return new Set(rows.map((r) => r.code));
  },

  applicantForPrefill(db: DbOrTx, id: string) {
    return db.selectFrom('applicants').select(['id', 'kind', 'name', 'id_number_enc', 'credit_code', 'legal_representative', 'phone_enc']).where('id', '=', id).executeTakeFirstOrThrow();
  },

  async unitNameOf(db: DbOrTx, staff: { departmentId: string | null }, hallId: string | null): Promise<string | null> {
    if (hallId) return (await db.selectFrom('halls').select('name').where('id', '=', hallId).executeTakeFirst())?.name ?? null;
    if (staff.departmentId) return (await db.selectFrom('departments').select('name').where('id', '=', staff.departmentId).executeTakeFirst())?.name ?? null;
    return null;
  },
};
