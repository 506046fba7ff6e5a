/**
 * Checks every row of a stock-licence file without the database (the holder's code with its check character, dates,
 * the type's fields, duplicates inside the file) and collects the error report: one entry per row and column, with
 * a Chinese message that never repeats the cell's value (it may be an ID number). Database checks (a licence already
 * issued) come after, in import-licences.ts.
 */
import {
  HOLDER_CODE_TYPES, isIsoDate, licenceFieldsFrom, validateCreditCode, validateResidentId,
  type HolderCodeType, type IsoDate, type LicenceFieldProblem, type LicenceFieldValue, type LicenceFieldsSchema,
} from '@onetrip/core';
import type { LicenceImportError } from '../../../platform/db/schema.ts';
import { importColumnsOf, normalizeHeader, type FixedColumnKey, type ImportColumn, type ImportColumnSource } from './import-columns.ts';
import type { CellValue, ImportSheet } from './read-import-file.ts';

/** Codes of the error report (stable; the web app and the CSV show them with the message). */
export const IMPORT_ROW_CODES = {
  COLUMN_MISSING: '缺少必填列',
  COLUMN_UNKNOWN: '无法识别的列（请使用模板的表头）',
  COLUMN_DUPLICATE: '表头重复',
  NO_ROWS: '文件中没有数据行',
  VALUE_REQUIRED: '必填',
  TOO_LONG: '内容过长',
  CODE_TYPE_INVALID: '代码类型应为 111（居民身份证）或 001（统一社会信用代码）',
  HOLDER_KIND_MISMATCH: '此类证照的持证主体不能是该类型',
  RESIDENT_ID_INVALID: '居民身份证号码不正确',
  CREDIT_CODE_INVALID: '统一社会信用代码不正确',
  NOT_TEXT: '数字格式会丢失位数，请将该列设为文本格式后重新填写',
  DATE_INVALID: '日期格式应为 YYYY-MM-DD',
  DATE_IN_FUTURE: '颁证日期不能晚于今天',
  DATE_ORDER: '有效期截止不能早于有效期起始',
  FIELD_INVALID: '不符合证照类型的字段定义',
  DUPLICATE_IN_FILE: '同一持证主体的同一证照编号在文件中重复',
  ALREADY_ISSUED: '该持证主体已有此证照编号的电子证照，不能重复导入',
  METADATA_INVALID: '不符合证照元数据要求（GB/T 36903）',
} as const;
export type ImportRowCode = keyof typeof IMPORT_ROW_CODES;

export interface ValidRow {
  row: number;
  holder: { kind: 'person' | 'enterprise'; name: string; code: string; codeType: HolderCodeType };
  number: string;
  issueDate: IsoDate;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  fields: Record<string, LicenceFieldValue>;
}

export class ImportReport {
  readonly list: LicenceImportError[] = [];
  add(row: number, column: string | null, code: ImportRowCode, detail?: string): void {
    this.list.push({ row, column, code, message: detail ? `${IMPORT_ROW_CODES[code]}：${detail}` : IMPORT_ROW_CODES[code] });
  }
}

const RESIDENT_ID_DETAIL = { length: '应为 18 位', alphabet: '只能是数字，最后一位可为 X', region: '地区码不存在', birth_date: '出生日期不正确或晚于颁证日期', check_character: '校验位不正确' } as const;
const CREDIT_CODE_DETAIL = { length: '应为 18 位', alphabet: '含有不允许的字符', registration_authority: '登记管理部门或机构类别代码不正确', organization_code: '组织机构代码校验位不正确', check_character: '校验位不正确' } as const;
const FIELD_DETAIL: Record<LicenceFieldProblem['problem'], string> = { required: '必填', type: '类型不符', max_length: '超过最大长度', enum: '不是可选值之一' };

export interface TypeRules extends ImportColumnSource {
  holder_kind: string;
}

function text(value: CellValue): string | null {
  if (value === null) return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}

function codeTypeOf(value: CellValue): HolderCodeType | null {
  if (value === null) return null;
  // Excel turns 001 into 1 unless the column is text.
  const raw = typeof value === 'number' ? String(value).padStart(3, '0') : String(value).trim();
  const code = /^(\d{3})/.exec(raw)?.[1] ?? Object.entries(HOLDER_CODE_TYPES).find(([, name]) => raw === name)?.[0];
  return code === '111' || code === '001' ? code : null;
}

/**
 * The rows that passed, and the report. Every column of every row is checked (not only the first problem), so a
 * clerk fixes the whole file at once.
 */
export function validateImportRows(type: TypeRules, sheet: ImportSheet, today: IsoDate): { rows: ValidRow[]; errors: LicenceImportError[] } {
  const report = new ImportReport();
  const columns = importColumnsOf(type);
  const schema = type.fields_schema as LicenceFieldsSchema;
  // Header → column.
  const at = new Map<ImportColumn['key'], number>();
  sheet.headers.forEach((raw, index) => {
    const header = normalizeHeader(raw);
    if (header === '') return;
    const column = columns.find((c) => c.title === header || c.aliases.includes(header));
    if (!column) { report.add(1, raw.trim(), 'COLUMN_UNKNOWN'); return; }
    if (at.has(column.key)) { report.add(1, column.title, 'COLUMN_DUPLICATE'); return; }
    at.set(column.key, index);
  });
  for (const column of columns) if (column.required && !at.has(column.key)) report.add(1, column.title, 'COLUMN_MISSING');
  if (report.list.length > 0) return { rows: [], errors: report.list };
  if (sheet.rows.length === 0) { report.add(2, null, 'NO_ROWS'); return { rows: [], errors: report.list }; }

  const title = (key: FixedColumnKey) => columns.find((c) => c.key === key)!.title;
  const fieldColumns = columns.filter((c) => c.field !== undefined);
  const rows: ValidRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const before = report.list.length;
    const cell = (key: ImportColumn['key']): CellValue => { const i = at.get(key); return i === undefined ? null : cells[i] ?? null; };
    const required = (key: FixedColumnKey, max: number): string | null => {
      const v = text(cell(key));
      if (v === null) { report.add(row, title(key), 'VALUE_REQUIRED'); return null; }
      if ([...v].length > max) { report.add(row, title(key), 'TOO_LONG', `最多 ${max} 字`); return null; }
      return v;
    };
    const date = (key: FixedColumnKey, mandatory: boolean): IsoDate | null | undefined => {
      const raw = cell(key);
      const v = text(raw);
      if (v === null) { if (mandatory) report.add(row, title(key), 'VALUE_REQUIRED'); return null; }
      if (typeof raw !== 'string' || !isIsoDate(v)) { report.add(row, title(key), 'DATE_INVALID'); return undefined; }
      return v;
    };

    const name = required('holderName', 200);
    const codeTypeCell = cell('holderCodeType');
    const codeType = codeTypeOf(codeTypeCell);
    if (codeTypeCell === null) report.add(row, title('holderCodeType'), 'VALUE_REQUIRED');
    else if (codeType === null) report.add(row, title('holderCodeType'), 'CODE_TYPE_INVALID');
    else if ((type.holder_kind === 'person' && codeType !== '111') || (type.holder_kind === 'enterprise' && codeType !== '001')) {
      report.add(row, title('holderCodeType'), 'HOLDER_KIND_MISMATCH', type.holder_kind === 'person' ? '只能是个人（111）' : '只能是单位（001）');
    }
    const number = required('number', 100);
    const issueDate = date('issueDate', true);
    if (issueDate && issueDate > today) report.add(row, title('issueDate'), 'DATE_IN_FUTURE');
    const validFromCell = date('validFrom', false);
    const validUntil = date('validUntil', false);
    const validFrom = validFromCell === null ? issueDate : validFromCell;
    if (validFrom && validUntil && validUntil < validFrom) report.add(row, title('validUntil'), 'DATE_ORDER');

    let code: string | null = null;
    const codeCell = cell('holderCode');
    if (codeCell === null) report.add(row, title('holderCode'), 'VALUE_REQUIRED');
    else if (typeof codeCell === 'number') report.add(row, title('holderCode'), 'NOT_TEXT');
    else if (codeType === '111') {
      // A birth date after the issue date is not real either.
      const asOf = issueDate ? new Date(`${issueDate}T12:00:00+08:00`) : new Date();
      const result = validateResidentId(String(codeCell), asOf);
      if (result.valid) code = result.normalized;
      else report.add(row, title('holderCode'), 'RESIDENT_ID_INVALID', RESIDENT_ID_DETAIL[result.problem]);
    } else if (codeType === '001') {
      const result = validateCreditCode(String(codeCell));
      if (result.valid) code = result.normalized;
      else report.add(row, title('holderCode'), 'CREDIT_CODE_INVALID', CREDIT_CODE_DETAIL[result.problem]);
    }

    const source: Record<string, unknown> = {};
    for (const c of fieldColumns) source[c.field!] = cell(c.key);
    const { fields, problems } = licenceFieldsFrom(schema, source, { byFormKey: false });
    for (const p of problems) {
      const column = fieldColumns.find((c) => c.field === p.field)!;
      if (p.problem === 'required') report.add(row, column.title, 'VALUE_REQUIRED');
      else report.add(row, column.title, 'FIELD_INVALID', FIELD_DETAIL[p.problem]);
    }

    if (code !== null && codeType !== null && number !== null) {
      const key = `${codeType}|${code}|${number}`;
      const first = seen.get(key);
      if (first !== undefined) report.add(row, title('number'), 'DUPLICATE_IN_FILE', `与第 ${first} 行相同`);
      else seen.set(key, row);
    }
    if (report.list.length > before || !name || !codeType || !code || !number || !issueDate || !validFrom || validUntil === undefined) continue;
    rows.push({
      row, number, issueDate, validFrom, validUntil, fields,
      holder: { kind: codeType === '111' ? 'person' : 'enterprise', name, code, codeType },
    });
  }
  return { rows, errors: report.list };
}

/** Report columns in template order, rows ascending. */
export function sortReport(errors: LicenceImportError[], type: ImportColumnSource): LicenceImportError[] {
  const order = importColumnsOf(type).map((c) => c.title);
  const rank = (column: string | null) => { const i = column === null ? -1 : order.indexOf(column); return i < 0 ? order.length : i; };
  return [...errors].sort((a, b) => a.row - b.row || rank(a.column) - rank(b.column));
}
