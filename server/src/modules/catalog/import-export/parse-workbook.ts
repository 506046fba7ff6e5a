/**
 * Reads an uploaded catalogue workbook into implementation contents, without touching the database: every sheet,
 * every row, every cell, collecting every problem with its sheet, row and column. Each content value remembers the
 * cell it came from (`sources`), so later checks (schema, guide checker) can point at cells too.
 */
import ExcelJS from 'exceljs';
import type { Audience, ImplementationContent } from '@onetrip/core';
import { ERROR_TABLE, type ErrorCode } from '../../../platform/errors/error-codes.ts';
import type { CatalogImportRowError } from '../../../platform/db/schema.ts';
import {
  CODE_TABLES, DATA_SHEETS, MAX_ITEMS, MAX_ROWS, columnLetter,
  type Bilingual, type CodeTable, type ColumnSpec, type DataSheetSpec,
} from './workbook-spec.ts';
import { defaultApplicationForm } from './default-form.ts';

export type RowError = CatalogImportRowError;

/** Where a value came from. */
export interface CellRef { sheet: string; row: number; column: string | null; cell: string | null }

export interface ParsedItem {
  ref: string;
  /** The Items row. */
  origin: CellRef;
  /** Column key → cell address on the Items row. */
  rowCells: Record<string, string>;
  basicCode: string | null;
  departmentCreditCode: string | null;
  regionCode: string | null;
  implementationCode: string | null;
  /** The content as read; name and legal basis stay empty when the row leaves them to the basic item. */
  content: ImplementationContent;
  /** JSON pointer into the content → the cell it came from. */
  sources: Map<string, CellRef>;
  /** Cells of this item that could not be read (their problems are already reported). */
  failedCells: Set<string>;
}

export interface ParsedWorkbook {
  items: ParsedItem[];
  errors: RowError[];
  /** Data rows in all sheets (the unit of progress). */
  totalRows: number;
}

type Value = string | number | boolean | null | readonly string[] | Record<string, unknown>;

interface SheetRow {
  row: number;
  values: Record<string, Value | undefined>;
  /** Column key → cell address ("F12"). */
  cells: Record<string, string>;
  failed: Set<string>;
}

/** Collects report rows; the message defaults to the code's message in the central table. */
export class ErrorReport {
  readonly list: RowError[] = [];
  add(at: { sheet: string; row: number | null; column: string | null; cell: string | null }, code: ErrorCode, message?: Bilingual): void {
    this.list.push({ sheet: at.sheet, row: at.row, column: at.column, cell: at.cell, code, message: message ?? { zh: ERROR_TABLE[code].zh, en: ERROR_TABLE[code].en } });
  }
}

const cellKey = (c: { sheet: string; row: number | null; column: string | null }) => `${c.sheet}|${c.row ?? ''}|${c.column ?? ''}`;

/** A cell's value as text, number or boolean; null when empty. Formulas count by their result. */
function plainValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const s = value.replace(/\r\n?/g, '\n').trim();
    return s === '' ? null : s;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return plainValue(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' ? plainValue(result) : null;
  }
  if ('text' in value && typeof value.text === 'string') return plainValue(value.text);
  if ('error' in value) return null;
  return null;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '对']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '不']);

function findCode(tableSpec: CodeTable, raw: string): string | null {
  const s = raw.trim();
  const lower = s.toLowerCase();
  const hit = tableSpec.entries.find((e) => e.code.toLowerCase() === lower || e.zh === s || e.en.toLowerCase() === lower);
  return hit?.code ?? null;
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
const quote = (s: string) => `“${shorten(s)}”`;
const quoteEn = (s: string) => `"${shorten(s)}"`;

type Parsed = { value: Value } | { error: ErrorCode; message?: Bilingual };

function parseValue(column: ColumnSpec, raw: string | number | boolean): Parsed {
  const kind = column.kind;
  const asText = typeof raw === 'string' ? raw : String(raw);
  switch (kind.type) {
    case 'text': {
      let s = asText;
      // Codes typed into a General cell lose their leading zeros (010010010000 → 10010010000).
      if (typeof raw === 'number' && (column.key === 'basicCode' || column.key === 'regionCode') && Number.isInteger(raw)) s = s.padStart(12, '0');
      if (s.length > kind.maxLength) return { error: 'IMPORT_VALUE_INVALID', message: { zh: `最多 ${kind.maxLength} 个字符（现有 ${s.length} 个）`, en: `At most ${kind.maxLength} characters (this has ${s.length})` } };
      return { value: s };
    }
    case 'code': {
      const t = CODE_TABLES[kind.table];
      const codeValue = findCode(t, asText);
      if (codeValue === null) return { error: 'IMPORT_CODE_UNKNOWN', message: unknownCodes(t, [asText]) };
      return { value: codeValue };
    }
    case 'codeList': {
      const t = CODE_TABLES[kind.table];
      const parts = asText.split(/[;；,，、\n]+/).map((p) => p.trim()).filter((p) => p !== '');
      const codes: string[] = [];
      const unknown: string[] = [];
      for (const p of parts) {
        const c = findCode(t, p);
        if (c === null) unknown.push(p);
        else if (!codes.includes(c)) codes.push(c);
      }
      if (unknown.length > 0) return { error: 'IMPORT_CODE_UNKNOWN', message: unknownCodes(t, unknown) };
      return { value: codes };
    }
    case 'textList':
      return { value: asText.split('\n').map((p) => p.trim()).filter((p) => p !== '') };
    case 'number': {
      const n = typeof raw === 'number' ? raw : /^\d+(\.\d+)?$/.test(asText) ? Number(asText) : NaN;
      if (!Number.isFinite(n) || n < 0) return { error: 'IMPORT_VALUE_INVALID', message: { zh: `${quote(asText)} 不是数字`, en: `${quoteEn(asText)} is not a number` } };
      return { value: n };
    }
    case 'integer': {
      const n = typeof raw === 'number' ? raw : /^\d+$/.test(asText) ? Number(asText) : NaN;
      if (!Number.isInteger(n) || n < kind.min || n > kind.max) {
        return { error: 'IMPORT_VALUE_INVALID', message: { zh: `${quote(asText)} 应为 ${kind.min}–${kind.max} 的整数`, en: `${quoteEn(asText)} must be a whole number from ${kind.min} to ${kind.max}` } };
      }
      return { value: n };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const s = asText.trim().toLowerCase();
      if (YES.has(s)) return { value: true };
      if (NO.has(s)) return { value: false };
      return { error: 'IMPORT_VALUE_INVALID', message: { zh: `${quote(asText)} 应为“是”或“否”`, en: `${quoteEn(asText)} must be yes (是) or no (否)` } };
    }
    case 'json': {
      try {
        const parsed: unknown = JSON.parse(asText);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return { value: parsed as Record<string, unknown> };
      } catch {
        // reported below
      }
      return { error: 'IMPORT_VALUE_INVALID', message: { zh: '不是合法的 JSON 对象（应为 {"schema": …, "ui": …}）', en: 'Not a valid JSON object (expected {"schema": …, "ui": …})' } };
    }
  }
}

function unknownCodes(t: CodeTable, values: string[]): Bilingual {
  const allowed = t.entries.map((e) => `${e.code}（${e.zh}）`).join('、');
  const allowedEn = t.entries.map((e) => `${e.code} (${e.en})`).join(', ');
  const shown = values.map(quote).join('、');
  return {
    zh: `${shown} 不是“${t.title.zh}”代码表中的取值；可用：${allowed}`,
    en: `${values.map(quoteEn).join(', ')} is not in the code table "${t.title.en}"; allowed: ${allowedEn}`,
  };
}

/** Matches a heading to a column: its key (second line), Chinese label, English label or "中文 English". */
function matchColumn(spec: DataSheetSpec, heading: string): ColumnSpec | null {
  const candidates = heading.split('\n').map((l) => l.replace(/[*＊]/g, '').trim()).filter((l) => l !== '');
  candidates.push(candidates.join(' '));
  for (const c of candidates) {
    const lower = c.toLowerCase();
    const hit = spec.columns.find((col) => col.key.toLowerCase() === lower || col.zh === c || col.en.toLowerCase() === lower || `${col.zh} ${col.en}`.toLowerCase() === lower);
    if (hit) return hit;
  }
  return null;
}

/** Finds a data sheet by its full name, its Chinese or its English part. */
function findSheet(workbook: ExcelJS.Workbook, spec: DataSheetSpec): ExcelJS.Worksheet | undefined {
  const norm = (s: string) => s.trim().toLowerCase();
  return workbook.worksheets.find((ws) => [spec.name, spec.zh, spec.en].map(norm).includes(norm(ws.name)));
}

function readSheet(ws: ExcelJS.Worksheet, spec: DataSheetSpec, report: ErrorReport): SheetRow[] {
  const header = ws.getRow(1);
  const columns = new Map<number, ColumnSpec>();
  const seen = new Set<string>();
  const width = Math.max(ws.actualColumnCount, header.cellCount);
  for (let c = 1; c <= width; c += 1) {
    const text = plainValue(header.getCell(c).value);
    if (text === null) continue;
    const at = { sheet: ws.name, row: 1, column: null, cell: `${columnLetter(c)}1` };
    const column = matchColumn(spec, String(text));
    if (!column) {
      report.add(at, 'IMPORT_COLUMN_UNKNOWN', { zh: `无法识别的列 ${quote(String(text))}，请使用模板中的列标题`, en: `Unknown column ${quoteEn(String(text))}; use the column headings of the template` });
      continue;
    }
    if (seen.has(column.key)) {
      report.add({ ...at, column: column.key }, 'IMPORT_COLUMN_UNKNOWN', { zh: `列 ${quote(column.zh)} 出现了两次`, en: `Column ${quoteEn(column.en)} appears twice` });
      continue;
    }
    seen.add(column.key);
    columns.set(c, column);
  }
  const missing = spec.columns.filter((col) => col.required && !seen.has(col.key));
  for (const col of missing) {
    report.add({ sheet: ws.name, row: 1, column: col.key, cell: null }, 'IMPORT_COLUMN_MISSING', { zh: `缺少必需的列 ${quote(col.zh)}（${col.key}）`, en: `The required column ${quoteEn(col.en)} (${col.key}) is missing` });
  }

  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, Value | undefined> = {};
    const cells: Record<string, string> = {};
    const failed = new Set<string>();
    let isEmpty = true;
    const raws = new Map<string, string | number | boolean | null>();
    for (const [c, column] of columns) {
      const raw = plainValue(row.getCell(c).value);
      cells[column.key] = `${columnLetter(c)}${rowNumber}`;
      raws.set(column.key, raw);
      if (raw !== null) isEmpty = false;
    }
    if (isEmpty) return;
    for (const [key, raw] of raws) {
      const column = spec.columns.find((col) => col.key === key)!;
      const at = { sheet: ws.name, row: rowNumber, column: key, cell: cells[key] ?? null };
      if (raw === null) {
        values[key] = null;
        if (column.required) {
          report.add(at, 'IMPORT_VALUE_REQUIRED', { zh: `必填项 ${quote(column.zh)} 为空`, en: `The required value ${quoteEn(column.en)} is empty` });
          failed.add(key);
        }
        continue;
      }
      const parsed = parseValue(column, raw);
      if ('error' in parsed) {
        report.add(at, parsed.error, parsed.message);
        failed.add(key);
      } else {
        values[key] = parsed.value;
      }
    }
    // A required column that is missing altogether was reported once for the sheet.
    for (const col of missing) failed.add(col.key);
    rows.push({ row: rowNumber, values, cells, failed });
  });
  return rows;
}

const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);
const num = (v: Value | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const bool = (v: Value | undefined): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const list = (v: Value | undefined): string[] | undefined => (Array.isArray(v) ? [...(v as readonly string[])] : undefined);

/** An optional text: present only when the cell has one. */
function optional<T extends Record<string, unknown>>(target: T, key: string, value: Value | undefined): void {
  if (typeof value === 'string' && value !== '') (target as Record<string, unknown>)[key] = value;
}

/** A fresh key like m3 / s2 that no row of the item uses. */
function nextKey(prefix: string, used: Set<string>, start: number): string {
  let n = start;
  while (used.has(`${prefix}${n}`)) n += 1;
  used.add(`${prefix}${n}`);
  return `${prefix}${n}`;
}

/** Parses a workbook's bytes; throws only when the bytes are not a workbook at all (IMPORT_FILE_UNREADABLE). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Reads every data sheet and assembles one content per Items row. */
export function parseWorkbook(workbook: ExcelJS.Workbook): ParsedWorkbook {
  const report = new ErrorReport();
  const itemsSpec = DATA_SHEETS[0]!;
  const itemsSheet = findSheet(workbook, itemsSpec);
  if (!itemsSheet) {
    report.add({ sheet: itemsSpec.name, row: null, column: null, cell: null }, 'IMPORT_SHEET_MISSING', { zh: `缺少工作表 ${quote(itemsSpec.name)}`, en: `The worksheet ${quoteEn(itemsSpec.name)} is missing` });
    return { items: [], errors: report.list, totalRows: 0 };
  }
  const sheets = DATA_SHEETS.map((spec) => ({ spec, ws: findSheet(workbook, spec) }));
  const itemRows = Math.max(0, itemsSheet.actualRowCount - 1);
  const allRows = sheets.reduce((n, s) => n + Math.max(0, (s.ws?.actualRowCount ?? 1) - 1), 0);
  if (itemRows > MAX_ITEMS || allRows > MAX_ROWS) {
    report.add({ sheet: itemsSheet.name, row: null, column: null, cell: null }, 'IMPORT_TOO_MANY_ROWS', {
      zh: `一个文件最多 ${MAX_ITEMS} 个事项、共 ${MAX_ROWS} 行（本文件 ${itemRows} 个事项、${allRows} 行），请分批导入`,
      en: `A file holds at most ${MAX_ITEMS} items and ${MAX_ROWS} rows in all (this one: ${itemRows} items, ${allRows} rows); import in several files`,
    });
    return { items: [], errors: report.list, totalRows: allRows };
  }

  const read = new Map<DataSheetSpec['key'], { ws: ExcelJS.Worksheet; rows: SheetRow[] }>();
  for (const { spec, ws } of sheets) if (ws) read.set(spec.key, { ws, rows: readSheet(ws, spec, report) });
  const totalRows = [...read.values()].reduce((n, s) => n + s.rows.length, 0);

  const items: ParsedItem[] = [];
  const byRef = new Map<string, ParsedItem>();
  const itemsRead = read.get('items')!;
  for (const r of itemsRead.rows) {
    const ref = str(r.values['itemRef']);
    if (ref === null) continue; // reported as a required value
    const at = (column: string | null): CellRef => ({ sheet: itemsRead.ws.name, row: r.row, column, cell: column ? r.cells[column] ?? null : null });
    if (byRef.has(ref)) {
      report.add(at('itemRef'), 'IMPORT_ITEM_REF_DUPLICATE', { zh: `事项标识 ${quote(ref)} 与第 ${byRef.get(ref)!.origin.row} 行重复`, en: `Item reference ${quoteEn(ref)} repeats row ${byRef.get(ref)!.origin.row}` });
      continue;
    }
    const item = buildItem(ref, r, at);
    byRef.set(ref, item);
    items.push(item);
  }

  for (const spec of DATA_SHEETS.slice(1)) {
    const sheet = read.get(spec.key);
    if (!sheet) continue;
    for (const r of sheet.rows) {
      const ref = str(r.values['itemRef']);
      if (ref === null) continue;
      const at = (column: string | null): CellRef => ({ sheet: sheet.ws.name, row: r.row, column, cell: column ? r.cells[column] ?? null : null });
      const item = byRef.get(ref);
      if (!item) {
        report.add(at('itemRef'), 'IMPORT_ITEM_REF_UNKNOWN', { zh: `“事项”表中没有事项标识 ${quote(ref)}`, en: `No row of the Items sheet has the item reference ${quoteEn(ref)}` });
        continue;
      }
      addChild(item, spec.key, r, at);
    }
  }
  for (const item of items) finishItem(item);
  return { items, errors: report.list, totalRows };
}

function buildItem(ref: string, r: SheetRow, at: (column: string | null) => CellRef): ParsedItem {
  const v = r.values;
  const sources = new Map<string, CellRef>();
  const failedCells = new Set<string>();
  for (const key of r.failed) failedCells.add(cellKey(at(key)));
  const src = (path: string, column: string | null) => sources.set(path, at(column));
  const limit = (prefix: 'legalLimit' | 'promisedLimit') => {
    src(`/${prefix}`, `${prefix}Value`);
    src(`/${prefix}/value`, `${prefix}Value`);
    src(`/${prefix}/unit`, `${prefix}Unit`);
    src(`/${prefix}/note`, `${prefix}Note`);
    const l: Record<string, unknown> = { value: num(v[`${prefix}Value`]), unit: str(v[`${prefix}Unit`]) ?? undefined };
    optional(l, 'note', v[`${prefix}Note`]);
    return l;
  };
  const content: Record<string, unknown> = {
    name: str(v['name']) ?? '',
    legalBasis: str(v['legalBasis']) ?? '',
    conditions: [],
    materials: [],
    fees: [],
    legalLimit: limit('legalLimit'),
    promisedLimit: limit('promisedLimit'),
    caseKind: str(v['caseKind']) ?? undefined,
    process: [],
    specialProcedures: list(v['specialProcedures']) ?? [],
    result: { name: str(v['resultName']) ?? undefined, type: str(v['resultType']) ?? undefined },
    onlineDepth: typeof v['onlineDepth'] === 'string' ? Number(v['onlineDepth']) : undefined,
    tripsToSite: num(v['tripsToSite']),
    visitReason: str(v['visitReason']),
    channels: list(v['channels']),
    crossRegionScope: str(v['crossRegionScope']) ?? undefined,
    audiences: list(v['audiences']),
    themes: list(v['themes']) ?? [],
    place: str(v['place']) ?? undefined,
    officeHours: str(v['officeHours']) ?? undefined,
    consultationPhone: str(v['consultationPhone']) ?? undefined,
    complaintPhone: str(v['complaintPhone']) ?? undefined,
    faq: [],
    form: (v['formJson']) ?? undefined,
    allowsCommitment: bool(v['allowsCommitment']) ?? false,
    intermediaryServices: list(v['intermediaryServices']) ?? [],
    jointDepartments: list(v['jointDepartments']) ?? [],
  };
  optional(content, 'quantityLimit', v['quantityLimit']);
  const result = content['result'] as Record<string, unknown>;
  optional(result, 'licenseTypeCode', v['resultLicenseTypeCode']);
  optional(result, 'sampleFile', v['resultSampleFile']);
  const direct: Record<string, string> = {
    name: 'name', legalBasis: 'legalBasis', caseKind: 'caseKind', specialProcedures: 'specialProcedures', onlineDepth: 'onlineDepth', tripsToSite: 'tripsToSite',
    visitReason: 'visitReason', channels: 'channels', crossRegionScope: 'crossRegionScope', audiences: 'audiences', themes: 'themes', place: 'place',
    officeHours: 'officeHours', consultationPhone: 'consultationPhone', complaintPhone: 'complaintPhone', form: 'formJson', allowsCommitment: 'allowsCommitment',
    quantityLimit: 'quantityLimit', intermediaryServices: 'intermediaryServices', jointDepartments: 'jointDepartments',
    result: 'resultName', 'result/name': 'resultName', 'result/type': 'resultType', 'result/licenseTypeCode': 'resultLicenseTypeCode', 'result/sampleFile': 'resultSampleFile',
  };
  for (const [path, column] of Object.entries(direct)) src(`/${path}`, column);
  for (const list of ['conditions', 'materials', 'process', 'fees', 'faq']) src(`/${list}`, null);
  src('', null);
  return {
    ref,
    origin: at(null),
    rowCells: r.cells,
    basicCode: str(v['basicCode']),
    departmentCreditCode: str(v['departmentCreditCode']),
    regionCode: str(v['regionCode']),
    implementationCode: str(v['implementationCode']),
    content: content as unknown as ImplementationContent,
    sources,
    failedCells,
  };
}

function addChild(item: ParsedItem, sheet: DataSheetSpec['key'], r: SheetRow, at: (column: string | null) => CellRef): void {
  const v = r.values;
  const c = item.content as unknown as Record<string, unknown[]>;
  for (const key of r.failed) item.failedCells.add(cellKey(at(key)));
  const src = (path: string, column: string | null) => item.sources.set(path, at(column));
  const add = (listName: string, entry: unknown, columns: Record<string, string>) => {
    const index = c[listName]!.length;
    c[listName]!.push(entry);
    src(`/${listName}/${index}`, null);
    for (const [path, column] of Object.entries(columns)) src(`/${listName}/${index}/${path}`, column);
  };
  switch (sheet) {
    case 'items':
      return;
    case 'conditions':
      add('conditions', str(v['condition']) ?? undefined, {});
      src(`/conditions/${c['conditions']!.length - 1}`, 'condition');
      return;
    case 'materials': {
      const m: Record<string, unknown> = {
        key: str(v['key']) ?? '',
        name: str(v['name']) ?? undefined,
        kind: str(v['kind']) ?? undefined,
        form: str(v['form']) ?? undefined,
        necessity: str(v['necessity']) ?? undefined,
        paperCopies: num(v['paperCopies']),
        source: str(v['source']) ?? undefined,
        legalBasis: str(v['legalBasis']),
      };
      for (const key of ['condition', 'paperSize', 'sourceNote', 'fillingInstructions', 'acceptanceStandard', 'remarks', 'proofCode', 'satisfiedByLicenseType', 'blankFormFile', 'sampleFile']) optional(m, key, v[key]);
      const mistakes = list(v['commonMistakes']);
      if (mistakes && mistakes.length > 0) m['commonMistakes'] = mistakes;
      const columns = Object.fromEntries(['key', 'name', 'kind', 'form', 'necessity', 'condition', 'paperCopies', 'paperSize', 'source', 'sourceNote', 'legalBasis',
        'fillingInstructions', 'acceptanceStandard', 'remarks', 'commonMistakes', 'proofCode', 'satisfiedByLicenseType', 'blankFormFile', 'sampleFile'].map((k) => [k, k]));
      add('materials', m, columns);
      return;
    }
    case 'process': {
      const limit: Record<string, unknown> = { value: num(v['limitValue']), unit: str(v['limitUnit']) ?? undefined };
      optional(limit, 'note', v['limitNote']);
      const step: Record<string, unknown> = { key: str(v['key']) ?? '', name: str(v['name']) ?? undefined, role: str(v['role']) ?? undefined, limit };
      const countersign = bool(v['countersign']);
      if (countersign !== undefined) step['countersign'] = countersign;
      optional(step, 'reviewRules', v['reviewRules']);
      add('process', step, { key: 'key', name: 'name', role: 'role', limit: 'limitValue', 'limit/value': 'limitValue', 'limit/unit': 'limitUnit', 'limit/note': 'limitNote', countersign: 'countersign', reviewRules: 'reviewRules' });
      return;
    }
    case 'fees': {
      const fee: Record<string, unknown> = { item: str(v['item']) ?? undefined, standard: str(v['standard']) ?? undefined, basis: str(v['basis']) ?? undefined, reducible: bool(v['reducible']) };
      optional(fee, 'reductionBasis', v['reductionBasis']);
      add('fees', fee, { item: 'item', standard: 'standard', basis: 'basis', reducible: 'reducible', reductionBasis: 'reductionBasis' });
      return;
    }
    case 'faq':
      add('faq', { question: str(v['question']) ?? undefined, answer: str(v['answer']) ?? undefined }, { question: 'question', answer: 'answer' });
      return;
  }
}

/** Generated keys for materials and steps left without one, and the default form. */
function finishItem(item: ParsedItem): void {
  const c = item.content as unknown as Record<string, unknown>;
  for (const [listName, prefix] of [['materials', 'm'], ['process', 's']] as const) {
    const entries = c[listName] as { key: string }[];
    const used = new Set(entries.map((e) => e.key).filter((k) => k !== ''));
    entries.forEach((e, i) => { if (e.key === '') e.key = nextKey(prefix, used, i + 1); });
  }
  if (c['form'] === undefined && !item.failedCells.has(cellKey(item.sources.get('/form')!))) {
    c['form'] = defaultApplicationForm((c['audiences'] as Audience[] | undefined) ?? []);
  }
}

export { cellKey };
