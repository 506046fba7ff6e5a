import type { DataScope } from '@onetrip/core';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { CatalogImportRowError, CatalogImportStatus } from '../../../platform/db/schema.ts';

const FINAL: CatalogImportStatus[] = ['succeeded', 'failed'];

/** The columns every view of an import needs (never the file bytes). */
const VIEW_COLUMNS = [
  'id', 'status', 'file_name', 'file_sha256', 'file_size', 'created_by', 'created_by_name', 'total_rows', 'processed_rows', 'item_count',
  'created_count', 'error_count', 'created_implementations', 'created_at', 'started_at', 'finished_at',
] as const;

/** All SQL of the catalogue's spreadsheet import. */
export const importRepository = {
  insert(db: DbOrTx, row: {
    fileName: string; sha256: string; bytes: Uint8Array; idempotencyKey: string | null; createdBy: string; createdByName: string;
    regionCode: string; departmentId: string | null; requestId: string | null; clientIp: string | null;
  }) {
    return db.insertInto('catalog_imports').values({
      file_name: row.fileName, file_sha256: row.sha256, file_size: row.bytes.byteLength, file_bytes: Buffer.from(row.bytes), idempotency_key: row.idempotencyKey,
      created_by: row.createdBy, created_by_name: row.createdByName, region_code: row.regionCode, department_id: row.departmentId,
      request_id: row.requestId, client_ip: row.clientIp,
    }).returning(VIEW_COLUMNS).executeTakeFirstOrThrow();
  },

  findByIdempotencyKey(db: DbOrTx, createdBy: string, key: string) {
    return db.selectFrom('catalog_imports').select(VIEW_COLUMNS).where('created_by', '=', createdBy).where('idempotency_key', '=', key).executeTakeFirst();
  },

  /** Imports a staff member may see: their own, and those of uploaders in their scope. */
  inScope(db: DbOrTx, scope: DataScope, staffId: string) {
    return db.selectFrom('catalog_imports').where((eb) => {
      const placed = scope.departmentId
        ? eb.and([eb('region_code', 'like', `${scope.regionPrefix}%`), eb('department_id', '=', scope.departmentId)])
        : eb('region_code', 'like', `${scope.regionPrefix}%`);
      return eb.or([eb('created_by', '=', staffId), placed]);
    });
  },

  viewColumns: VIEW_COLUMNS,

  /** Takes an import for processing unless it already finished; a retried job starts over (nothing was stored). */
  claim(db: DbOrTx, id: string) {
    return db.updateTable('catalog_imports').set({ status: 'validating', started_at: new Date(), processed_rows: 0, updated_at: new Date() })
      .where('id', '=', id).where('status', 'not in', FINAL)
      .returning(['id', 'file_name', 'file_sha256', 'file_bytes', 'created_by', 'created_by_name', 'request_id', 'client_ip'])
      .executeTakeFirst();
  },

  async progress(db: DbOrTx, id: string, values: { status?: 'validating' | 'importing'; totalRows?: number; processedRows: number; itemCount?: number }): Promise<void> {
    await db.updateTable('catalog_imports').set({
      ...(values.status ? { status: values.status } : {}),
      ...(values.totalRows !== undefined ? { total_rows: values.totalRows } : {}),
      ...(values.itemCount !== undefined ? { item_count: values.itemCount } : {}),
      processed_rows: values.processedRows, updated_at: new Date(),
    }).where('id', '=', id).where('status', 'not in', FINAL).execute();
  },

  /** Ends an import; false when another run already ended it. */
  async finish(db: DbOrTx, id: string, outcome:
    | { status: 'succeeded'; processedRows: number; created: { id: string; code: string; name: string }[] }
    | { status: 'failed'; processedRows: number; errors: CatalogImportRowError[]; errorCount: number }): Promise<boolean> {
    const now = new Date();
    const result = await db.updateTable('catalog_imports').set(outcome.status === 'succeeded'
      ? { status: 'succeeded', processed_rows: outcome.processedRows, created_count: outcome.created.length, created_implementations: JSON.stringify(outcome.created), finished_at: now, updated_at: now }
      : { status: 'failed', processed_rows: outcome.processedRows, error_count: outcome.errorCount, errors: JSON.stringify(outcome.errors), finished_at: now, updated_at: now })
      .where('id', '=', id).where('status', 'not in', FINAL).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },

  errors(db: DbOrTx, id: string) {
    return db.selectFrom('catalog_imports').select('errors').where('id', '=', id).executeTakeFirstOrThrow();
  },
};

export type ImportRow = Awaited<ReturnType<typeof importRepository.insert>>;
