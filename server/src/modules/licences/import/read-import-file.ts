/**
 * Reads an uploaded stock-licence file into a header row and data rows, without touching the database. The kind is
 * decided from the bytes (and must agree with the name): an xlsx workbook (its first worksheet) or UTF-8 CSV (RFC
 * 4180: comma, double quotes, CR LF or LF, an optional byte-order mark). Anything else is LICENCE_IMPORT_UNSUPPORTED
 * (415); more than 5,000 data rows is LICENCE_IMPORT_TOO_LARGE (413). Row numbers are the spreadsheet's: the header
 * is row 1 (in a CSV, a quoted value spanning lines is still one row). Rows with every cell empty are skipped.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors/app-error.ts';
import { detectFileKind } from '../../../platform/files/file-type.ts';
import { checkXlsx } from '../../catalog/import-export/xlsx-file.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_IMPORT_UNPACKED_BYTES } from './import-columns.ts';

export type CellValue = string | number | boolean | null;

export interface ImportSheet {
  kind: 'xlsx' | 'csv';
  headers: string[];
  rows: { row: number; cells: CellValue[] }[];
}

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ImportSheet> {
  if (bytes.byteLength === 0) throw new AppError('LICENCE_IMPORT_FILE_REQUIRED');
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError('LICENCE_IMPORT_TOO_LARGE');
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase() ?? null;
  const detected = detectFileKind(bytes);
  if (detected === 'xlsx' || detected === 'zip') {
    if (extension !== null && extension !== 'xlsx') throw new AppError('LICENCE_IMPORT_UNSUPPORTED');
    const check = checkXlsx(bytes, MAX_IMPORT_UNPACKED_BYTES);
    if (!check.ok) throw new AppError(check.reason === 'too_large_unpacked' ? 'LICENCE_IMPORT_TOO_LARGE' : 'LICENCE_IMPORT_UNSUPPORTED');
    return readXlsx(bytes);
  }
  if (detected !== null || (extension !== null && extension !== 'csv' && extension !== 'txt')) throw new AppError('LICENCE_IMPORT_UNSUPPORTED');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // GBK (what Excel's "CSV" writes on a Chinese Windows) is not UTF-8: the message says to save as UTF-8.
    throw new AppError('LICENCE_IMPORT_UNSUPPORTED', { cause: error });
  }
  if (text.includes('\u0000')) throw new AppError('LICENCE_IMPORT_UNSUPPORTED');
  return sheetOf('csv', parseCsv(text.replace(/^\uFEFF/, '')));
}

function sheetOf(kind: ImportSheet['kind'], records: { row: number; cells: CellValue[] }[]): ImportSheet {
  const [header, ...data] = records;
  const rows = data.filter((r) => r.cells.some((c) => c !== null));
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError('LICENCE_IMPORT_TOO_LARGE', { details: { rows: rows.length, maxRows: MAX_IMPORT_ROWS } });
  return { kind, headers: (header?.cells ?? []).map((c) => (c === null ? '' : String(c))), rows };
}

/** RFC 4180 records; every value a trimmed string or null when empty. */
export function parseCsv(text: string): { row: number; cells: CellValue[] }[] {
  const records: { row: number; cells: CellValue[] }[] = [];
  let cells: CellValue[] = [];
  let value = '';
  let quoted = false;
  let wasQuoted = false;
  const endValue = () => {
    const v = wasQuoted ? value : value.trim();
    cells.push(v.trim() === '' ? null : v.trim());
    value = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endValue();
    records.push({ row: records.length + 1, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { value += '"'; i += 1; } else quoted = false;
      } else value += ch;
      continue;
    }
    if (ch === '"' && value.trim() === '') { quoted = true; wasQuoted = true; value = ''; continue; }
    if (ch === ',') { endValue(); continue; }
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      if (records.length > MAX_IMPORT_ROWS + 1 + 10_000) break; // hopeless anyway: the row limit refuses it
      continue;
    }
    value += ch;
  }
  if (value !== '' || cells.length > 0 || wasQuoted) endRecord();
  return records;
}

async function readXlsx(bytes: Uint8Array): Promise<ImportSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AppError('LICENCE_IMPORT_UNSUPPORTED', { cause: error });
  }
  const sheet = workbook.worksheets.find((ws) => ws.name === DATA_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { kind: 'xlsx', headers: [], rows: [] };
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) {
    throw new AppError('LICENCE_IMPORT_TOO_LARGE', { details: { rows: sheet.actualRowCount - 1, maxRows: MAX_IMPORT_ROWS } });
  }
  const width = sheet.getRow(1).cellCount;
  const records: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= Math.max(width, row.cellCount); c += 1) cells.push(plainValue(row.getCell(c).value));
    records.push({ row: rowNumber, cells });
  });
  if (records[0]?.row !== 1) records.unshift({ row: 1, cells: [] });
  return sheetOf('xlsx', records);
}

/** The template's data sheet (other sheets, like the README, are ignored). */
export const DATA_SHEET_NAME = '证照数据';

/** A cell's value as text, number or boolean; dates as YYYY-MM-DD; formulas by their result; null when empty. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const s = value.trim();
    return s === '' ? null : s;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  // exceljs gives dates at UTC midnight of the day shown.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return plainValue(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result instanceof Date || typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' ? plainValue(result) : null;
  }
  if ('text' in value && typeof value.text === 'string') return plainValue(value.text);
  return null;
}
