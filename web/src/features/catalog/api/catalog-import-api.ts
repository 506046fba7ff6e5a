import { api, type Page } from '../../../lib/api-client.ts';
import type { ImplementationFilter } from './implementations-api.ts';

export type ImportStatus = 'queued' | 'validating' | 'importing' | 'succeeded' | 'failed';

/** One row of an import's error report: where (sheet, spreadsheet row, column key, cell) and what. */
export interface ImportRowError {
  sheet: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  code: string;
  message: { zh: string; en: string };
}

export interface CatalogImport {
  id: string;
  status: ImportStatus;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  createdBy: { id: string; name: string };
  totalRows: number;
  processedRows: number;
  itemCount: number;
  createdCount: number;
  errorCount: number;
  createdImplementations: { id: string; code: string; name: string }[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface CatalogImportDetail extends CatalogImport {
  errors: Page<ImportRowError>;
}

/** The server refuses larger files with IMPORT_FILE_TOO_LARGE; checking first saves a long upload. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export function isFinished(status: ImportStatus): boolean {
  return status === 'succeeded' || status === 'failed';
}

export const catalogImportKeys = {
  all: ['catalog-imports'] as const,
  list: (page: number, pageSize: number) => ['catalog-imports', 'list', page, pageSize] as const,
  detail: (id: string, page: number, pageSize: number) => ['catalog-imports', 'detail', id, page, pageSize] as const,
};

export function fetchCatalogImports(page: number, pageSize: number, signal?: AbortSignal): Promise<Page<CatalogImport>> {
  return api.get<Page<CatalogImport>>('/catalog/imports', { page, pageSize }, signal);
}

export function fetchCatalogImport(id: string, page: number, pageSize: number, signal?: AbortSignal): Promise<CatalogImportDetail> {
  return api.get<CatalogImportDetail>(`/catalog/imports/${encodeURIComponent(id)}`, { page, pageSize }, signal);
}

/** The key makes a retried upload of the same file answer the import it already started. */
export function uploadCatalogImport({ file, idempotencyKey }: { file: File; idempotencyKey: string }): Promise<CatalogImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.postForm<CatalogImport>('/catalog/imports', form, { 'Idempotency-Key': idempotencyKey });
}

/** Downloads are plain same-origin links: the session cookie authorises them. */
export const CATALOG_TEMPLATE_URL = '/api/catalog/import/template';

export function catalogImportErrorsUrl(id: string): string {
  return `/api/catalog/imports/${encodeURIComponent(id)}/errors.xlsx`;
}

/** The export with the workbench list's filters (paging does not apply: the export has every match). */
export function catalogExportUrl(filter: ImplementationFilter): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'publicationStatus', 'changeStatus', 'departmentId'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `/api/catalog/export.xlsx?${search}` : '/api/catalog/export.xlsx';
}
