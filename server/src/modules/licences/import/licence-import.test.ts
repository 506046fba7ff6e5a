import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { canonicalLicenceBytes, computeResidentIdCheck } from '@onetrip/core';
import { auditActions, createTestContext, staffClient, type Client, type TestContext } from '../../../../test/test-app.ts';
import { defineLicenceType, sealFor } from '../../../../test/licence-fixtures.ts';
import { DEMO_ENTERPRISES, DEMO_PERSONS } from '../../../seed/demo-data.ts';
import { sm2Verify } from '../../../platform/crypto/sm2.ts';
import { licenceMetadataOf } from '../issue-licence.ts';
import { endInterruptedImports, HEARTBEAT_STALE_SECONDS } from './import-licences.ts';

let ctx: TestContext;
let items: Client;
let center: Client;
let centerHs: Client;
let approver: Client;
let typeId: string;
const SCJG = '赤峰市市场监督管理局';
const HS_SCJG = '红山区市场监督管理局';
const ZRZY = '赤峰市自然资源局';
const deptId = async (name: string) => (await ctx.db.selectFrom('departments').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
let scjg: string;

const HEADER = '持证主体名称*,持证主体代码类型*,持证主体代码*,证照编号*,颁证日期*,有效期起始,有效期截止,经营者名称*,经营面积（平方米）,主体业态';
const ZHANG = DEMO_PERSONS[0]!;
const DAIRY = DEMO_ENTERPRISES[0]!;
const residentId = (first17: string) => first17 + computeResidentIdCheck(first17);
/** Someone without an account on the platform. */
const STRANGER = residentId('15042219700101123');

const GOOD_ROWS = [
  `${ZHANG.name},111,${ZHANG.idNumber},JY11504020001,2023-03-01,2023-03-01,2028-02-29,张伟小吃店,35.5,餐饮服务经营者`,
  `${DAIRY.name},001,${DAIRY.creditCode},JY11504020002,2024-06-18,,,${DAIRY.name},1200,食品销售经营者`,
  `"刘某",111,${STRANGER},JY11504020003,2025-01-09,2025-02-01,2030-01-31,"刘记便利店, 二号店",,`,
];

beforeAll(async () => {
  ctx = await createTestContext();
  [items, center, centerHs, approver] = await Promise.all([staffClient(ctx, 'items.scjg'), staffClient(ctx, 'center'), staffClient(ctx, 'center.hs'), staffClient(ctx, 'approver.scjg')]);
  typeId = await defineLicenceType(ctx, { producers: [], issuers: [SCJG, HS_SCJG] });
  await Promise.all([sealFor(ctx, SCJG), sealFor(ctx, HS_SCJG)]);
  scjg = await deptId(SCJG);
});
afterAll(async () => { await ctx.close(); });

function upload(client: Client, file: { name: string; content: string | Uint8Array }, ids: { typeId?: string; departmentId?: string } = {}) {
  const form = new FormData();
  form.append('licenceTypeId', ids.typeId ?? typeId);
  form.append('departmentId', ids.departmentId ?? scjg);
  form.append('file', new Blob([file.content]), file.name);
  return client.postForm('/api/licence-imports', form);
}
const csv = (...rows: string[]) => ({ name: '存量.csv', content: `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n` });
const importedLicences = (importId: string) => ctx.db.selectFrom('licences').selectAll().where('import_id', '=', importId).orderBy('serial').execute();

describe('template', () => {
  it('has the fixed columns and one per field, as CSV and as xlsx', async () => {
    const res = await items.get(`/api/licence-types/${typeId}/import-template.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toBe(`\uFEFF${HEADER}\r\n`);

    const xlsx = await items.get(`/api/licence-types/${typeId}/import-template.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['证照数据', '填写说明']);
    expect((workbook.getWorksheet('证照数据')!.getRow(1).values as string[]).slice(1).join(',')).toBe(HEADER);

    expect((await approver.get(`/api/licence-types/${typeId}/import-template.csv`)).statusCode).toBe(403);
    expect((await items.get('/api/licence-types/00000000-0000-4000-8000-000000000000/import-template.csv')).json().error.code).toBe('LICENCE_TYPE_NOT_FOUND');
  });

  it('lists what I may import: my department with its types and seal', async () => {
    const res = await items.get('/api/licence-imports/choices');
    expect(res.statusCode).toBe(200);
    expect(res.json().departments).toEqual([{ id: scjg, name: SCJG, hasActiveSeal: true, licenceTypes: [expect.objectContaining({ id: typeId })] }]);
    const hs = (await centerHs.get('/api/licence-imports/choices')).json().departments;
    expect(hs.map((d: { name: string }) => d.name)).toEqual([HS_SCJG]);
  });
});

describe('importing', () => {
  let goodImportId: string;

  it('issues every row of a good CSV as a sealed licence, linked to the holder\'s account when there is one', async () => {
    const res = await upload(items, csv(...GOOD_ROWS));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'completed', totalRows: 3, processedRows: 3, importedCount: 3, errorCount: 0, errors: [], fileName: '存量.csv' });
    goodImportId = body.id;

    const licences = await importedLicences(body.id);
    expect(licences).toHaveLength(3);
    const seal = await sealFor(ctx, SCJG);
    const key = (await ctx.keys.publicKey(seal.signing_key_id)).publicKeyHex;
    const zhang = await ctx.db.selectFrom('applicants').select('id').where('id_number_hash', '=', ctx.pii.blindIndex(ZHANG.idNumber)).executeTakeFirstOrThrow();
    const dairy = await ctx.db.selectFrom('applicants').select('id').where('credit_code', '=', DAIRY.creditCode).executeTakeFirstOrThrow();

    const byNumber = new Map(licences.map((l) => [licenceMetadataOf(ctx, l).number, l]));
    const first = byNumber.get('JY11504020001')!;
    expect(first).toMatchObject({ source: 'stock_import', holder_applicant_id: zhang.id, holder_kind: 'person', seal_id: seal.id, issuer_department_id: scjg });
    const m1 = licenceMetadataOf(ctx, first);
    expect(m1).toMatchObject({ issueDate: '2023-03-01', validFrom: '2023-03-01', validUntil: '2028-02-29', holder: { name: '张伟', code: ZHANG.idNumber, codeType: '111' }, relatedItem: null });
    expect(m1.fields).toEqual({ 经营者名称: '张伟小吃店', 经营面积: 35.5, 主体业态: '餐饮服务经营者' });

    const second = byNumber.get('JY11504020002')!;
    expect(second).toMatchObject({ holder_applicant_id: dairy.id, holder_kind: 'enterprise' });
    // Blank validity: from the issue date, 长期.
    expect(licenceMetadataOf(ctx, second)).toMatchObject({ validFrom: '2024-06-18', validUntil: null });

    const third = byNumber.get('JY11504020003')!;
    expect(third.holder_applicant_id).toBeNull();
    expect(licenceMetadataOf(ctx, third).fields).toEqual({ 经营者名称: '刘记便利店, 二号店' });

    for (const l of licences) {
      expect(sm2Verify(canonicalLicenceBytes(licenceMetadataOf(ctx, l)), new Uint8Array(l.signature), key)).toBe(true);
      expect(await auditActions(ctx, l.id)).toEqual(['licence.issued']);
    }
    expect(await auditActions(ctx, body.id)).toEqual(['licence_import.started', 'licence_import.completed']);
  });

  it('imports nothing when one row is bad, and the report names its row and column', async () => {
    const before = await ctx.db.selectFrom('licences').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const res = await upload(items, csv(
      `王芳,111,${DEMO_PERSONS[2]!.idNumber},JY22000001,2022-05-05,,,王芳超市,,`,
      `李娜,111,${DEMO_PERSONS[1]!.idNumber.slice(0, 17)}${DEMO_PERSONS[1]!.idNumber.endsWith('1') ? '2' : '1'},JY22000002,2022-05-05,,,李娜超市,,`,
      `陈静,111,${DEMO_PERSONS[4]!.idNumber},JY22000003,2022-05-05,2022-06-01,2022-05-31,陈静超市,十,小卖部`,
    ));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'failed', importedCount: 0, totalRows: 3 });
    expect(body.errors).toEqual([
      { row: 3, column: '持证主体代码', code: 'RESIDENT_ID_INVALID', message: '居民身份证号码不正确：校验位不正确' },
      { row: 4, column: '有效期截止', code: 'DATE_ORDER', message: expect.any(String) },
      { row: 4, column: '经营面积（平方米）', code: 'FIELD_INVALID', message: expect.stringContaining('类型不符') },
      { row: 4, column: '主体业态', code: 'FIELD_INVALID', message: expect.stringContaining('不是可选值之一') },
    ]);
    // No ID number in the report.
    expect(JSON.stringify(body.errors)).not.toMatch(/\d{17}/);
    expect(await importedLicences(body.id)).toHaveLength(0);
    const after = await ctx.db.selectFrom('licences').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await auditActions(ctx, body.id)).toEqual(['licence_import.started', 'licence_import.failed']);

    const report = await items.get(`/api/licence-imports/${body.id}/errors.csv`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-disposition']).toContain('attachment');
    expect(report.body.split('\r\n').slice(0, 2)).toEqual(['\uFEFF行,列,代码,说明', '3,持证主体代码,RESIDENT_ID_INVALID,居民身份证号码不正确：校验位不正确']);
  });

  it('refuses missing columns, duplicates inside the file and licences already imported', async () => {
    const missing = await upload(items, { name: 'a.csv', content: '持证主体名称,持证主体代码类型,持证主体代码,颁证日期,备注\r\n张伟,111,x,2020-01-01,y\r\n' });
    expect(missing.json().errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 1, column: '备注', code: 'COLUMN_UNKNOWN' }),
      expect.objectContaining({ row: 1, column: '证照编号', code: 'COLUMN_MISSING' }),
      expect.objectContaining({ row: 1, column: '经营者名称', code: 'COLUMN_MISSING' }),
    ]));

    const dup = await upload(items, csv(GOOD_ROWS[0]!.replace('JY11504020001', 'JY9'), `x,1,y,JY8,2020-13-01,,,z,,`, GOOD_ROWS[0]!.replace('JY11504020001', 'JY9')));
    expect(dup.json().errors).toEqual([
      { row: 3, column: '持证主体代码类型', code: 'CODE_TYPE_INVALID', message: expect.any(String) },
      { row: 3, column: '颁证日期', code: 'DATE_INVALID', message: expect.any(String) },
      { row: 4, column: '证照编号', code: 'DUPLICATE_IN_FILE', message: expect.stringContaining('第 2 行') },
    ]);

    const again = await upload(items, csv(...GOOD_ROWS));
    expect(again.json()).toMatchObject({ status: 'failed', importedCount: 0 });
    expect(again.json().errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[2, 'ALREADY_ISSUED'], [3, 'ALREADY_ISSUED'], [4, 'ALREADY_ISSUED']]);
    expect(await importedLicences(goodImportId)).toHaveLength(3);
  });

  it('reads a filled-in xlsx template (text cells, date cells, a code type typed as a number)', async () => {
    const template = await items.get(`/api/licence-types/${typeId}/import-template.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('证照数据')!;
    sheet.addRow(['刘洋', '111', DEMO_PERSONS[3]!.idNumber, 'XL-0001', '2021-07-01', '2021-07-01', '2026-06-30', '刘洋餐馆', 80, '餐饮服务经营者']);
    sheet.addRow([DEMO_ENTERPRISES[1]!.name, 1, DEMO_ENTERPRISES[1]!.creditCode, 'XL-0002', new Date(Date.UTC(2020, 0, 15)), null, null, '鑫源食堂', null, '单位食堂']);
    // A real date cell (the template's columns are text; a clerk may paste dates anyway).
    sheet.getRow(3).getCell(5).numFmt = 'yyyy-mm-dd';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await upload(items, { name: '存量.xlsx', content: bytes });
    expect(res.json()).toMatchObject({ status: 'completed', importedCount: 2, errors: [] });
    const licences = (await importedLicences(res.json().id)).map((l) => licenceMetadataOf(ctx, l)).sort((a, b) => (a.number! < b.number! ? -1 : 1));
    expect(licences.map((m) => [m.number, m.holder.codeType, m.issueDate, m.validUntil])).toEqual([['XL-0001', '111', '2021-07-01', '2026-06-30'], ['XL-0002', '001', '2020-01-15', null]]);

    // An 18-digit number cell has lost digits already: the clerk is told to use text.
    sheet.addRow(['巴特尔', '111', Number('150425198309060511'), 'XL-0003', '2021-07-01', null, null, '巴特尔餐馆', null, null]);
    const lossy = await upload(items, { name: '存量.xlsx', content: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(lossy.json().errors).toContainEqual(expect.objectContaining({ row: 4, column: '持证主体代码', code: 'NOT_TEXT' }));
  });
});

describe('who may import what', () => {
  it('refuses a department that does not issue the type (409) or has no seal', async () => {
    const res = await upload(center, csv(GOOD_ROWS[0]!), { departmentId: await deptId(ZRZY) });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'LICENCE_ISSUER_NOT_AUTHORISED']);
    await defineLicenceType(ctx, { producers: [], issuers: [ZRZY] });
    const noSeal = await upload(center, csv(GOOD_ROWS[0]!), { departmentId: await deptId(ZRZY) });
    expect([noSeal.statusCode, noSeal.json().error.code]).toEqual([409, 'LICENCE_NO_ACTIVE_SEAL']);
  });

  it('keeps an item administrator to their own department, a centre to its region subtree', async () => {
    const hsScjg = await deptId(HS_SCJG);
    const other = await upload(items, csv(GOOD_ROWS[0]!), { departmentId: hsScjg });
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const notMine = await upload(centerHs, csv(GOOD_ROWS[0]!), { departmentId: scjg });
    expect(notMine.statusCode).toBe(404);
    expect((await upload(approver, csv(GOOD_ROWS[0]!))).statusCode).toBe(403);

    const hs = await upload(centerHs, csv(`巴特尔,111,${DEMO_PERSONS[6]!.idNumber},HS-1,2020-01-01,,,巴特尔奶茶,,`), { departmentId: hsScjg });
    expect(hs.json()).toMatchObject({ status: 'completed', importedCount: 1, department: { id: hsScjg } });

    // Reading: an item administrator sees their department's imports only; the district centre its district's.
    const mine = (await items.get('/api/licence-imports?pageSize=100')).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i: { department: { id: string } }) => i.department.id === scjg)).toBe(true);
    const district = (await centerHs.get('/api/licence-imports')).json();
    expect(district.items.map((i: { id: string }) => i.id)).toEqual([hs.json().id]);
    expect((await centerHs.get(`/api/licence-imports/${mine.items[0].id}`)).json().error.code).toBe('LICENCE_IMPORT_NOT_FOUND');
    expect((await items.get(`/api/licence-imports/${hs.json().id}/errors.csv`)).statusCode).toBe(404);
    expect((await center.get(`/api/licence-imports/${hs.json().id}`)).statusCode).toBe(200);
  });
});

describe('files', () => {
  it('accepts only xlsx or UTF-8 CSV (415), within 5,000 rows (413)', async () => {
    const pdf = await upload(items, { name: 'licences.pdf', content: '%PDF-1.7\n1 0 obj\n' });
    expect([pdf.statusCode, pdf.json().error.code]).toEqual([415, 'LICENCE_IMPORT_UNSUPPORTED']);
    const renamed = await upload(items, { name: 'licences.csv', content: '%PDF-1.7\n1 0 obj\n' });
    expect(renamed.statusCode).toBe(415);
    // 张伟 in GBK: what Excel's "CSV" writes on a Chinese Windows.
    const gbk = await upload(items, { name: 'licences.csv', content: new Uint8Array([0xd5, 0xc5, 0xce, 0xb0, 0x2c, 0x31, 0x0d, 0x0a]) });
    expect([gbk.statusCode, gbk.json().error.code]).toEqual([415, 'LICENCE_IMPORT_UNSUPPORTED']);
    const notXlsx = await upload(items, { name: 'licences.xlsx', content: 'a,b\r\n' });
    expect(notXlsx.statusCode).toBe(415);

    const many = Array.from({ length: 5001 }, (_, i) => `某,111,x,N${i},2020-01-01,,,y,,`);
    const tooMany = await upload(items, csv(...many));
    expect([tooMany.statusCode, tooMany.json().error.code]).toEqual([413, 'LICENCE_IMPORT_TOO_LARGE']);
    const noFile = await items.postForm('/api/licence-imports', new FormData());
    expect(noFile.json().error.code).toBe('LICENCE_IMPORT_FILE_REQUIRED');
    const noIds = new FormData();
    noIds.append('file', new Blob(['x']), 'x.csv');
    expect((await items.postForm('/api/licence-imports', noIds)).json().error.code).toBe('VALIDATION_FAILED');
    expect(await ctx.db.selectFrom('licence_imports').select('id').where('file_name', 'like', 'licences.%').execute()).toEqual([]);
  });
});

describe('a large file', () => {
  it('answers 202 at once, shows progress while the transaction runs, and issues every row', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const seq = String(i).padStart(3, '0');
      return `持证人${i},111,${residentId(`15040219800101${seq}`)},BIG-${i},2024-01-02,,,经营者${i},${i},`;
    });
    const started = Date.now();
    const res = await upload(items, csv(...rows));
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'running', totalRows: 1000, importedCount: 0 });
    const id = res.json().id;
    const seen: number[] = [];
    let view;
    for (;;) {
      view = (await items.get(`/api/licence-imports/${id}`)).json();
      if (view.status !== 'running') break;
      seen.push(view.processedRows);
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (Date.now() - started) / 1000;
    expect(view).toMatchObject({ status: 'completed', importedCount: 1000, processedRows: 1000 });
    // Progress written from outside the import's transaction was visible while it ran.
    expect(seen.some((n) => n > 0 && n < 1000)).toBe(true);
    expect(await importedLicences(id)).toHaveLength(1000);
    process.stdout.write(`licence import: 1000 rows in ${seconds.toFixed(2)} s (${Math.round(1000 / seconds)}/s)\n`);
  }, 60_000);
});

describe('an import cut off by a restart', () => {
  it('is ended failed (IMPORT_INTERRUPTED, on record) once its heartbeat stops, and a live one is left running', async () => {
    // As a process leaves it when it dies mid-run: the row `running`, its transaction rolled back, nothing issued.
    const [createdBy] = (await ctx.sql(`SELECT id FROM staff_users WHERE username = 'items.scjg'`)).rows;
    const insert = async (heartbeatSecondsAgo: number) => (await ctx.sql(
      `INSERT INTO licence_imports (licence_type_id, department_id, file_name, status, total_rows, created_by, heartbeat_at)
       VALUES ($1, $2, '中断.csv', 'running', 1000, $3, now() - make_interval(secs => $4)) RETURNING id`,
      [typeId, scjg, createdBy.id, heartbeatSecondsAgo],
    )).rows[0].id as string;
    const dead = await insert(HEARTBEAT_STALE_SECONDS + 30);
    const alive = await insert(2);

    const list = (await items.get('/api/licence-imports')).json();
    expect(list.items.find((i: { id: string }) => i.id === dead)).toMatchObject({ status: 'failed', importedCount: 0 });
    expect(list.items.find((i: { id: string }) => i.id === alive)).toMatchObject({ status: 'running' });
    const detail = (await items.get(`/api/licence-imports/${dead}`)).json();
    expect(detail.errors).toEqual([expect.objectContaining({ row: 0, code: 'IMPORT_INTERRUPTED' })]);
    expect(detail.finishedAt).not.toBeNull();
    expect(await auditActions(ctx, dead)).toEqual(['licence_import.interrupted']);
    // Ended once: later reads change nothing.
    expect(await endInterruptedImports(ctx.db)).toBe(0);
    expect(await auditActions(ctx, dead)).toEqual(['licence_import.interrupted']);
  });
});
