import { api, type Page } from '../../../../lib/api-client.ts';

export type LicenceImportStatus = 'running' | 'completed' | 'failed';

/** One problem of the report: the file's row (1 = header, 0 = the whole file), the column's header, a code, a Chinese message. */
export interface LicenceImportError {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface LicenceImport {
  id: string;
  status: LicenceImportStatus;
  fileName: string;
  licenceType: { id: string; code: string; name: string };
  department: { id: string; name: string };
  createdBy: { id: string; name: string };
  totalRows: number;
  processedRows: number;
  importedCount: number;
  errorCount: number;
  createdAt: string;
  finishedAt: string | null;
}

export interface LicenceImportDetail extends LicenceImport {
  errors: LicenceImportError[];
}

export interface LicenceImportChoices {
  departments: { id: string; name: string; hasActiveSeal: boolean; licenceTypes: { id: string; code: string; name: string }[] }[];
}

/** The server refuses larger files (LICENCE_IMPORT_TOO_LARGE); checking first saves a long upload. */
export const LICENCE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const licenceImportKeys = {
  all: ['licence-imports'] as const,
  choices: ['licence-imports', 'choices'] as const,
  list: (page: number, pageSize: number) => ['licence-imports', 'list', page, pageSize] as const,
  detail: (id: string) => ['licence-imports', 'detail', id] as const,
};

export function fetchLicenceImportChoices(signal?: AbortSignal): Promise<LicenceImportChoices> {
  return api.get<LicenceImportChoices>('/licence-imports/choices', undefined, signal);
}

export function fetchLicenceImports(page: number, pageSize: number, signal?: AbortSignal): Promise<Page<LicenceImport>> {
  return api.get<Page<LicenceImport>>('/licence-imports', { page, pageSize }, signal);
}

export function fetchLicenceImport(id: string, signal?: AbortSignal): Promise<LicenceImportDetail> {
  return api.get<LicenceImportDetail>(`/licence-imports/${encodeURIComponent(id)}`, undefined, signal);
}

/** Small files come back finished (200); larger ones running (202) — poll the detail. */
export function uploadLicenceImport(input: { licenceTypeId: string; departmentId: string; file: File }): Promise<LicenceImportDetail> {
  const form = new FormData();
  // The ids before the file: the server reads the form in order.
  form.append('licenceTypeId', input.licenceTypeId);
  form.append('departmentId', input.departmentId);
  form.append('file', input.file, input.file.name);
  return api.postForm<LicenceImportDetail>('/licence-imports', form);
}

/** Downloads are plain same-origin links: the session cookie authorises them. */
export function licenceImportTemplateUrl(licenceTypeId: string, format: 'xlsx' | 'csv'): string {
  return `/api/licence-types/${encodeURIComponent(licenceTypeId)}/import-template.${format}`;
}

export function licenceImportErrorsUrl(id: string): string {
  return `/api/licence-imports/${encodeURIComponent(id)}/errors.csv`;
}

export function isImportFinished(status: LicenceImportStatus): boolean {
  return status !== 'running';
}

/** Whole percent of the rows issued so far (100 once completed). */
export function importPercent(detail: Pick<LicenceImport, 'status' | 'processedRows' | 'totalRows'>): number {
  if (detail.status === 'completed') return 100;
  if (detail.totalRows === 0) return 0;
  return Math.min(99, Math.floor((detail.processedRows / detail.totalRows) * 100));
}
