import { Type } from 'typebox';
import { DateTime, Uuid } from '../../../platform/http/common-schemas.ts';
import { PageOf } from '../../../platform/http/pagination.ts';

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() });

export const ImportRowErrorView = Type.Object({
  sheet: Type.String({ description: 'Worksheet name as in the uploaded file ("" for the whole file)' }),
  row: Type.Union([Type.Null(), Type.Integer({ description: "The spreadsheet's row number (1 = headings)" })]),
  column: Type.Union([Type.Null(), Type.String({ description: 'Column key of the template, e.g. promisedLimitValue' })]),
  cell: Type.Union([Type.Null(), Type.String({ description: 'Cell address, e.g. K7' })]),
  code: Type.String({ description: 'Error code of the central table (IMPORT_*, VALIDATION_FAILED, IMPLEMENTATION_INCONSISTENT, …)' }),
  message: Bilingual,
});

export const ImportView = Type.Object({
  id: Uuid,
  status: Type.Enum(['queued', 'validating', 'importing', 'succeeded', 'failed']),
  fileName: Type.String(),
  fileSha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  fileSize: Type.Integer(),
  createdBy: Type.Object({ id: Uuid, name: Type.String() }),
  totalRows: Type.Integer({ description: 'Data rows in all sheets' }),
  processedRows: Type.Integer({ description: 'Rows checked (status validating) or stored (status importing) so far' }),
  itemCount: Type.Integer({ description: 'Rows of the Items sheet' }),
  createdCount: Type.Integer(),
  errorCount: Type.Integer({ description: 'Problems found (the report keeps the first 5000)' }),
  createdImplementations: Type.Array(Type.Object({ id: Uuid, code: Type.String(), name: Type.String() })),
  createdAt: DateTime,
  startedAt: Type.Union([Type.Null(), DateTime]),
  finishedAt: Type.Union([Type.Null(), DateTime]),
});

export const ImportDetailView = Type.Intersect([ImportView, Type.Object({ errors: PageOf(ImportRowErrorView) })]);

export const ImportUploadBody = Type.Object({
  file: Type.String({ format: 'binary', description: 'The workbook (.xlsx, at most 20 MB) in the template format' }),
}, { required: ['file'] });

export const ImportUploadHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[\\x21-\\x7e]+$', description: 'Send the same key when retrying the same upload: the import it started is answered again' })),
});

export const ExportQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  publicationStatus: Type.Optional(Type.Enum(['unpublished', 'published', 'suspended', 'cancelled'])),
  changeStatus: Type.Optional(Type.Enum(['none', 'draft', 'submitted'])),
  departmentId: Type.Optional(Uuid),
});

export const XlsxFile = Type.String({ format: 'binary', description: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
