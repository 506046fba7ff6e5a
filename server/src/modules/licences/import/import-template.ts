/**
 * The import template of a licence type: an xlsx workbook (sheet 证照数据 with the header row, text-formatted
 * columns, a drop-down for the code type and a note on every header; sheet 填写说明 with each column's rules) or a
 * UTF-8 CSV with the header row only (with a byte-order mark, so Excel shows the Chinese).
 */
import ExcelJS from 'exceljs';
import type { LicenceTypeRow } from '../issue-licence.ts';
import { headerOf, importColumnsOf, MAX_IMPORT_ROWS } from './import-columns.ts';
import { DATA_SHEET_NAME } from './read-import-file.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8D5' } };

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function templateFileName(type: Pick<LicenceTypeRow, 'name'>, extension: 'xlsx' | 'csv'): string {
  return `${type.name}-存量证照导入模板.${extension}`;
}

export function csvTemplate(type: Pick<LicenceTypeRow, 'fields_schema' | 'layout'>): string {
  const columns = importColumnsOf(type);
  return `\uFEFF${columns.map((c) => headerOf(c)).join(',')}\r\n`;
}

export async function xlsxTemplate(type: Pick<LicenceTypeRow, 'name' | 'code' | 'fields_schema' | 'layout'>): Promise<Buffer> {
  const columns = importColumnsOf(type);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OneTrip';
  const ws = workbook.addWorksheet(DATA_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text cells keep what is typed: leading zeros (001), 18-digit ID numbers, dates as YYYY-MM-DD.
  ws.columns = columns.map((c) => ({ width: Math.max(14, [...c.title].length * 2 + 4), style: c.kind === 'number' ? {} : { numFmt: '@' } }));
  const header = ws.addRow(columns.map(headerOf));
  header.height = 30;
  header.eachCell((cell, index) => {
    const column = columns[index - 1]!;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = column.required ? REQUIRED_FILL : HEADER_FILL;
    cell.note = `${column.title}${column.required ? '（必填）' : ''}\n${column.hint}`;
  });
  const last = MAX_IMPORT_ROWS + 1;
  // Range validations exist on worksheets but are missing from exceljs's typings.
  const validations = (ws as unknown as { dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void } }).dataValidations;
  columns.forEach((c, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${last}`;
    if (c.kind === 'code_type') {
      validations.add(range, { type: 'list', allowBlank: false, formulae: ['"111,001"'], showErrorMessage: true, errorStyle: 'warning', error: '111 = 居民身份证，001 = 统一社会信用代码' });
    } else if (c.kind === 'boolean') {
      validations.add(range, { type: 'list', allowBlank: true, formulae: ['"是,否"'], showErrorMessage: true, errorStyle: 'warning' });
    }
  });

  const readme = workbook.addWorksheet('填写说明');
  readme.columns = [{ width: 22 }, { width: 8 }, { width: 70 }];
  readme.addRow([`${type.name}（${type.code}）存量证照导入`]).font = { bold: true, size: 14 };
  readme.addRow([`在“${DATA_SHEET_NAME}”表第 2 行起每行填一张证照，最多 ${MAX_IMPORT_ROWS} 行；不要改动表头。全部行无误才会导入，有任何错误则一张也不导入，并给出逐行错误清单。`]);
  readme.addRow([]);
  const head = readme.addRow(['列', '必填', '填写要求']);
  head.font = { bold: true };
  for (const c of columns) readme.addRow([c.title, c.required ? '是' : '否', c.hint]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
