import { api } from '../../../lib/api-client.ts';

/** A stored blank form or sample (空白表格、示例样表) as the file API answers it. */
export interface CatalogFile {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256?: string;
}

/** The server refuses larger files with CATALOG_FILE_TOO_LARGE; checking first saves a long upload. */
export const CATALOG_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** PDF, Word, Excel, OFD (the national layout format for official documents) and images, as the server accepts. */
export const CATALOG_FILE_EXTENSIONS = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ofd', '.jpg', '.jpeg', '.png'] as const;

export const catalogFileKeys = {
  file: (id: string) => ['catalog-files', id] as const,
};

export function hasAcceptedExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return CATALOG_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

export function uploadCatalogFile(file: File): Promise<CatalogFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.postForm<CatalogFile>('/catalog/files', form);
}

export function fetchCatalogFile(id: string, signal?: AbortSignal): Promise<CatalogFile> {
  return api.get<CatalogFile>(`/catalog/files/${encodeURIComponent(id)}`, undefined, signal);
}

/** Where the browser downloads the bytes (same-origin, the session cookie authorises it). */
export function catalogFileContentUrl(id: string): string {
  return `/api/catalog/files/${encodeURIComponent(id)}/content`;
}
