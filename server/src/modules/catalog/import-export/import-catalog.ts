/**
 * Spreadsheet import of implementations (事项批量导入): a department (or the centre) uploads a workbook in the
 * template's format; a background job reads and checks every row, and either creates every implementation as a
 * draft in one transaction, with an audit event each, or creates nothing and keeps a row-by-row error report.
 */
import { createHash } from 'node:crypto';
import { roleHasPermission, scopeFor } from '@onetrip/core';
import type { Deps } from '../../../platform/http/deps.ts';
import type { Db } from '../../../platform/db/database.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../../platform/auth/principal.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit-log.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { ERROR_TABLE } from '../../../platform/errors/error-codes.ts';
import { isUniqueViolation } from '../../../platform/db/pg-errors.ts';
import { pageOf, type Page } from '../../../platform/http/pagination.ts';
import { QUEUES } from '../../../platform/jobs/jobs.ts';
import { cleanFileName } from '../../../platform/files/file-type.ts';
import type { CatalogImportRowError } from '../../../platform/db/schema.ts';
import { insertImplementation } from '../create-implementation.ts';
import { importRepository as repo, type ImportRow } from './import-export.repository.ts';
import { loadWorkbook, parseWorkbook, type ParsedItem, type RowError } from './parse-workbook.ts';
import { validateImport } from './validate-import.ts';
import { checkXlsx } from './xlsx-file.ts';
import { DATA_SHEETS, MAX_FILE_BYTES, MAX_UNPACKED_BYTES } from './workbook-spec.ts';

/** At most this many report rows are kept; the count says how many there were. */
const MAX_STORED_ERRORS = 5000;
/** Progress is written at most this often (it is read by polling clients). */
const PROGRESS_INTERVAL_MS = 250;

export function toImportView(row: Pick<ImportRow, (typeof repo.viewColumns)[number]>) {
  return {
    id: row.id, status: row.status, fileName: row.file_name, fileSha256: row.file_sha256, fileSize: row.file_size,
    createdBy: { id: row.created_by, name: row.created_by_name },
    totalRows: row.total_rows, processedRows: row.processed_rows, itemCount: row.item_count, createdCount: row.created_count, errorCount: row.error_count,
    createdImplementations: row.created_implementations,
    createdAt: row.created_at.toISOString(), startedAt: row.started_at?.toISOString() ?? null, finishedAt: row.finished_at?.toISOString() ?? null,
  };
}
export type ImportView = ReturnType<typeof toImportView>;

/**
 * Accepts an upload and queues its import. The same file sent again with the same Idempotency-Key (a client's
 * retry) answers the import it started the first time; the key with another file is refused.
 */
export async function startCatalogImport(deps: Deps, ctx: RequestContext, input: { fileName: string; bytes: Uint8Array; idempotencyKey: string | null }): Promise<{ view: ImportView; replayed: boolean }> {
  const staff = requireStaff(ctx, 'catalog.import');
  if (input.bytes.byteLength === 0) throw new AppError('IMPORT_FILE_REQUIRED');
  if (input.bytes.byteLength > MAX_FILE_BYTES) throw new AppError('IMPORT_FILE_TOO_LARGE');
  const check = checkXlsx(input.bytes, MAX_UNPACKED_BYTES);
  if (!check.ok) throw new AppError(check.reason === 'too_large_unpacked' ? 'IMPORT_FILE_TOO_LARGE' : 'IMPORT_NOT_XLSX');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  const replay = async () => {
    if (input.idempotencyKey === null) return null;
    const previous = await repo.findByIdempotencyKey(deps.db, staff.id, input.idempotencyKey);
    if (!previous) return null;
    if (previous.file_sha256 !== sha256) throw new AppError('IDEMPOTENCY_KEY_REUSED', { details: { importId: previous.id } });
    return { view: toImportView(previous), replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const fileName = cleanFileName(input.fileName) || 'import.xlsx';
  let row: ImportRow;
  try {
    row = await deps.db.transaction().execute(async (tx) => {
      const inserted = await repo.insert(tx, {
        fileName, sha256, bytes: input.bytes, idempotencyKey: input.idempotencyKey, createdBy: staff.id, createdByName: staff.username,
        regionCode: staff.regionCode, departmentId: staff.departmentId, requestId: ctx.requestId, clientIp: ctx.clientIp,
      });
      await recordAudit(tx, auditContextOf(ctx), { action: 'catalog_import.queued', subjectType: 'catalog_import', subjectId: inserted.id, summary: { fileName, sha256, size: input.bytes.byteLength } });
      return inserted;
    });
  } catch (error) {
    // Two retries raced: the other one stored the import.
    if (isUniqueViolation(error)) {
      const other = await replay();
      if (other) return other;
    }
    throw error;
  }
  await dispatch(deps, row.id);
  return { view: toImportView(row), replayed: false };
}

/** After commit: on the pg-boss queue, or in this process when jobs are switched off (JOBS_ENABLED=false). */
async function dispatch(deps: Deps, importId: string): Promise<void> {
  if (deps.jobs) {
    await deps.jobs.send(QUEUES.catalogImport, { importId });
    return;
  }
  setImmediate(() => {
    runCatalogImport(deps.db, importId).catch((error: unknown) => {
      process.stderr.write(`catalog import ${importId} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    });
  });
}

function sortErrors(errors: RowError[]): RowError[] {
  const sheetOrder = (name: string) => {
    const i = DATA_SHEETS.findIndex((s) => [s.name, s.zh, s.en].map((x) => x.toLowerCase()).includes(name.trim().toLowerCase()));
    return i < 0 ? DATA_SHEETS.length : i;
  };
  const columnOrder = (sheet: string, column: string | null) => {
    const spec = DATA_SHEETS[sheetOrder(sheet)];
    const i = spec && column ? spec.columns.findIndex((c) => c.key === column) : -1;
    return i < 0 ? -1 : i;
  };
  return [...errors].sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.sheet, a.column) - columnOrder(b.sheet, b.column));
}

const rowsOf = (item: ParsedItem) => 1 + item.content.conditions.length + item.content.materials.length + item.content.process.length + item.content.fees.length + item.content.faq.length;

type ClaimedImport = NonNullable<Awaited<ReturnType<typeof repo.claim>>>;

const wholeFile = (code: 'IMPORT_FILE_UNREADABLE' | 'FORBIDDEN' | 'INTERNAL_ERROR'): RowError => ({ sheet: '', row: null, column: null, cell: null, code, message: { zh: ERROR_TABLE[code].zh, en: ERROR_TABLE[code].en } });

/**
 * The background job: claims the import, reads and checks every row, then stores everything or nothing. Safe to
 * run again (a pg-boss retry): a finished import is left alone, and an unfinished one stored nothing yet.
 */
export async function runCatalogImport(db: Db, importId: string): Promise<void> {
  const job = await repo.claim(db, importId);
  if (!job) return;
  const audit: AuditContext = { actor: { kind: 'staff', id: job.created_by, name: job.created_by_name, role: null }, requestId: job.request_id, clientIp: job.client_ip };
  try {
    await processImport(db, job, audit);
  } catch (error) {
    process.stderr.write(`catalog import ${importId}: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    await failImport(db, job, audit, [wholeFile('INTERNAL_ERROR')], 0);
  }
}

async function failImport(db: Db, job: ClaimedImport, audit: AuditContext, errors: RowError[], processedRows: number): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const ended = await repo.finish(tx, job.id, { status: 'failed', processedRows, errors: sortErrors(errors).slice(0, MAX_STORED_ERRORS), errorCount: errors.length });
    if (ended) await recordAudit(tx, audit, { action: 'catalog_import.failed', subjectType: 'catalog_import', subjectId: job.id, summary: { fileName: job.file_name, sha256: job.file_sha256, errorCount: errors.length } });
  });
}

async function processImport(db: Db, job: ClaimedImport, audit: AuditContext): Promise<void> {
  const importId = job.id;
  const staff = await db.selectFrom('staff_users').select(['roles', 'region_code', 'department_id', 'active']).where('id', '=', job.created_by).executeTakeFirstOrThrow();
  const roles = staff.roles;
  audit.actor.role = roles.join(',');
  // The importer's rights are those of now, not of the upload: a revoked role imports nothing.
  if (!staff.active || !roleHasPermission(roles, 'catalog.import')) {
    await failImport(db, job, audit, [wholeFile('FORBIDDEN')], 0);
    return;
  }
  const scope = scopeFor({ regionCode: staff.region_code, departmentId: staff.department_id, roles });

  let parsed;
  try {
    parsed = parseWorkbook(await loadWorkbook(job.file_bytes));
  } catch {
    await failImport(db, job, audit, [wholeFile('IMPORT_FILE_UNREADABLE')], 0);
    return;
  }
  const items = parsed.items;
  const total = parsed.totalRows;
  let processed = 0;
  let lastWrite = 0;
  const progress = async (status: 'validating' | 'importing', force = false) => {
    const now = Date.now();
    if (!force && now - lastWrite < PROGRESS_INTERVAL_MS) return;
    lastWrite = now;
    await repo.progress(db, importId, { status, totalRows: total, processedRows: Math.min(processed, total), itemCount: items.length });
  };
  await progress('validating', true);

  const rowsByItem = new Map(items.map((item) => [item, rowsOf(item)]));
  const { ready, errors } = await validateImport(db, scope, items, async (done) => {
    processed += rowsByItem.get(items[done - 1]!) ?? 1;
    await progress('validating');
  });
  const allErrors = [...parsed.errors, ...errors.list];
  if (allErrors.length === 0 && items.length === 0) {
    allErrors.push({ sheet: DATA_SHEETS[0]!.name, row: null, column: null, cell: null, code: 'IMPORT_VALUE_REQUIRED', message: { zh: '“事项”表中没有任何事项', en: 'The Items sheet has no items' } });
  }
  if (allErrors.length > 0) {
    await failImport(db, job, audit, allErrors, total);
    return;
  }

  processed = 0;
  await progress('importing', true);
  let current: ParsedItem | null = null;
  try {
    // One transaction: all implementations and their audit events, or none. Progress is written outside it
    // (another connection) so pollers see it; the import's own row is touched inside only at the very end.
    await db.transaction().execute(async (tx) => {
      const created: { id: string; code: string; name: string }[] = [];
      for (const r of ready) {
        current = r.item;
        const id = await insertImplementation(tx, audit, {
          code: r.code, basicCode: r.basicCode, departmentId: r.departmentId, regionCode: r.regionCode, level: r.level, inheritsFrom: null, content: r.content,
        }, { importId, row: r.item.origin.row });
        created.push({ id, code: r.code, name: r.content.name });
        processed += rowsByItem.get(r.item) ?? 1;
        await progress('importing');
      }
      current = null;
      // Another run finished this import meanwhile: store nothing twice.
      if (!(await repo.finish(tx, importId, { status: 'succeeded', processedRows: total, created }))) throw new ImportTakenOver();
      await recordAudit(tx, audit, { action: 'catalog_import.succeeded', subjectType: 'catalog_import', subjectId: importId, summary: { fileName: job.file_name, sha256: job.file_sha256, created: created.length } });
    });
  } catch (error) {
    if (error instanceof ImportTakenOver) return;
    // Someone filed the same implementation by hand between the check and the insert.
    const item = current as ParsedItem | null;
    if (isUniqueViolation(error) && item) {
      const message = { zh: ERROR_TABLE.IMPLEMENTATION_EXISTS.zh, en: ERROR_TABLE.IMPLEMENTATION_EXISTS.en };
      await failImport(db, job, audit, [{ ...item.origin, column: 'basicCode', cell: item.rowCells['basicCode'] ?? null, code: 'IMPLEMENTATION_EXISTS', message }], Math.min(processed, total));
      return;
    }
    throw error;
  }
}

class ImportTakenOver extends Error {}

async function loadInScope(deps: Deps, ctx: RequestContext, id: string) {
  const staff = requireStaff(ctx, 'catalog.import');
  const row = await repo.inScope(deps.db, staff.scope, staff.id).select(repo.viewColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound('catalog import');
  return row;
}

/** One import: status and progress, what it created, and one page of its error report. */
export async function getCatalogImport(deps: Deps, ctx: RequestContext, id: string, query: { page?: number | undefined; pageSize?: number | undefined }) {
  const row = await loadInScope(deps, ctx, id);
  const { page, pageSize, offset } = pageOf(query);
  const { errors } = await repo.errors(deps.db, id);
  const errorPage: Page<CatalogImportRowError> = { items: errors.slice(offset, offset + pageSize), total: errors.length, page, pageSize };
  return { ...toImportView(row), errors: errorPage };
}

/** Recent imports in the caller's scope, newest first. */
export async function listCatalogImports(deps: Deps, ctx: RequestContext, query: { page?: number | undefined; pageSize?: number | undefined }): Promise<Page<ImportView>> {
  const staff = requireStaff(ctx, 'catalog.import');
  const { page, pageSize, offset } = pageOf(query);
  const q = repo.inScope(deps.db, staff.scope, staff.id);
  const [rows, count] = await Promise.all([
    q.select(repo.viewColumns).orderBy('created_at', 'desc').orderBy('id').limit(pageSize).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toImportView), total: Number(count.n), page, pageSize };
}

/** Every stored report row of an import, for the downloadable error workbook. */
export async function catalogImportErrors(deps: Deps, ctx: RequestContext, id: string): Promise<{ view: ImportView; errors: CatalogImportRowError[] }> {
  const row = await loadInScope(deps, ctx, id);
  return { view: toImportView(row), errors: (await repo.errors(deps.db, id)).errors };
}
