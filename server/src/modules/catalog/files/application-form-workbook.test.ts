import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../../platform/files/file-type.ts';
import { sampleContent } from '../../../../test/catalog-fixtures.ts';
import { applicationFormWorkbook } from './application-form-workbook.ts';

async function rowsOf(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v as string))));
  });
  return rows;
}

describe('application form workbook', () => {
  const content = sampleContent();
  const fieldTitles = content.form.ui.order.map((k) => String(content.form.schema.properties[k]!.title));

  it('lists every form field in order with required marks and how to fill it, values left blank', async () => {
    const bytes = await applicationFormWorkbook(content, { sample: false });
    expect(detectFileKind(bytes)).toBe('xlsx');
    const rows = await rowsOf(bytes);
    expect(rows[0]![0]).toBe(`${content.name}申请表`);
    const fieldRows = rows.slice(3, 3 + fieldTitles.length);
    expect(fieldRows.map((r) => r[1]!.replace(/^\* /, ''))).toEqual(fieldTitles);
    for (const r of fieldRows) expect(r[2]).toBe('');
    const requiredKeys = new Set(content.form.schema.required ?? []);
    content.form.ui.order.forEach((key, i) => {
      expect(fieldRows[i]![1]!.startsWith('* ')).toBe(requiredKeys.has(key));
      expect(fieldRows[i]![3]).toContain(requiredKeys.has(key) ? '必填' : '填');
    });
  });

  it('fills the sample with example values and says it is a sample', async () => {
    const rows = await rowsOf(await applicationFormWorkbook(content, { sample: true }));
    expect(rows[0]![0]).toContain('示例样表');
    const fieldRows = rows.slice(3, 3 + fieldTitles.length);
    for (const r of fieldRows) expect(r[2]).not.toBe('');
  });
});
