/** Reading workbooks without a database: cells, headings, references, file type, default form. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkImplementation, type ImplementationContent } from '@onetrip/core';
import { sampleContent } from '../../../../test/catalog-fixtures.ts';
import { editWorkbook, loadXlsx, setCell, sheet, workbookOf } from '../../../../test/catalog-workbooks.ts';
import { defaultApplicationForm } from './default-form.ts';
import { parseWorkbook } from './parse-workbook.ts';
import { MAX_ITEMS } from './workbook-spec.ts';
import { checkXlsx } from './xlsx-file.ts';

const DEPT = '11150400MB0000027Q';
const one = (content: ImplementationContent = sampleContent()) => workbookOf([{ basicCode: '010010010000', departmentCreditCode: DEPT, content }]);

describe('checkXlsx', () => {
  it('accepts workbooks and refuses other bytes, other zips and zip bombs', async () => {
    const xlsx = new Uint8Array(await one());
    expect(checkXlsx(xlsx, 200 * 1024 * 1024)).toMatchObject({ ok: true });
    expect(checkXlsx(new TextEncoder().encode('%PDF-1.7 not a workbook at all'), 1e9)).toEqual({ ok: false, reason: 'not_zip' });
    expect(checkXlsx(xlsx.slice(0, xlsx.length - 30), 1e9)).toEqual({ ok: false, reason: 'not_zip' });
    const docxLike = new Uint8Array(Buffer.from(Buffer.from(xlsx).toString('latin1').replaceAll('xl/workbook.xml', 'wd/document.xml'), 'latin1'));
    expect(checkXlsx(docxLike, 1e9)).toEqual({ ok: false, reason: 'not_xlsx' });
    // The unpacked size comes from the central directory, before anything is decompressed.
    expect(checkXlsx(xlsx, 1000)).toEqual({ ok: false, reason: 'too_large_unpacked' });
  });
});

describe('parseWorkbook', () => {
  it('reads back what the writer wrote', async () => {
    const content = sampleContent();
    const parsed = parseWorkbook(await loadXlsx(await one(content)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.items).toHaveLength(1);
    const item = parsed.items[0]!;
    expect([item.ref, item.basicCode, item.departmentCreditCode, item.regionCode, item.implementationCode]).toEqual(['1', '010010010000', DEPT, null, null]);
    expect(item.origin).toMatchObject({ sheet: '事项 Items', row: 2 });
    // Absent and empty optional values read the same; everything else comes back as written.
    expect(withoutEmpty(item.content)).toEqual(withoutEmpty(content));
    expect(parsed.totalRows).toBe(1 + content.conditions.length + content.materials.length + content.process.length + content.faq.length + content.fees.length);
  });

  it('maps every content value to its cell', async () => {
    const parsed = parseWorkbook(await loadXlsx(await one()));
    const sources = parsed.items[0]!.sources;
    expect(sources.get('/promisedLimit/value')).toMatchObject({ sheet: '事项 Items', row: 2, column: 'promisedLimitValue', cell: expect.stringMatching(/^[A-Z]+2$/) });
    expect(sources.get('/materials/1/legalBasis')).toMatchObject({ sheet: '材料 Materials', row: 3, column: 'legalBasis' });
    expect(sources.get('/process/1/limit/unit')).toMatchObject({ sheet: '流程 Process', row: 3, column: 'limitUnit' });
  });

  it.each<[string, ExcelJS.CellValue, unknown]>([
    ['allowsCommitment', '是', true],
    ['allowsCommitment', 'N', false],
    ['allowsCommitment', true, true],
    ['caseKind', 'Immediate', 'immediate'],
    ['caseKind', '承诺件', 'promised'],
    ['channels', 'hall；online,post、mobile\nhall', ['hall', 'online', 'post', 'mobile']],
    ['themes', '开办企业，tax', ['establishment', 'tax']],
    ['intermediaryServices', '图纸审查\n 环境影响评价 \n', ['图纸审查', '环境影响评价']],
    ['onlineDepth', '网上受理', 4],
    ['onlineDepth', 3, 3],
    ['legalLimitValue', '10.5', 10.5],
    ['tripsToSite', { formula: '1+0', result: 1 }, 1],
    ['place', { richText: [{ text: '赤峰市' }, { text: '政务服务中心' }] }, '赤峰市政务服务中心'],
  ])('reads %s = %j', async (column, value, expected) => {
    const file = await editWorkbook(await one(), (wb) => setCell(wb, 'items', 2, column, value));
    const parsed = parseWorkbook(await loadXlsx(file));
    expect(parsed.errors).toEqual([]);
    const path: Record<string, string> = { legalLimitValue: 'legalLimit' };
    const content = parsed.items[0]!.content as unknown as Record<string, unknown>;
    const got = path[column] ? (content[path[column]] as { value: unknown }).value : content[column];
    expect(got).toEqual(expected);
  });

  it('pads codes that Excel turned into numbers', async () => {
    const file = await editWorkbook(await one(), (wb) => { setCell(wb, 'items', 2, 'basicCode', 10010010000); setCell(wb, 'items', 2, 'regionCode', 150402000000); });
    expect(parseWorkbook(await loadXlsx(file)).items[0]).toMatchObject({ basicCode: '010010010000', regionCode: '150402000000' });
  });

  it('reports duplicate references, duplicate and missing columns, and rows of unknown items', async () => {
    const file = await editWorkbook(await one(), (wb) => {
      const items = sheet(wb, 'items');
      items.addRow(items.getRow(2).values);
      setCell(wb, 'conditions', 2, 'itemRef', 'X');
      sheet(wb, 'fees').getRow(1).getCell(7).value = '收费项目';
      sheet(wb, 'faq').spliceColumns(3, 1); // the answer column
    });
    const parsed = parseWorkbook(await loadXlsx(file));
    expect(parsed.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['收费 Fees', 1, 'item', 'IMPORT_COLUMN_UNKNOWN'],
      ['常见问题 FAQ', 1, 'answer', 'IMPORT_COLUMN_MISSING'],
      ['事项 Items', 3, 'itemRef', 'IMPORT_ITEM_REF_DUPLICATE'],
      ['条件 Conditions', 2, 'itemRef', 'IMPORT_ITEM_REF_UNKNOWN'],
    ]);
    expect(parsed.items).toHaveLength(1);
  });

  it('reports a missing Items sheet and too many rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['x']);
    expect(parseWorkbook(wb).errors.map((e) => e.code)).toEqual(['IMPORT_SHEET_MISSING']);
    const big = await loadXlsx(await workbookOf([]));
    const items = sheet(big, 'items');
    for (let i = 0; i <= MAX_ITEMS; i += 1) items.addRow([String(i)]);
    expect(parseWorkbook(big).errors.map((e) => e.code)).toEqual(['IMPORT_TOO_MANY_ROWS']);
  });

  it('skips empty rows and gives materials and steps without a key a fresh one', async () => {
    const file = await editWorkbook(await one(), (wb) => {
      setCell(wb, 'materials', 2, 'key', null);
      setCell(wb, 'materials', 3, 'key', 'm1');
      setCell(wb, 'process', 2, 'key', null);
      sheet(wb, 'materials').spliceRows(3, 0, []);
    });
    const parsed = parseWorkbook(await loadXlsx(file));
    expect(parsed.errors).toEqual([]);
    expect(parsed.items[0]!.content.materials.map((m) => m.key)).toEqual(['m2', 'm1', 'layout']);
    expect(parsed.items[0]!.content.process.map((s) => s.key)).toEqual(['s1', 'decide']);
  });
});

describe('defaultApplicationForm', () => {
  it.each([[['natural_person']], [['enterprise', 'social_organization']], [['natural_person', 'enterprise']], [[]]] as const)('passes the form rules for %j', (audiences) => {
    const content = sampleContent({ audiences: [...audiences], form: defaultApplicationForm(audiences) });
    const formFindings = checkImplementation(content, {
      basicItem: { code: '010010010000', typeCode: '01', name: '测试' }, implementationCode: `${DEPT}3010010010000`, departmentCreditCode: DEPT, level: 3, isLocalItem: true, cancelledProofCodes: new Set(),
    }).filter((f) => f.path.startsWith('/form') && f.severity !== 'info');
    expect(formFindings).toEqual([]);
  });
});

function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !(v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0))).map(([k, v]) => [k, withoutEmpty(v)]));
  }
  return value;
}
