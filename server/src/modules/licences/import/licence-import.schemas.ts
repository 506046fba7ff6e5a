import { Type } from 'typebox';
import { DateTime, Uuid } from '../../../platform/http/common-schemas.ts';
import { PageQuery } from '../../../platform/http/pagination.ts';

export const LicenceImportErrorView = Type.Object({
  row: Type.Integer({ description: 'Row of the file (1 = the header row; 0 = the whole file)' }),
  column: Type.Union([Type.Null(), Type.String({ description: 'The column\'s header as in the template, e.g. 持证主体代码' })]),
  code: Type.String({ description: 'COLUMN_MISSING, VALUE_REQUIRED, RESIDENT_ID_INVALID, CREDIT_CODE_INVALID, DATE_INVALID, DATE_ORDER, FIELD_INVALID, DUPLICATE_IN_FILE, ALREADY_ISSUED, … (docs/licences.md)' }),
  message: Type.String({ description: 'In Chinese; never repeats the cell\'s value' }),
});

export const LicenceImportView = Type.Object({
  id: Uuid,
  status: Type.Enum(['running', 'completed', 'failed']),
  fileName: Type.String(),
  licenceType: Type.Object({ id: Uuid, code: Type.String(), name: Type.String() }),
  department: Type.Object({ id: Uuid, name: Type.String() }),
  createdBy: Type.Object({ id: Uuid, name: Type.String() }),
  totalRows: Type.Integer({ description: 'Data rows of the file' }),
  processedRows: Type.Integer({ description: 'Licences issued so far inside the (uncommitted) import transaction' }),
  importedCount: Type.Integer({ description: 'Licences issued (all rows, or 0)' }),
  errorCount: Type.Integer({ description: 'Problems in the report (at most 5000 kept)' }),
  createdAt: DateTime,
  finishedAt: Type.Union([Type.Null(), DateTime]),
});

export const LicenceImportDetail = Type.Intersect([LicenceImportView, Type.Object({ errors: Type.Array(LicenceImportErrorView) })]);

export const LicenceImportUploadBody = Type.Object({
  licenceTypeId: Uuid,
  departmentId: Uuid,
  file: Type.String({ format: 'binary', description: 'The filled-in template: .xlsx or UTF-8 .csv, at most 10 MB and 5,000 rows' }),
}, { required: ['licenceTypeId', 'departmentId', 'file'] });

export const LicenceImportListQuery = Type.Intersect([PageQuery, Type.Object({ departmentId: Type.Optional(Uuid) })]);

export const LicenceImportChoices = Type.Object({
  departments: Type.Array(Type.Object({
    id: Uuid,
    name: Type.String(),
    hasActiveSeal: Type.Boolean(),
    licenceTypes: Type.Array(Type.Object({ id: Uuid, code: Type.String(), name: Type.String() })),
  }), { description: 'Departments in my scope that may issue at least one licence type, with those types' }),
});
