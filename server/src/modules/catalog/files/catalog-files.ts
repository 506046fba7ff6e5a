/**
 * Blank forms and samples (空白表格、示例样本) that guides offer for download. Uploads are checked by content
 * (the extension must agree with the bytes), stored content-addressed, and referenced from the implementation
 * content by id. The public can download a file only through a published guide that refers to it, so a file
 * uploaded for a draft stays private until the draft is published.
 */
import type { ImplementationContent } from '@onetrip/core';
import type { Deps } from '../../../platform/http/deps.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../../platform/auth/principal.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { FieldError } from '../../../platform/errors/app-error.ts';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { cleanFileName, mediaTypeOf, type FileKind } from '../../../platform/files/file-type.ts';
import { getPublicGuideJson } from '../public-catalog.ts';
import { UUID } from './file-summaries.ts';

export const CATALOG_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const CATALOG_FILE_KINDS: readonly FileKind[] = ['pdf', 'ofd', 'docx', 'xlsx', 'doc_or_xls', 'jpeg', 'png'];

export interface CatalogFileView {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

function toView(row: { id: string; file_name: string; media_type: string; size: number; storage_key: string; created_at: Date }): CatalogFileView {
  return { id: row.id, fileName: row.file_name, mediaType: row.media_type, size: row.size, sha256: row.storage_key, createdAt: row.created_at.toISOString() };
}

export async function uploadCatalogFile(deps: Deps, ctx: RequestContext, input: { fileName: string; bytes: Uint8Array }): Promise<CatalogFileView> {
  const staff = requireStaff(ctx, 'catalog.maintain');
  const fileName = cleanFileName(input.fileName);
  if (input.bytes.byteLength === 0 || fileName === '') throw new AppError('CATALOG_FILE_MISSING');
  if (input.bytes.byteLength > CATALOG_FILE_MAX_BYTES) throw new AppError('CATALOG_FILE_TOO_LARGE');
  const mediaType = mediaTypeOf(fileName, input.bytes, CATALOG_FILE_KINDS);
  if (mediaType === null) throw new AppError('CATALOG_FILE_TYPE_NOT_ALLOWED');
  // The bytes go to the store first: a crash after this leaves an unreferenced object, never a row without bytes.
  const stored = await deps.files.put(input.bytes);
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx.insertInto('catalog_files')
      .values({ storage_key: stored.key, file_name: fileName, media_type: mediaType, size: stored.size, uploaded_by: staff.id, department_id: staff.departmentId })
      .returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditContextOf(ctx), {
      action: 'catalog_file.uploaded', subjectType: 'catalog_file', subjectId: row.id,
      summary: { fileName, mediaType, size: stored.size, sha256: stored.sha256 },
    });
    return toView(row);
  });
}

async function fileRow(db: DbOrTx, id: string) {
  const row = await db.selectFrom('catalog_files').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('CATALOG_FILE_NOT_FOUND');
  return row;
}

/** Staff: metadata of an uploaded file (blank forms are public documents; any catalogue reader may see them). */
export async function getCatalogFile(deps: Deps, ctx: RequestContext, id: string): Promise<CatalogFileView> {
  requireStaff(ctx, 'catalog.read');
  return toView(await fileRow(deps.db, id));
}

export async function readCatalogFile(deps: Deps, ctx: RequestContext, id: string): Promise<{ file: CatalogFileView; bytes: Uint8Array }> {
  requireStaff(ctx, 'catalog.read');
  const row = await fileRow(deps.db, id);
  return { file: toView(row), bytes: await deps.files.get(row.storage_key) };
}

/** Public: a file the published guide of `code` refers to; anything else is "not found". */
export async function readPublishedGuideFile(deps: Deps, code: string, id: string): Promise<{ file: CatalogFileView; bytes: Uint8Array }> {
  // The guide cache knows which files the published version refers to: no database round trip for the check.
  const { fileIds } = await getPublicGuideJson(deps, code);
  if (!fileIds.includes(id)) throw new AppError('CATALOG_FILE_NOT_FOUND');
  const row = await fileRow(deps.db, id);
  return { file: toView(row), bytes: await deps.files.get(row.storage_key) };
}

/** Refuses content that refers to a file that was never uploaded (or is not an id at all). */
export async function assertReferencedFilesExist(db: DbOrTx, content: ImplementationContent): Promise<void> {
  const refs: { path: string; id: string }[] = [];
  content.materials.forEach((m, i) => {
    if (m.blankFormFile) refs.push({ path: `/content/materials/${i}/blankFormFile`, id: m.blankFormFile });
    if (m.sampleFile) refs.push({ path: `/content/materials/${i}/sampleFile`, id: m.sampleFile });
  });
  if (content.result.sampleFile) refs.push({ path: '/content/result/sampleFile', id: content.result.sampleFile });
  if (refs.length === 0) return;
  const wellFormed = [...new Set(refs.filter((r) => UUID.test(r.id)).map((r) => r.id.toLowerCase()))];
  const found = new Set(wellFormed.length === 0 ? [] : (await db.selectFrom('catalog_files').select('id').where('id', 'in', wellFormed).execute()).map((r) => r.id));
  const missing: FieldError[] = refs.filter((r) => !found.has(r.id.toLowerCase())).map((r) => ({ path: r.path, code: 'CATALOG_FILE_REFERENCE_INVALID' }));
  if (missing.length > 0) throw new AppError('CATALOG_FILE_REFERENCE_INVALID', { fields: missing });
}
