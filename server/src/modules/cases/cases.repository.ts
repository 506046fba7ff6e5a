import { randomUUID } from 'node:crypto';
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

/**
 * What an action needs besides the case row, read in the same statement as the row (`find` with `facts` or
 * `forUpdate`): the front desk's hall (name, region), the department's name, the applicant's name, identifiers and
 * phone (as stored), and the proof codes cancelled right now. Read in the action's transaction like the separate
 * selects they replace, so they are exactly as fresh; kept beside the row object (and carried to the row `saveState`
 * answers), never in a cache that outlives the request.
 */
export interface CaseFacts {
  hallName: string | null;
  hallRegionCode: string | null;
  departmentName: string | null;
  cancelledProofs: ReadonlySet<string>;
  /** Undefined only if the applicant's row were missing (the callers then read, and fail, as before). */
  applicant: { name: string; kind: 'person' | 'enterprise'; id_number_enc: string | null; credit_code: string | null; phone_enc: string | null; phone_masked: string | null } | undefined;
}

const caseFacts = new WeakMap<CaseRow, CaseFacts>();

/** The facts read with this row object, if it was read with them. */
export function factsOf(row: CaseRow): CaseFacts | undefined {
  return caseFacts.get(row);
}

function eventValues(event: NewCaseEvent) {
  return { ...event, details: JSON.stringify(event.details ?? {}) };
}

/** All SQL of the cases module. */
export const casesRepository = {
  /**
   * The case row. Read FOR UPDATE (an action) or with `facts`, the same statement also reads the action's facts
   * (`factsOf(row)`): one round trip instead of up to five. FOR UPDATE OF the case only: the joined reference rows
   * are read, not locked, as the separate selects did.
   */
  async find(db: DbOrTx, id: string, options: { forUpdate?: boolean; facts?: boolean } = {}): Promise<CaseRow | undefined> {
    if (!options.forUpdate && !options.facts) return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    let q = db.selectFrom('cases as c').leftJoin('applicants as a', 'a.id', 'c.applicant_id')
      .leftJoin('halls as h', 'h.id', 'c.hall_id').leftJoin('departments as d', 'd.id', 'c.department_id')
      .selectAll('c')
      .select([
        'h.name as f_hall_name', 'h.region_code as f_hall_region_code', 'd.name as f_department_name',
        'a.name as f_applicant_name', 'a.kind as f_applicant_kind', 'a.id_number_enc as f_applicant_id_number_enc', 'a.credit_code as f_applicant_credit_code',
        'a.phone_enc as f_applicant_phone_enc', 'a.phone_masked as f_applicant_phone_masked',
        sql<string[]>`(SELECT coalesce(array_agg(p.code), '{}') FROM proofs p WHERE p.status = 'cancelled')`.as('f_cancelled_proofs'),
      ])
      .where('c.id', '=', id);
    if (options.forUpdate) q = q.forUpdate(['c']);
    const found = await q.executeTakeFirst();
    if (!found) return undefined;
    const {
      f_hall_name, f_hall_region_code, f_department_name, f_applicant_name, f_applicant_kind, f_applicant_id_number_enc, f_applicant_credit_code,
      f_applicant_phone_enc, f_applicant_phone_masked, f_cancelled_proofs, ...row
    } = found;
    caseFacts.set(row, {
      hallName: f_hall_name, hallRegionCode: f_hall_region_code, departmentName: f_department_name, cancelledProofs: new Set(f_cancelled_proofs),
      applicant: f_applicant_name === null || f_applicant_kind === null ? undefined : {
        name: f_applicant_name, kind: f_applicant_kind, id_number_enc: f_applicant_id_number_enc, credit_code: f_applicant_credit_code,
        phone_enc: f_applicant_phone_enc, phone_masked: f_applicant_phone_masked,
      },
    });
    return row;
  },

  /**
   * Inserts a case; with its first timeline event, in one statement (the id is made here, v4 like the column's
   * default, so the event can name it; its foreign key is checked at the statement's end).
   */
  insert(tx: Tx, values: Omit<CaseTable, 'id' | 'created_at' | 'updated_at' | 'version' | 'state'> & { state: CaseState }, event?: Omit<NewCaseEvent, 'case_id'>): Promise<CaseRow> {
    const row = { ...values, state: JSON.stringify(values.state) };
    if (!event) return tx.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
    const id = randomUUID();
    return tx.with('ev', (qb) => qb.insertInto('case_events').values(eventValues({ ...event, case_id: id })))
      .insertInto('cases').values({ ...row, id }).returningAll().executeTakeFirstOrThrow();
  },

  /**
   * Stores core's next state with its projections (status, received_on, accepted_on) and bumps the version. The row
   * must be the one read FOR UPDATE in this transaction; the version guard catches a caller that did not.
   */
  async saveState(tx: Tx, row: CaseRow, next: CaseState, update: CaseUpdate = {}, event?: NewCaseEvent): Promise<CaseRow> {
    const set = {
      ...update, state: JSON.stringify(next), status: next.status, received_on: next.receivedOn, accepted_on: next.acceptedOn,
      version: sql<number>`version + 1`, updated_at: sql<Date>`now()`,
    };
    // With its timeline event: one statement (the UPDATE and the INSERT of a data-modifying WITH). A stale version
    // throws below and the transaction, event included, rolls back.
    const saved = event
      ? await tx.with('ev', (qb) => qb.insertInto('case_events').values(eventValues(event)))
        .updateTable('cases').set(set).where('id', '=', row.id).where('version', '=', row.version).returningAll().executeTakeFirst()
      : await tx.updateTable('cases').set(set).where('id', '=', row.id).where('version', '=', row.version).returningAll().executeTakeFirst();
    if (!saved) throw new AppError('CASE_STALE_VERSION');
    const facts = caseFacts.get(row);
    if (facts) caseFacts.set(saved, facts);
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
    await tx.insertInto('case_events').values(eventValues(event)).execute();
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
    // Uploaded files only: a licence is attached as a licence, never reused as a file.
    return db.selectFrom('case_attachments as a').innerJoin('cases as c', 'c.id', 'a.case_id').selectAll('a')
      .where('a.id', '=', attachmentId).where('c.applicant_id', '=', applicantId).where('a.storage_key', 'is not', null).executeTakeFirst();
  },

  /** The applicant's earlier attachments, newest first, one per distinct content and material (材料复用). */
  reusableAttachments(db: DbOrTx, applicantId: string, materialKey: string | undefined) {
    let q = db.selectFrom('case_attachments as a').innerJoin('cases as c', 'c.id', 'a.case_id')
      .select(['a.id', 'a.case_id', 'c.case_number', 'c.item_name', 'a.material_key', 'a.file_name', 'a.media_type', 'a.size', 'a.storage_key', 'a.created_at'])
      .distinctOn(['a.storage_key', 'a.material_key'])
      .where('c.applicant_id', '=', applicantId).where('a.storage_key', 'is not', null);
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
    const facts = caseFacts.get(row as CaseRow);
    if (facts) return facts.hallRegionCode === desk.regionCode;
    const hall = await db.selectFrom('halls').select('region_code').where('id', '=', row.hall_id).executeTakeFirst();
    return hall?.region_code === desk.regionCode;
  },

  /** The hall whose front desk accepts for a region (the first active one), or null. */
  async hallOfRegion(db: DbOrTx, regionCode: string): Promise<{ id: string; name: string } | null> {
    return (await db.selectFrom('halls').select(['id', 'name']).where('region_code', '=', regionCode).where('active', '=', true)
      .orderBy('created_at').orderBy('id').limit(1).executeTakeFirst()) ?? null;
  },

  /**
   * What an applicant's new draft needs, in one statement: the implementation with its version in force (as
   * `publishedImplementation`), the hall whose front desk accepts for its region (as `hallOfRegion`) and the proof
   * codes cancelled now (for the answer).
   */
  async draftSources(db: DbOrTx, implementationId: string) {
    const found = await db.selectFrom('implementations as i').innerJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
      .select(['i.id', 'i.code', 'i.name', 'i.department_id', 'i.region_code', 'i.publication_status', 'v.version', 'v.content'])
      .select((eb) => [
        eb.selectFrom('halls as h').select('h.id').whereRef('h.region_code', '=', 'i.region_code').where('h.active', '=', true)
          .orderBy('h.created_at').orderBy('h.id').limit(1).as('f_hall_id'),
        sql<string[]>`(SELECT coalesce(array_agg(p.code), '{}') FROM proofs p WHERE p.status = 'cancelled')`.as('f_cancelled_proofs'),
      ])
      .where('i.id', '=', implementationId).executeTakeFirst();
    if (!found) return undefined;
    const { f_hall_id, f_cancelled_proofs, ...implementation } = found;
    return { implementation, hallId: f_hall_id, cancelledProofs: new Set(f_cancelled_proofs) };
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

  /** The cancelled proof codes: those read with the row (`factsOf`), else read now. */
  async cancelledProofCodesFor(db: DbOrTx, row: CaseRow): Promise<ReadonlySet<string>> {
    return caseFacts.get(row)?.cancelledProofs ?? casesRepository.cancelledProofCodes(db);
  },

  async cancelledProofCodes(db: DbOrTx): Promise<Set<string>> {
    const rows = await db.selectFrom('proofs').select('code').where('status', '=', 'cancelled').execute();
    return new Set(rows.map((r) => r.code));
  },

  applicantForPrefill(db: DbOrTx, id: string) {
    return db.selectFrom('applicants').select(['id', 'kind', 'name', 'id_number_enc', 'credit_code', 'legal_representative', 'phone_enc']).where('id', '=', id).executeTakeFirstOrThrow();
  },

  /** The unit a staff member acts for: the hall, else their department (from the row's facts when they name the same). */
  async unitNameOf(db: DbOrTx, staff: { departmentId: string | null }, hallId: string | null, row?: CaseRow): Promise<string | null> {
    const facts = row ? caseFacts.get(row) : undefined;
    if (facts && row) {
      if (hallId && hallId === row.hall_id) return facts.hallName;
      if (!hallId && staff.departmentId && staff.departmentId === row.department_id) return facts.departmentName;
    }
    if (hallId) return (await db.selectFrom('halls').select('name').where('id', '=', hallId).executeTakeFirst())?.name ?? null;
    if (staff.departmentId) return (await db.selectFrom('departments').select('name').where('id', '=', staff.departmentId).executeTakeFirst())?.name ?? null;
    return null;
  },
};
