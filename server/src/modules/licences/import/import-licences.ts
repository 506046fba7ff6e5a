/**
 * Stock licences (存量证照, docs/licences.md "Stock import"): a department's paper licences, uploaded as xlsx or UTF-8
 * CSV, become sealed electronic licences — all of them or none.
 *
 * 1. The upload (in the request): permission `licence.import` and the department in the caller's scope (an item
 *    administrator: their own department; a centre administrator: departments of their region subtree), the
 *    department an issuer of the type with an active seal, the file read (415/413). The import row is stored
 *    (`running`) with an audit event.
 * 2. The run: every row checked (validate-import-rows.ts), then against the database (a licence of the same type,
 *    holder and number already exists → error). Any problem → `failed` with the whole report, nothing issued.
 * 3. Otherwise every licence is issued with `issueLicence` in ONE transaction (a failure rolls everything back),
 *    50 at a time so their signatures are in the worker pool together. Imports of one type are serialised by an
 *    advisory lock and the duplicate check is repeated under it, so two uploads of the same file cannot both pass.
 *    Audit events are written at the end of the transaction (`deferAudit`).
 *
 * Progress: `processed_rows` is written through `deps.db` — another connection than the transaction's — after each
 * batch (at most every 250 ms), so a poller sees it while the transaction runs; the import row itself is updated
 * inside the transaction only as its last statement. (An update of `processed_rows` is a no-key update: it does not
 * wait for the key-share locks the licences' foreign key takes on the import row.)
 *
 * Small files (≤ 200 rows) are run before the answer (200, finished); larger ones after it (202, `running`): the
 * run happens in this process (the file is not stored). While it runs its `heartbeat_at` is touched every
 * HEARTBEAT_MS; an import cut off by a restart (its transaction rolled back, nothing issued) stops beating and is
 * ended `failed` (IMPORT_INTERRUPTED, upload again) by the next read of the imports (`endInterruptedImports`).
 */
import { isInScope } from '@onetrip/core';
import { sql } from 'kysely';
import type { Deps } from '../../../platform/http/deps.ts';
import type { Db, Tx } from '../../../platform/db/database.ts';
import type { LicenceImportError } from '../../../platform/db/schema.ts';
import { AppError, type FieldError } from '../../../platform/errors/app-error.ts';
import { ERROR_TABLE } from '../../../platform/errors/error-codes.ts';
import { auditContextOf, requireStaff, type RequestContext, type StaffPrincipal } from '../../../platform/auth/principal.ts';
import { deferAudit, recordAudit, SYSTEM_CONTEXT, writeDeferredAudit, type AuditContext } from '../../../platform/audit/audit-log.ts';
import { cleanFileName } from '../../../platform/files/file-type.ts';
import { pageOf, type Page } from '../../../platform/http/pagination.ts';
import { issueLicence, type LicenceTypeRow } from '../issue-licence.ts';
import { activeSealOf, type SealDepartment } from '../seal-records.ts';
import { readImportFile, type ImportSheet } from './read-import-file.ts';
import { IMPORT_ROW_CODES, sortReport, validateImportRows, type ValidRow } from './validate-import-rows.ts';
import { todayInChina } from '../../../platform/time/today.ts';

/** Files with at most this many rows are imported before the answer. */
export const SYNC_ROWS = 200;
/** Licences issued together (their signatures in flight in the worker pool at once). */
export const ISSUE_BATCH = 50;
const PROGRESS_INTERVAL_MS = 250;
/** The report keeps at most this many problems. */
const MAX_STORED_ERRORS = 5000;
/** First key of the import's advisory lock (the second is the licence type's hash). */
const IMPORT_LOCK_CLASS = 5_150;

export interface ImportUpload {
  fileName: string;
  bytes: Uint8Array;
  licenceTypeId: string | undefined;
  departmentId: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The department if it is in the importer's scope; otherwise 404 (its existence is not revealed). */
async function departmentInScope(db: Db, staff: StaffPrincipal, departmentId: string): Promise<SealDepartment> {
  const department = await db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('id', '=', departmentId).executeTakeFirst();
  if (!department || !isInScope(staff.scope, { regionCode: department.region_code, departmentId: department.id })) throw AppError.notFound('department');
  return department;
}

export async function licenceTypeById(db: Db, id: string): Promise<LicenceTypeRow> {
  if (!UUID.test(id)) throw new AppError('LICENCE_TYPE_NOT_FOUND');
  const type = await db.selectFrom('licence_types').selectAll().where('id', '=', id).where('active', '=', true).executeTakeFirst();
  if (!type) throw new AppError('LICENCE_TYPE_NOT_FOUND');
  return type;
}

function requireIds(upload: ImportUpload): { licenceTypeId: string; departmentId: string } {
  const fields: FieldError[] = [];
  if (!upload.licenceTypeId || !UUID.test(upload.licenceTypeId)) fields.push({ path: '/licenceTypeId', code: 'VALIDATION_FAILED', messages: { zh: '请选择证照类型', en: 'Choose a licence type' } });
  if (!upload.departmentId || !UUID.test(upload.departmentId)) fields.push({ path: '/departmentId', code: 'VALIDATION_FAILED', messages: { zh: '请选择颁发部门', en: 'Choose the issuing department' } });
  if (fields.length > 0) throw AppError.validation(fields);
  return { licenceTypeId: upload.licenceTypeId!, departmentId: upload.departmentId! };
}

/** Accepts an upload: checks, stores the import, runs it (before the answer for small files). */
export async function startLicenceImport(deps: Deps, ctx: RequestContext, upload: ImportUpload): Promise<{ view: LicenceImportDetail; finished: boolean }> {
  const staff = requireStaff(ctx, 'licence.import');
  const ids = requireIds(upload);
  const department = await departmentInScope(deps.db, staff, ids.departmentId);
  const type = await licenceTypeById(deps.db, ids.licenceTypeId);
  const issuer = await deps.db.selectFrom('licence_type_issuers').select('department_id')
    .where('licence_type_id', '=', type.id).where('department_id', '=', department.id).executeTakeFirst();
  if (!issuer) throw new AppError('LICENCE_ISSUER_NOT_AUTHORISED');
  if (!(await activeSealOf(deps.db, department.id))) throw new AppError('LICENCE_NO_ACTIVE_SEAL');
  const sheet = await readImportFile(upload.fileName, upload.bytes);

  const fileName = cleanFileName(upload.fileName) || `import.${sheet.kind}`;
  const audit = auditContextOf(ctx);
  const { id } = await deps.db.transaction().execute(async (tx) => {
    const row = await tx.insertInto('licence_imports').values({
      licence_type_id: type.id, department_id: department.id, file_name: fileName, status: 'running', total_rows: sheet.rows.length, created_by: staff.id,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(tx, audit, {
      action: 'licence_import.started', subjectType: 'licence_import', subjectId: row.id,
      summary: { fileName, typeCode: type.code, departmentId: department.id, rows: sheet.rows.length, size: upload.bytes.byteLength },
    });
    return row;
  });

  const job: ImportJob = { id, type, department, sheet, audit, fileName };
  if (sheet.rows.length <= SYNC_ROWS) {
    await runLicenceImport(deps, job);
    return { view: await importDetail(deps.db, id), finished: true };
  }
  setImmediate(() => {
    runLicenceImport(deps, job).catch((error: unknown) => {
      process.stderr.write(`licence import ${id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    });
  });
  return { view: await importDetail(deps.db, id), finished: false };
}

interface ImportJob {
  id: string;
  type: LicenceTypeRow;
  department: SealDepartment;
  sheet: ImportSheet;
  audit: AuditContext;
  fileName: string;
}

/** Thrown inside the transaction to roll it back with a report. */
class ImportRefused extends Error {
  readonly errors: LicenceImportError[];
  constructor(errors: LicenceImportError[]) {
    super('import refused');
    this.errors = errors;
  }
}

/** Whole-file problems are reported on row 0. */
const wholeFile = (code: string, message: string): LicenceImportError => ({ row: 0, column: null, code, message });

/** How often a running import says it is alive, and how long a silent one counts as running. */
export const HEARTBEAT_MS = 5_000;
export const HEARTBEAT_STALE_SECONDS = 60;

/**
 * Ends, as `failed` with IMPORT_INTERRUPTED and an audit event, every `running` import whose heartbeat stopped
 * (HEARTBEAT_STALE_SECONDS): its process ended mid-run, so its transaction was rolled back and nothing was issued.
 * Safe with several server processes: a live import beats whichever process runs it.
 */
export async function endInterruptedImports(db: Db): Promise<number> {
  const stale = sql<Date>`now() - make_interval(secs => ${HEARTBEAT_STALE_SECONDS})`;
  // One indexed read on every poll; the transaction only when something is to be ended.
  const any = await db.selectFrom('licence_imports').select('id').where('status', '=', 'running').where('heartbeat_at', '<', stale).limit(1).executeTakeFirst();
  if (!any) return 0;
  return db.transaction().execute(async (tx) => {
    const ended = await tx.updateTable('licence_imports')
      .set({ status: 'failed', errors: JSON.stringify([wholeFile('IMPORT_INTERRUPTED', IMPORT_INTERRUPTED_MESSAGE)]), imported_count: 0, finished_at: new Date() })
      .where('status', '=', 'running').where('heartbeat_at', '<', stale)
      .returning(['id', 'file_name']).execute();
    for (const row of ended) {
      await recordAudit(tx, SYSTEM_CONTEXT, { action: 'licence_import.interrupted', subjectType: 'licence_import', subjectId: row.id, summary: { fileName: row.file_name } });
    }
    return ended.length;
  });
}

const IMPORT_INTERRUPTED_MESSAGE = '导入在进行中被服务重启中断，未导入任何证照，请重新上传文件';

/** Checks, then issues everything or nothing. Never throws for bad data: the import ends `failed` with the report. */
export async function runLicenceImport(deps: Deps, job: ImportJob): Promise<void> {
  const schema = job.type;
  const heartbeat = setInterval(() => {
    deps.db.updateTable('licence_imports').set({ heartbeat_at: new Date() }).where('id', '=', job.id).where('status', '=', 'running').execute()
      .catch((error: unknown) => process.stderr.write(`licence import ${job.id}: heartbeat failed: ${error instanceof Error ? error.message : String(error)}\n`));
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const { rows, errors } = validateImportRows(job.type, job.sheet, todayInChina());
    errors.push(...(await alreadyIssued(deps, deps.db, job.type.id, rows)));
    if (errors.length > 0) {
      await failImport(deps.db, job, sortReport(errors, schema));
      return;
    }
    const holders = await applicantsOf(deps, rows);
    await issueAll(deps, job, rows, holders);
  } catch (error) {
    if (error instanceof ImportRefused) {
      await failImport(deps.db, job, sortReport(error.errors, schema));
      return;
    }
    process.stderr.write(`licence import ${job.id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    await failImport(deps.db, job, [wholeFile('INTERNAL_ERROR', '导入时发生内部错误，未导入任何证照，请稍后重试')]);
  } finally {
    clearInterval(heartbeat);
  }
}

async function failImport(db: Db, job: ImportJob, errors: LicenceImportError[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const ended = await tx.updateTable('licence_imports')
      .set({ status: 'failed', errors: JSON.stringify(errors.slice(0, MAX_STORED_ERRORS)), imported_count: 0, finished_at: new Date() })
      .where('id', '=', job.id).where('status', '=', 'running').returning('id').executeTakeFirst();
    if (ended) {
      await recordAudit(tx, job.audit, {
        action: 'licence_import.failed', subjectType: 'licence_import', subjectId: job.id,
        summary: { fileName: job.fileName, typeCode: job.type.code, errorCount: errors.length },
      });
    }
  });
}

/** Rows whose holder already has a licence of this type with the same number (issued by a case or an import). */
async function alreadyIssued(deps: Pick<Deps, 'pii'>, db: Db | Tx, typeId: string, rows: ValidRow[]): Promise<LicenceImportError[]> {
  const byHash = new Map<string, ValidRow[]>();
  for (const r of rows) {
    const hash = deps.pii.blindIndex(r.holder.code);
    byHash.set(hash, [...(byHash.get(hash) ?? []), r]);
  }
  const hashes = [...byHash.keys()];
  const existing = new Set<string>();
  for (let i = 0; i < hashes.length; i += 1000) {
    const found = await db.selectFrom('licences')
      .select(['holder_code_hash', sql<string | null>`metadata->>'number'`.as('number'), sql<string>`metadata->'holder'->>'codeType'`.as('code_type')])
      .where('licence_type_id', '=', typeId).where('holder_code_hash', 'in', hashes.slice(i, i + 1000)).execute();
    for (const f of found) if (f.number !== null) existing.add(`${f.holder_code_hash}|${f.code_type}|${f.number}`);
  }
  const errors: LicenceImportError[] = [];
  for (const [hash, list] of byHash) {
    for (const r of list) {
      if (existing.has(`${hash}|${r.holder.codeType}|${r.number}`)) errors.push({ row: r.row, column: '证照编号', code: 'ALREADY_ISSUED', message: IMPORT_ROW_CODES.ALREADY_ISSUED });
    }
  }
  return errors;
}

/** The platform's applicant for each holder (by the ID number's blind index or the credit code), when registered. */
async function applicantsOf(deps: Deps, rows: ValidRow[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const persons = [...new Set(rows.filter((r) => r.holder.codeType === '111').map((r) => r.holder.code))];
  const enterprises = [...new Set(rows.filter((r) => r.holder.codeType === '001').map((r) => r.holder.code))];
  const hashToCode = new Map(persons.map((code) => [deps.pii.blindIndex(code), code]));
  const hashes = [...hashToCode.keys()];
  for (let i = 0; i < hashes.length; i += 1000) {
    const list = await deps.db.selectFrom('applicants').select(['id', 'id_number_hash']).where('kind', '=', 'person')
      .where('id_number_hash', 'in', hashes.slice(i, i + 1000)).orderBy('created_at').execute();
    for (const a of list) {
      const code = hashToCode.get(a.id_number_hash ?? '');
      if (code && !found.has(`111|${code}`)) found.set(`111|${code}`, a.id);
    }
  }
  for (let i = 0; i < enterprises.length; i += 1000) {
    const list = await deps.db.selectFrom('applicants').select(['id', 'credit_code']).where('kind', '=', 'enterprise')
      .where('credit_code', 'in', enterprises.slice(i, i + 1000)).orderBy('created_at').execute();
    for (const a of list) if (a.credit_code && !found.has(`001|${a.credit_code}`)) found.set(`001|${a.credit_code}`, a.id);
  }
  return found;
}

async function issueAll(deps: Deps, job: ImportJob, rows: ValidRow[], holders: Map<string, string>): Promise<void> {
  let processed = 0;
  let lastWrite = 0;
  const progress = async () => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_INTERVAL_MS) return;
    lastWrite = now;
    await deps.db.updateTable('licence_imports').set({ processed_rows: processed }).where('id', '=', job.id).where('status', '=', 'running').execute();
  };
  const started = Date.now();
  await deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_CLASS}, hashtext(${job.type.id}))`.execute(tx);
    // Another import of this type may have committed while this one was checked.
    const raced = await alreadyIssued(deps, tx, job.type.id, rows);
    if (raced.length > 0) throw new ImportRefused(raced);
    deferAudit(tx);
    for (let i = 0; i < rows.length; i += ISSUE_BATCH) {
      const batch = rows.slice(i, i + ISSUE_BATCH);
      const results = await Promise.allSettled(batch.map((r) => issueLicence(deps, tx, job.audit, {
        type: job.type, department: job.department, number: r.number, issueDate: r.issueDate, validFrom: r.validFrom, validUntil: r.validUntil,
        fields: r.fields, relatedItem: null, source: 'stock_import', importId: job.id,
        holder: { ...r.holder, applicantId: holders.get(`${r.holder.codeType}|${r.holder.code}`) ?? null },
      })));
      const failed = results.findIndex((x) => x.status === 'rejected');
      if (failed >= 0) {
        const reason = (results[failed] as PromiseRejectedResult).reason as unknown;
        if (reason instanceof AppError) {
          // A row the checks let through but issuing refused (or the seal ended meanwhile): named in the report.
          const seal = reason.code === 'LICENCE_NO_ACTIVE_SEAL' || reason.code === 'LICENCE_ISSUER_NOT_AUTHORISED' || reason.code === 'LICENCE_TYPE_NOT_FOUND';
          const zh = ERROR_TABLE[reason.code].zh;
          throw new ImportRefused([seal
            ? wholeFile(reason.code, `${zh}，未导入任何证照`)
            : { row: batch[failed]!.row, column: null, code: 'METADATA_INVALID', message: `${IMPORT_ROW_CODES.METADATA_INVALID}（${zh}）` }]);
        }
        throw reason;
      }
      processed += batch.length;
      await progress();
    }
    await tx.updateTable('licence_imports')
      .set({ status: 'completed', processed_rows: rows.length, imported_count: rows.length, errors: '[]', finished_at: new Date() })
      .where('id', '=', job.id).execute();
    await recordAudit(tx, job.audit, {
      action: 'licence_import.completed', subjectType: 'licence_import', subjectId: job.id,
      summary: { fileName: job.fileName, typeCode: job.type.code, imported: rows.length, ms: Date.now() - started },
    });
    await writeDeferredAudit(tx);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

function scopedImports(db: Db, staff: StaffPrincipal) {
  let q = db.selectFrom('licence_imports as i')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .innerJoin('licence_types as t', 't.id', 'i.licence_type_id')
    .innerJoin('staff_users as s', 's.id', 'i.created_by')
    .where('d.region_code', 'like', `${staff.scope.regionPrefix}%`);
  if (staff.scope.departmentId !== null) q = q.where('i.department_id', '=', staff.scope.departmentId);
  return q;
}

const VIEW_COLUMNS = [
  'i.id', 'i.status', 'i.file_name', 'i.total_rows', 'i.processed_rows', 'i.imported_count', 'i.created_at', 'i.finished_at',
  'i.licence_type_id', 't.code as type_code', 't.name as type_name', 'i.department_id', 'd.name as department_name',
  'i.created_by', 's.display_name as created_by_name',
] as const;

type ViewRow = {
  id: string; status: 'running' | 'completed' | 'failed'; file_name: string; total_rows: number; processed_rows: number; imported_count: number;
  created_at: Date; finished_at: Date | null; licence_type_id: string; type_code: string; type_name: string; department_id: string;
  department_name: string; created_by: string; created_by_name: string; error_count: number;
};

function toView(row: ViewRow) {
  return {
    id: row.id, status: row.status, fileName: row.file_name,
    licenceType: { id: row.licence_type_id, code: row.type_code, name: row.type_name },
    department: { id: row.department_id, name: row.department_name },
    createdBy: { id: row.created_by, name: row.created_by_name },
    totalRows: row.total_rows, processedRows: row.processed_rows, importedCount: row.imported_count, errorCount: row.error_count,
    createdAt: row.created_at.toISOString(), finishedAt: row.finished_at?.toISOString() ?? null,
  };
}
export type LicenceImportView = ReturnType<typeof toView>;
export type LicenceImportDetail = LicenceImportView & { errors: LicenceImportError[] };

async function importDetail(db: Db, id: string, staff?: StaffPrincipal): Promise<LicenceImportDetail> {
  const base = staff
    ? scopedImports(db, staff)
    : db.selectFrom('licence_imports as i').innerJoin('departments as d', 'd.id', 'i.department_id')
      .innerJoin('licence_types as t', 't.id', 'i.licence_type_id').innerJoin('staff_users as s', 's.id', 'i.created_by');
  const row = await base.select([...VIEW_COLUMNS, 'i.errors', sql<number>`jsonb_array_length(i.errors)`.as('error_count')])
    .where('i.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('LICENCE_IMPORT_NOT_FOUND');
  return { ...toView(row), errors: row.errors };
}

/** One import: status, counts, progress and the whole error report. */
export async function getLicenceImport(deps: Deps, ctx: RequestContext, id: string): Promise<LicenceImportDetail> {
  const staff = requireStaff(ctx, 'licence.import');
  await endInterruptedImports(deps.db);
  return importDetail(deps.db, id, staff);
}

/** Imports of the departments in the caller's scope, newest first. */
export async function listLicenceImports(deps: Deps, ctx: RequestContext, query: { page?: number | undefined; pageSize?: number | undefined; departmentId?: string | undefined }): Promise<Page<LicenceImportView>> {
  const staff = requireStaff(ctx, 'licence.import');
  await endInterruptedImports(deps.db);
  const { page, pageSize, offset } = pageOf(query);
  let q = scopedImports(deps.db, staff);
  if (query.departmentId) q = q.where('i.department_id', '=', query.departmentId);
  const [rows, count] = await Promise.all([
    q.select([...VIEW_COLUMNS, sql<number>`jsonb_array_length(i.errors)`.as('error_count')]).orderBy('i.created_at', 'desc').orderBy('i.id').limit(pageSize).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), total: Number(count.n), page, pageSize };
}

function csvValue(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  // A leading = + - @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The error report as UTF-8 CSV (with a byte-order mark, so Excel reads the Chinese): 行, 列, 代码, 说明. */
export async function licenceImportErrorsCsv(deps: Deps, ctx: RequestContext, id: string): Promise<{ fileName: string; csv: string }> {
  const detail = await getLicenceImport(deps, ctx, id);
  const lines = [['行', '列', '代码', '说明'].join(',')];
  for (const e of detail.errors) lines.push([e.row === 0 ? '整个文件' : e.row, e.column, e.code, e.message].map(csvValue).join(','));
  const base = detail.fileName.replace(/\.(csv|xlsx|txt)$/i, '');
  return { fileName: `${base}-错误清单.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` };
}

/** What the caller may import: departments in scope that issue at least one active type, with their seal state. */
export async function licenceImportChoices(deps: Deps, ctx: RequestContext) {
  const staff = requireStaff(ctx, 'licence.import');
  const now = new Date();
  let q = deps.db.selectFrom('licence_type_issuers as li')
    .innerJoin('departments as d', 'd.id', 'li.department_id')
    .innerJoin('licence_types as t', 't.id', 'li.licence_type_id')
    .select(['d.id as department_id', 'd.name as department_name', 't.id', 't.code', 't.name'])
    .select((eb) => eb.exists(eb.selectFrom('seals as s').select('s.id').whereRef('s.department_id', '=', 'd.id').where('s.status', '=', 'active')
      .where('s.valid_from', '<=', now).where('s.valid_until', '>', now)).as('has_active_seal'))
    .where('t.active', '=', true)
    .where('d.region_code', 'like', `${staff.scope.regionPrefix}%`);
  if (staff.scope.departmentId !== null) q = q.where('d.id', '=', staff.scope.departmentId);
  const rows = await q.orderBy('d.name').orderBy('t.name').execute();
  const departments = new Map<string, { id: string; name: string; hasActiveSeal: boolean; licenceTypes: { id: string; code: string; name: string }[] }>();
  for (const r of rows) {
    const entry = departments.get(r.department_id) ?? { id: r.department_id, name: r.department_name, hasActiveSeal: Boolean(r.has_active_seal), licenceTypes: [] as { id: string; code: string; name: string }[] };
    entry.licenceTypes.push({ id: r.id, code: r.code, name: r.name });
    departments.set(r.department_id, entry);
  }
  return { departments: [...departments.values()] };
}

/** A type's template: anyone who may import (the type's fields are not secret). */
export async function licenceImportTemplateType(deps: Deps, ctx: RequestContext, typeId: string): Promise<LicenceTypeRow> {
  requireStaff(ctx, 'licence.import');
  return licenceTypeById(deps.db, typeId);
}
