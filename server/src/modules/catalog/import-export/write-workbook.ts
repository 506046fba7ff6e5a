/**
 * Writes catalogue workbooks with exceljs's streaming writer: the template (no data rows), the export (the same
 * sheets filled, so it can be edited and imported again), and an import's error report. Sheets are written one
 * after the other and each row is committed as it is written, so a large catalogue never sits in memory.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImplementationContent } from '@onetrip/core';
import type { CatalogImportRowError } from '../../../platform/db/schema.ts';
import {
  CODE_TABLES, DATA_SHEETS, MAX_FILE_BYTES, MAX_ITEMS, REFERENCE_SHEETS, TEMPLATE_VALIDATION_ROWS, columnLetter, headingOf,
  type CodeTableKey, type ColumnSpec, type DataSheetSpec,
} from './workbook-spec.ts';

/** One implementation as the workbook shows it. */
export interface WorkbookItem {
  ref: string;
  basicCode: string;
  departmentCreditCode: string;
  regionCode: string;
  implementationCode: string;
  content: ImplementationContent;
}

export interface WorkbookSources {
  /** Called once per data sheet, yielding the same items in the same order each time. */
  items: () => AsyncIterable<WorkbookItem>;
  departments: { creditCode: string; name: string; regionCode: string; regionName: string }[];
  basicItems: { code: string; typeCode: string; name: string; level: number }[];
}

type CellOut = string | number | null;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8D5' } };

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Where each code table's codes sit on the Codes sheet (for drop-downs). */
function codeRanges(): Map<CodeTableKey, string> {
  const ranges = new Map<CodeTableKey, string>();
  let c = 1;
  for (const key of Object.keys(CODE_TABLES) as CodeTableKey[]) {
    const letter = columnLetter(c);
    ranges.set(key, `${quoteSheet(REFERENCE_SHEETS.codes)}!$${letter}$2:$${letter}$${CODE_TABLES[key].entries.length + 1}`);
    c += 4;
  }
  return ranges;
}

function codeCell(table: CodeTableKey, code: string): CellOut {
  return table === 'onlineDepth' ? Number(code) : code;
}

function cellValue(column: ColumnSpec, value: unknown): CellOut {
  if (value === undefined || value === null || value === '') return null;
  const scalar = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  switch (column.kind.type) {
    case 'text': return scalar;
    case 'code': return codeCell(column.kind.table, scalar);
    case 'codeList': return (value as string[]).length === 0 ? null : (value as string[]).join(', ');
    // One per line: a line break inside an entry would split it on import, so it becomes a space.
    case 'textList': return (value as string[]).length === 0 ? null : (value as string[]).map((v) => v.replace(/\s*\n\s*/g, ' ')).join('\n');
    case 'number': case 'integer': return Number(value);
    case 'boolean': return value === true ? '是' : '否';
    case 'json': return JSON.stringify(value);
  }
}

/** The rows a data sheet gets from one item: column key → value. */
function rowsOf(sheet: DataSheetSpec['key'], item: WorkbookItem): Record<string, unknown>[] {
  const c = item.content;
  const ref = item.ref;
  switch (sheet) {
    case 'items':
      return [{
        itemRef: ref, basicCode: item.basicCode, departmentCreditCode: item.departmentCreditCode, regionCode: item.regionCode, implementationCode: item.implementationCode,
        name: c.name, legalBasis: c.legalBasis,
        legalLimitValue: c.legalLimit.value, legalLimitUnit: c.legalLimit.unit, legalLimitNote: c.legalLimit.note,
        promisedLimitValue: c.promisedLimit.value, promisedLimitUnit: c.promisedLimit.unit, promisedLimitNote: c.promisedLimit.note,
        caseKind: c.caseKind, specialProcedures: c.specialProcedures, onlineDepth: String(c.onlineDepth), tripsToSite: c.tripsToSite, visitReason: c.visitReason,
        channels: c.channels, audiences: c.audiences, themes: c.themes, crossRegionScope: c.crossRegionScope, place: c.place, officeHours: c.officeHours,
        consultationPhone: c.consultationPhone, complaintPhone: c.complaintPhone, resultName: c.result.name, resultType: c.result.type,
        resultLicenseTypeCode: c.result.licenseTypeCode, resultSampleFile: c.result.sampleFile, allowsCommitment: c.allowsCommitment ?? false,
        quantityLimit: c.quantityLimit, intermediaryServices: c.intermediaryServices, jointDepartments: c.jointDepartments, formJson: c.form,
      }];
    case 'conditions':
      return c.conditions.map((condition) => ({ itemRef: ref, condition }));
    case 'materials':
      return c.materials.map((m) => ({ itemRef: ref, ...m }));
    case 'process':
      return c.process.map((s) => ({ itemRef: ref, key: s.key, name: s.name, role: s.role, limitValue: s.limit.value, limitUnit: s.limit.unit, limitNote: s.limit.note, countersign: s.countersign, reviewRules: s.reviewRules }));
    case 'fees':
      return c.fees.map((f) => ({ itemRef: ref, ...f }));
    case 'faq':
      return c.faq.map((f) => ({ itemRef: ref, ...f }));
  }
}

function styleHeader(row: ExcelJS.Row, required: (index: number) => boolean): void {
  row.height = 34;
  row.eachCell((cell, index) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = required(index) ? REQUIRED_FILL : HEADER_FILL;
  });
}

function columnNote(column: ColumnSpec): string {
  const lines = [`${column.zh} / ${column.en}${column.required ? '（必填 required）' : ''}`];
  if (column.note) lines.push(column.note.zh, column.note.en);
  const kind = column.kind;
  if (kind.type === 'code' || kind.type === 'codeList') {
    lines.push(kind.type === 'codeList' ? '多个取值用 ；或 , 分隔 / separate several values with ; or ,' : '见“代码表” / see the Codes sheet');
    lines.push(CODE_TABLES[kind.table].entries.map((e) => `${e.code} ${e.zh}`).join('；'));
  }
  if (kind.type === 'textList') lines.push('每行一项（Alt+Enter 换行） / one per line (Alt+Enter)');
  if (kind.type === 'boolean') lines.push('是 / 否');
  return lines.join('\n');
}

async function writeDataSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: DataSheetSpec, items: () => AsyncIterable<WorkbookItem>, ranges: Map<CodeTableKey, string>): Promise<void> {
  const ws = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({
    key: c.key, width: c.width,
    // Text cells keep what is typed (leading zeros of codes, long numbers).
    style: c.kind.type === 'number' || c.kind.type === 'integer' ? {} : { numFmt: '@' },
  }));
  const header = ws.addRow(spec.columns.map(headingOf));
  styleHeader(header, (i) => spec.columns[i - 1]?.required ?? false);
  spec.columns.forEach((c, i) => { header.getCell(i + 1).note = columnNote(c); });
  header.commit();
  let rows = 0;
  for await (const item of items()) {
    for (const values of rowsOf(spec.key, item)) {
      const row = ws.addRow(spec.columns.map((c) => cellValue(c, values[c.key])));
      row.alignment = { vertical: 'top', wrapText: true };
      row.commit();
      rows += 1;
    }
  }
  const last = Math.max(TEMPLATE_VALIDATION_ROWS, rows + 200) + 1;
  // Range validations exist on worksheets (doc/data-validations.js) but are missing from exceljs's typings.
  const validations = (ws as unknown as { dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void } }).dataValidations;
  spec.columns.forEach((c, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${last}`;
    if (c.kind.type === 'code') {
      validations.add(range, {
        type: 'list', allowBlank: !c.required, formulae: [ranges.get(c.kind.table)!], showErrorMessage: true, errorStyle: 'warning',
        errorTitle: '代码表 Codes', error: `请从“${REFERENCE_SHEETS.codes}”中选择 / choose a value of the Codes sheet`,
      });
    } else if (c.kind.type === 'boolean') {
      validations.add(range, { type: 'list', allowBlank: true, formulae: ['"是,否"'], showErrorMessage: true, errorStyle: 'warning' });
    }
  });
  ws.commit();
}

function writeCodesSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = workbook.addWorksheet(REFERENCE_SHEETS.codes, { views: [{ state: 'frozen', ySplit: 1 }] });
  const tables = Object.values(CODE_TABLES);
  ws.columns = tables.flatMap(() => [{ width: 20 }, { width: 16 }, { width: 26 }, { width: 3 }]);
  const header = ws.addRow(tables.flatMap((t) => [`${t.title.zh}\n${t.key}`, '中文', 'English', null]));
  styleHeader(header, () => false);
  header.commit();
  const height = Math.max(...tables.map((t) => t.entries.length));
  for (let r = 0; r < height; r += 1) {
    ws.addRow(tables.flatMap((t) => {
      const e = t.entries[r];
      return e ? [codeCell(t.key as CodeTableKey, e.code), e.zh, e.en, null] : [null, null, null, null];
    })).commit();
  }
  ws.commit();
}

function writeListSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, headings: string[], widths: number[], rows: CellOut[][]): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = widths.map((width) => ({ width, style: { numFmt: '@' } }));
  const header = ws.addRow(headings);
  styleHeader(header, () => false);
  header.commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
}

function kindText(column: ColumnSpec): { zh: string; en: string } {
  const k = column.kind;
  switch (k.type) {
    case 'text': return { zh: `文本，最多 ${k.maxLength} 字`, en: `Text, at most ${k.maxLength} characters` };
    case 'code': return { zh: `代码：${CODE_TABLES[k.table].title.zh}（${k.table}）`, en: `Code: ${CODE_TABLES[k.table].title.en} (${k.table})` };
    case 'codeList': return { zh: `多个代码：${CODE_TABLES[k.table].title.zh}（${k.table}），用 ；或 , 分隔`, en: `Codes: ${CODE_TABLES[k.table].title.en} (${k.table}), separated by ; or ,` };
    case 'textList': return { zh: '多项文本，每行一项', en: 'Texts, one per line' };
    case 'number': return { zh: '数字（可为 0.5 的倍数）', en: 'Number (half days allowed)' };
    case 'integer': return { zh: `整数 ${k.min}–${k.max}`, en: `Whole number ${k.min}–${k.max}` };
    case 'boolean': return { zh: '是 / 否', en: 'Yes (是) / no (否)' };
    case 'json': return { zh: 'JSON', en: 'JSON' };
  }
}

const README_LINES: [string, string][] = [
  ['事项批量导入模板（实施清单）', 'Catalogue import template (implementation list)'],
  ['', ''],
  ['用途：部门按本模板填写本部门的实施清单，上传后系统逐行检查；只要有一行有错，就一个也不导入，并给出逐行的错误清单（可下载为 Excel），改正后重新上传即可。全部通过时，所有事项一次性导入为“草稿”，再按正常流程提交审核、发布。',
    'Purpose: a department fills in its implementation list in this template and uploads it; every row is checked. If any row has a problem, nothing is imported and a row-by-row error report (downloadable as Excel) says what to fix; fix and upload again. When every row passes, all items are imported at once as drafts, then submitted for review and published as usual.'],
  ['', ''],
  ['填写规则', 'Rules'],
  ['1. “事项”表每行一个事项；“事项标识”在本文件内唯一（如 1、2、3），“条件”“材料”“流程”“收费”“常见问题”表的每一行用“事项标识”指向所属事项，行的先后就是显示顺序。',
    '1. One item per row of the Items sheet; the item reference is unique within the file (e.g. 1, 2, 3). Every row of the Conditions, Materials, Process, Fees and FAQ sheets points at its item by the item reference; row order is display order.'],
  ['2. 第一行是列标题，不要修改第二行的英文键名；列的顺序可以调整，不需要的非必填列可以删除。标 * 的列必填（橙色）。',
    '2. Row 1 holds the headings; keep the key on their second line. Columns may be reordered, and optional columns you do not need may be deleted. Columns marked * are required (orange).'],
  ['3. 代码列填写“代码表”中的代码，也可以填中文名称；多个代码用 ；或 , 分隔。是/否列填“是”或“否”。多项文本（常见错误、中介服务、联办部门）每行一项（Alt+Enter 换行）。',
    '3. Code columns take a code of the Codes sheet or its Chinese label; separate several codes with ; or ,. Yes/no columns take 是 or 否. Lists of texts (common mistakes, intermediary services, joint departments) take one entry per line (Alt+Enter).'],
  ['4. 实施部门填统一社会信用代码（见“部门”表），只能是您有权维护的部门：部门事项管理员只能导入本部门的事项，政务服务中心可导入本区划内各部门的事项。',
    '4. The implementing department is given by its credit code (see the Departments sheet), and must be one you may maintain: a department item maintainer imports for their own department, the service centre for any department in its region.'],
  ['5. 基本编码须在基本目录中（见“基本目录”表）。实施编码和层级由部门和基本编码生成；同一部门已有的事项不能再导入（请在系统中修改）。',
    '5. The basic code must be in the basic catalogue (see the Basic items sheet). The implementation code and level follow from the department and the basic code; an item the department already implements cannot be imported again (edit it in the system).'],
  ['6. 导入与手工填报执行相同的检查：承诺时限不超过法定时限、全程网办（网办深度 ≥5）到现场次数为 0、即办件最多一个审批环节、必要材料须有设定依据、不得要求已取消的证明材料等。',
    '6. Imports are checked like manual entry: promised ≤ legal limit, full-online (depth ≥ 5) means 0 trips, an immediate item has at most one step, required materials name their legal basis, no cancelled proof may be required, and so on.'],
  ['7. “申请表单（JSON）”留空时，系统按服务对象生成默认申请表单（申请人、证件号码、联系电话、申请说明），导入后可在系统中调整。',
    '7. When the application form (JSON) is empty, a default form is generated from the audiences (applicant, ID number or credit code, phone, details); refine it in the system after the import.'],
  [`8. 文件不超过 ${MAX_FILE_BYTES / 1024 / 1024} MB、${MAX_ITEMS} 个事项。导出的文件与本模板格式相同，可修改后导入到其他部门（请清空“实施编码”列或改为新部门的编码）。`,
    `8. At most ${MAX_FILE_BYTES / 1024 / 1024} MB and ${MAX_ITEMS} items per file. An export has this template's format and can be edited and imported for another department (clear the implementation code column or change it to the new department's codes).`],
  ['', ''],
  ['详细说明见 docs/catalog-import.md。', 'Full documentation: docs/catalog-import.md.'],
];

function writeReadme(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = workbook.addWorksheet(REFERENCE_SHEETS.readme);
  ws.columns = [{ width: 20 }, { width: 26 }, { width: 22 }, { width: 8 }, { width: 34 }, { width: 50 }, { width: 50 }];
  README_LINES.forEach(([zh, en], i) => {
    const row = ws.addRow([zh, null, null, null, null, en]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) { row.font = { bold: true, size: 14 }; row.height = 24; }
    else if (zh.length > 30) row.height = Math.min(120, 15 * Math.ceil(zh.length / 60));
    row.commit();
  });
  ws.addRow([]).commit();
  const header = ws.addRow(['工作表 Sheet', '列标题 Heading', '键 Key', '必填 Req.', '格式 Format', '说明', 'Description']);
  styleHeader(header, () => false);
  header.commit();
  for (const sheet of DATA_SHEETS) {
    for (const c of sheet.columns) {
      const kind = kindText(c);
      const row = ws.addRow([sheet.name, `${c.zh} / ${c.en}`, c.key, c.required ? '是 Yes' : '', `${kind.zh}\n${kind.en}`, c.note?.zh ?? '', c.note?.en ?? '']);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.commit();
    }
  }
  ws.commit();
}

/** The template or an export: README, the data sheets, then the code tables and the reference lists. */
export async function writeCatalogWorkbook(stream: Writable, sources: WorkbookSources): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'OneTrip';
  workbook.created = new Date();
  const ranges = codeRanges();
  writeReadme(workbook);
  for (const spec of DATA_SHEETS) await writeDataSheet(workbook, spec, sources.items, ranges);
  writeCodesSheet(workbook);
  writeListSheet(workbook, REFERENCE_SHEETS.departments, ['统一社会信用代码\ncreditCode', '部门名称\nname', '行政区划代码\nregionCode', '行政区划\nregionName'], [22, 30, 16, 16],
    sources.departments.map((d) => [d.creditCode, d.name, d.regionCode, d.regionName]));
  writeListSheet(workbook, REFERENCE_SHEETS.basicItems, ['基本编码\ncode', '事项名称\nname', '事项类型\ntypeCode', '行使层级\nlevel'], [16, 40, 10, 10],
    sources.basicItems.map((b) => [b.code, b.name, b.typeCode, String(b.level)]));
  await workbook.commit();
}

/** An import's error report: one row per problem, for the department to fix its file. */
export async function writeErrorWorkbook(stream: Writable, fileName: string, errors: readonly CatalogImportRowError[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'OneTrip';
  const ws = workbook.addWorksheet('错误清单 Errors', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [{ width: 18 }, { width: 8 }, { width: 26 }, { width: 10 }, { width: 30 }, { width: 60 }, { width: 60 }];
  const title = ws.addRow([`导入文件 File: ${fileName}`]);
  title.font = { bold: true };
  title.commit();
  const header = ws.addRow(['工作表 Sheet', '行 Row', '列 Column', '单元格 Cell', '错误代码 Code', '说明', 'Message']);
  styleHeader(header, () => false);
  header.commit();
  const headingOfKey = (sheet: string, key: string | null) => {
    if (!key) return null;
    const spec = DATA_SHEETS.find((s) => [s.name, s.zh, s.en].includes(sheet.trim()));
    const column = spec?.columns.find((c) => c.key === key);
    return column ? `${column.zh} (${column.key})` : key;
  };
  for (const e of errors) {
    const row = ws.addRow([e.sheet, e.row, headingOfKey(e.sheet, e.column), e.cell, e.code, e.message.zh, e.message.en]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  ws.commit();
  await workbook.commit();
}
