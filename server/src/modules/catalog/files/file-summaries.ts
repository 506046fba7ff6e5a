import { referencedFileIds, type ImplementationContent } from '@onetrip/core';
import type { DbOrTx } from '../../../platform/db/database.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FileSummary { fileName: string; mediaType: string; size: number }

/** Name, type and size of each referenced file, for guide pages and the editor (one query). */
export async function fileSummaries(db: DbOrTx, contents: readonly (ImplementationContent | null)[]): Promise<Record<string, FileSummary>> {
  const ids = [...new Set(contents.flatMap((c) => (c ? referencedFileIds(c) : [])))].filter((id) => UUID.test(id));
  if (ids.length === 0) return {};
  const rows = await db.selectFrom('catalog_files').select(['id', 'file_name', 'media_type', 'size']).where('id', 'in', ids).execute();
  return Object.fromEntries(rows.map((r) => [r.id, { fileName: r.file_name, mediaType: r.media_type, size: r.size }]));
}
