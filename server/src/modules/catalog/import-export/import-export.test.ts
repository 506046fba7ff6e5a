import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreditCode, type ImplementationContent } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../../test/test-app.ts';
import { sampleContent } from '../../../../test/catalog-fixtures.ts';
import { editWorkbook, importFile, loadXlsx, setCell, sheet, upload, waitForImport, workbookOf } from '../../../../test/catalog-workbooks.ts';
import { DEMO_DEPARTMENTS, DEMO_PASSWORD } from '../../../seed/demo-data.ts';
import { seedDemoCatalog } from '../../../seed/seed-catalog.ts';
import { buildApp } from '../../../app.ts';
import { startJobs } from '../../../platform/jobs/jobs.ts';
import { parseWorkbook } from './parse-workbook.ts';
import { DATA_SHEETS, REFERENCE_SHEETS, XLSX_MEDIA_TYPE, headingOf } from './workbook-spec.ts';

let ctx: TestContext;
let maintainer: Client; // items.scjg — item_admin of 赤峰市市场监督管理局
let center: Client; // center_admin of the city
let centerHs: Client; // center_admin of 红山区
const credit = (key: string) => DEMO_DEPARTMENTS.find((d) => d.key === key)!.creditCode;
const basicCodes: string[] = [];

async function newBasicItem(main: number, name: string): Promise<string> {
  const res = await center.post('/api/catalog/basic-items', { typeCode: '01', mainNumber: main, name, legalBasis: `《测试条例》第 ${main} 条`, level: 3 });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ code: string }>().code;
}

async function implementationCount(): Promise<number> {
  return Number((await ctx.db.selectFrom('implementations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
}

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCatalog(ctx.db);
  maintainer = await staffClient(ctx, 'items.scjg');
  center = await staffClient(ctx, 'center');
  centerHs = await staffClient(ctx, 'center.hs');
  for (let i = 0; i < 8; i += 1) basicCodes.push(await newBasicItem(900 + i, `导入测试事项${i + 1}`));
});
afterAll(async () => { await ctx.close(); });

describe('template', () => {
  it('downloads as a documented workbook that parses back to nothing, with drop-downs on code columns', async () => {
    const res = await maintainer.get('/api/catalog/import/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''/);
    const workbook = await loadXlsx(res.rawPayload);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([REFERENCE_SHEETS.readme, ...DATA_SHEETS.map((s) => s.name), REFERENCE_SHEETS.codes, REFERENCE_SHEETS.departments, REFERENCE_SHEETS.basicItems]);
    const items = sheet(workbook, 'items');
    expect(items.getRow(1).values).toEqual([undefined, ...DATA_SHEETS[0]!.columns.map(headingOf)]);
    expect(items.rowCount).toBe(1);
    // The README explains every column in both languages.
    const readme = workbook.getWorksheet(REFERENCE_SHEETS.readme)!;
    const keys = new Set<string>();
    readme.eachRow((row) => { keys.add(row.getCell(3).text); });
    for (const spec of DATA_SHEETS) for (const c of spec.columns) expect(keys.has(c.key)).toBe(true);
    // A department maintainer sees their own department only; the basic catalogue is listed.
    const departments = workbook.getWorksheet(REFERENCE_SHEETS.departments)!;
    expect(departments.rowCount).toBe(2);
    expect(departments.getRow(2).getCell(1).value).toBe(credit('scjg'));
    expect(workbook.getWorksheet(REFERENCE_SHEETS.basicItems)!.rowCount).toBeGreaterThan(50);
    // Drop-downs point at the code tables.
    const validations = (items as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(validations).some((v) => v.type === 'list' && v.formulae[0]!.startsWith(`'${REFERENCE_SHEETS.codes}'!`))).toBe(true);
    expect(parseWorkbook(workbook)).toEqual({ items: [], errors: [], totalRows: 0 });
  });

  it('is for staff only', async () => {
    expect((await ctx.app.inject('/api/catalog/import/template')).json().error.code).toBe('AUTH_REQUIRED');
    const applicant = new Client(ctx.app);
    expect((await applicant.loginApplicant('13904760001')).statusCode).toBe(200);
    expect((await applicant.get('/api/catalog/import/template')).statusCode).toBe(403);
  });

  it('is documented in docs/catalog-import.md, every column and code table', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../../docs/catalog-import.md'), 'utf8');
    for (const spec of DATA_SHEETS) {
      expect(doc).toContain(spec.name);
      for (const c of spec.columns) expect(doc, c.key).toContain(`\`${c.key}\``);
    }
  });
});

describe('import', () => {
  it('imports every row of a valid file as drafts, in one go, with audit events', async () => {
    const before = await implementationCount();
    const contents = [
      sampleContent({ name: '导入测试事项一（食品）' }),
      sampleContent({ name: '', faq: [], fees: [{ item: '工本费', standard: '免费', basis: '《国家发展改革委关于……的通知》', reducible: false }] }),
      { ...sampleContent({ name: '导入测试事项三' }), form: undefined as unknown as ImplementationContent['form'] },
    ];
    const file = await workbookOf(contents.map((content, i) => ({ basicCode: basicCodes[i]!, departmentCreditCode: credit('scjg'), content })));
    const result = await importFile(maintainer, file);
    expect(result).toMatchObject({ status: 'succeeded', itemCount: 3, createdCount: 3, errorCount: 0, errors: { total: 0 } });
    expect(result.processedRows).toBe(result.totalRows);
    expect(result.totalRows).toBe(3 + 3 * (2 + 3 + 2) + 1 + 2);
    expect(await implementationCount()).toBe(before + 3);
    const rows = await ctx.db.selectFrom('implementations').selectAll().where('id', 'in', result.createdImplementations.map((c) => c.id)).orderBy('code').execute();
    expect(rows.every((r) => r.change_status === 'draft' && r.publication_status === 'unpublished' && r.current_version === null && r.level === 3)).toBe(true);
    const byBasic = new Map(rows.map((r) => [r.basic_code, r]));
    // The basic item's name stands in for an empty name; an empty form becomes the default form.
    expect(byBasic.get(basicCodes[1]!)!.name).toBe('导入测试事项2');
    expect(byBasic.get(basicCodes[1]!)!.draft_content!.fees).toHaveLength(1);
    expect(byBasic.get(basicCodes[2]!)!.draft_content!.form.ui.order).toEqual(['applicantName', 'creditCode', 'contactPhone', 'details']);
    expect(byBasic.get(basicCodes[0]!)!.draft_content!.materials.map((m) => m.key)).toEqual(['application-form', 'id-card', 'layout']);
    // What the maintainer sees is the same as after a manual create.
    const detail = (await maintainer.get(`/api/catalog/implementations/${rows[0]!.id}`)).json();
    expect(detail).toMatchObject({ changeStatus: 'draft', draftRevision: 1 });
    for (const r of rows) {
      expect(await auditActions(ctx, r.id)).toEqual(['implementation.created']);
      const event = await ctx.db.selectFrom('audit_events').select(['summary', 'actor_name']).where('subject_id', '=', r.id).executeTakeFirstOrThrow();
      expect(event).toMatchObject({ actor_name: 'items.scjg', summary: { importId: result.id } });
    }
    expect(await auditActions(ctx, result.id)).toEqual(['catalog_import.queued', 'catalog_import.succeeded']);
    // Listed among the recent imports.
    const list = (await maintainer.get('/api/catalog/imports')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(result.id);
  });

  it('imports nothing when one row is inconsistent, and names the cell', async () => {
    const before = await implementationCount();
    const file = await workbookOf([
      { basicCode: basicCodes[3]!, departmentCreditCode: credit('scjg'), content: sampleContent() },
      { basicCode: basicCodes[4]!, departmentCreditCode: credit('scjg'), content: sampleContent({ promisedLimit: { value: 30, unit: 'working_days' } }) },
      { basicCode: basicCodes[5]!, departmentCreditCode: credit('scjg'), content: sampleContent() },
    ]);
    const result = await importFile(maintainer, file);
    expect(result).toMatchObject({ status: 'failed', createdCount: 0, errorCount: 1, createdImplementations: [] });
    expect(result.errors.items).toEqual([
      expect.objectContaining({ sheet: '事项 Items', row: 3, column: 'promisedLimitValue', code: 'IMPLEMENTATION_INCONSISTENT', cell: expect.stringMatching(/^[A-Z]+3$/) }),
    ]);
    expect(result.errors.items[0]!.message.zh).toContain('承诺');
    expect(await implementationCount()).toBe(before);
    expect(await auditActions(ctx, result.id)).toEqual(['catalog_import.queued', 'catalog_import.failed']);
  });

  it('reports every problem of every sheet, with sheet, row and column, and imports nothing', async () => {
    const before = await implementationCount();
    const base = await workbookOf([
      { basicCode: basicCodes[3]!, departmentCreditCode: credit('scjg'), content: sampleContent() },
      { basicCode: basicCodes[4]!, departmentCreditCode: credit('scjg'), content: sampleContent({ fees: [{ item: '工本费', standard: '10 元', basis: '《收费标准》', reducible: true }] }) },
    ]);
    const file = await editWorkbook(base, (wb) => {
      setCell(wb, 'items', 2, 'channels', 'hall, 飞鸽传书');
      setCell(wb, 'items', 2, 'onlineDepth', 9);
      setCell(wb, 'items', 3, 'basicCode', '019990000000');
      setCell(wb, 'items', 3, 'tripsToSite', 'two');
      setCell(wb, 'items', 3, 'formJson', '{not json');
      setCell(wb, 'materials', 2, 'name', null);
      setCell(wb, 'materials', 3, 'legalBasis', null); // a required material without its basis (guide checker)
      setCell(wb, 'materials', 4, 'itemRef', '99');
      setCell(wb, 'fees', 2, 'reducible', 'maybe');
      setCell(wb, 'process', 2, 'role', 'boss');
      sheet(wb, 'faq').getRow(1).getCell(10).value = '备注列';
    });
    const result = await importFile(maintainer, file);
    expect(result.status).toBe('failed');
    const got = result.errors.items.map((e) => [e.sheet, e.row, e.column, e.code]);
    expect(got).toEqual([
      ['事项 Items', 2, 'onlineDepth', 'IMPORT_CODE_UNKNOWN'],
      ['事项 Items', 2, 'channels', 'IMPORT_CODE_UNKNOWN'],
      ['事项 Items', 3, 'basicCode', 'BASIC_ITEM_NOT_FOUND'],
      ['事项 Items', 3, 'tripsToSite', 'IMPORT_VALUE_INVALID'],
      ['事项 Items', 3, 'formJson', 'IMPORT_VALUE_INVALID'],
      ['材料 Materials', 2, 'name', 'IMPORT_VALUE_REQUIRED'],
      ['材料 Materials', 3, 'legalBasis', 'IMPLEMENTATION_INCONSISTENT'],
      ['材料 Materials', 4, 'itemRef', 'IMPORT_ITEM_REF_UNKNOWN'],
      ['流程 Process', 2, 'role', 'IMPORT_CODE_UNKNOWN'],
      ['收费 Fees', 2, 'reducible', 'IMPORT_VALUE_INVALID'],
      ['常见问题 FAQ', 1, null, 'IMPORT_COLUMN_UNKNOWN'],
    ]);
    expect(result.errorCount).toBe(got.length);
    expect(result.errors.items[1]!.message.zh).toContain('飞鸽传书');
    expect(result.errors.items.every((e) => e.message.zh && e.message.en)).toBe(true);
    expect(await implementationCount()).toBe(before);

    // Paged, and downloadable as a workbook the department can work from.
    const page = (await maintainer.get(`/api/catalog/imports/${result.id}?page=2&pageSize=4`)).json();
    expect(page.errors).toMatchObject({ total: got.length, page: 2, pageSize: 4 });
    expect(page.errors.items.map((e: { sheet: string; row: number }) => [e.sheet, e.row])).toEqual([['事项 Items', 3], ['材料 Materials', 2], ['材料 Materials', 3], ['材料 Materials', 4]]);
    const report = await maintainer.get(`/api/catalog/imports/${result.id}/errors.xlsx`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    const ws = (await loadXlsx(report.rawPayload)).worksheets[0]!;
    expect(ws.rowCount).toBe(2 + got.length);
    expect(ws.getRow(3).values).toEqual([undefined, '事项 Items', 2, '网办深度 (onlineDepth)', result.errors.items[0]!.cell, 'IMPORT_CODE_UNKNOWN', result.errors.items[0]!.message.zh, result.errors.items[0]!.message.en]);
  });

  it('reads hand-made files: Chinese headings only, labels instead of codes, codes typed as numbers', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const items = wb.addWorksheet('事项');
    items.addRow(['事项标识', '基本编码', '实施部门统一社会信用代码', '法定时限', '法定时限单位', '承诺时限', '承诺时限单位', '办件类型', '网办深度', '到办事现场次数',
      '办理渠道', '服务对象', '主题分类', '通办范围', '办理地点', '办理时间', '咨询电话', '监督投诉电话', '审批结果名称', '审批结果类型', '可告知承诺']);
    items.addRow(['A', Number(basicCodes[6]), credit('scjg'), 20, '工作日', 5, '工作日', '承诺件', '网上办理', 0, '网上办理；窗口办理、掌上办理', '企业法人', '经营许可',
      '属地办理', '赤峰市政务服务中心 B 区', '周一至周五 9:00–17:00', '0476-8310008', 12345, '备案回执', '备案', '否']);
    const materials = wb.addWorksheet('材料');
    materials.addRow(['事项标识', '材料名称', '材料类型', '材料形式', '必要性', '纸质份数', '来源渠道', '设定依据']);
    materials.addRow(['A', '申请书', '原件', '电子', '必要', 0, '申请人自备', '《测试条例》第六条']);
    const steps = wb.addWorksheet('流程');
    steps.addRow(['事项标识', '环节名称', '办理角色', '环节时限', '环节时限单位']);
    steps.addRow(['A', '审查', '审批人员', 3, '工作日']);
    steps.addRow(['A', '决定', '审批人员', 2, '工作日']);
    wb.addWorksheet('条件').addRow(['事项标识', '受理条件']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect(parseWorkbook(await loadXlsx(file)).errors).toEqual([]);
    const result = await importFile(maintainer, file);
    expect(result.errors.items).toEqual([]);
    expect(result.status).toBe('succeeded');
    const row = await ctx.db.selectFrom('implementations').select('draft_content').where('id', '=', result.createdImplementations[0]!.id).executeTakeFirstOrThrow();
    expect(row.draft_content).toMatchObject({
      name: '导入测试事项7', legalBasis: '《测试条例》第 906 条', onlineDepth: 5, tripsToSite: 0, channels: ['online', 'hall', 'mobile'], audiences: ['enterprise'],
      complaintPhone: '12345', materials: [{ key: 'm1', name: '申请书', legalBasis: '《测试条例》第六条' }], process: [{ key: 's1' }, { key: 's2' }], allowsCommitment: false,
    });
  });
});

describe('who may import and export', () => {
  let zrzyMaintainer: Client;
  beforeAll(async () => {
    const dept = await ctx.db.selectFrom('departments').select('id').where('credit_code', '=', credit('zrzy')).executeTakeFirstOrThrow();
    const created = await center.post('/api/staff', { username: 'items.zrzy', displayName: '自然资源局事项管理员', password: DEMO_PASSWORD, roles: ['item_admin'], regionCode: '150400', departmentId: dept.id });
    expect(created.statusCode, created.body).toBe(201);
    zrzyMaintainer = await staffClient(ctx, 'items.zrzy');
  });

  it("refuses, row by row, a department maintainer's rows for another department", async () => {
    const before = await implementationCount();
    const file = await workbookOf([
      { basicCode: basicCodes[3]!, departmentCreditCode: credit('scjg'), content: sampleContent() },
      { basicCode: basicCodes[3]!, departmentCreditCode: credit('zrzy'), content: sampleContent() },
      { basicCode: basicCodes[4]!, departmentCreditCode: credit('hs.scjg'), content: sampleContent() },
      { basicCode: basicCodes[4]!, departmentCreditCode: '91150402MA0N1P2Q74', content: sampleContent() },
    ]);
    const result = await importFile(maintainer, file);
    expect(result.errors.items.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'departmentCreditCode', 'IMPORT_DEPARTMENT_OUT_OF_SCOPE'],
      [4, 'departmentCreditCode', 'IMPORT_DEPARTMENT_OUT_OF_SCOPE'],
      [5, 'departmentCreditCode', 'IMPORT_DEPARTMENT_NOT_FOUND'],
    ]);
    expect(await implementationCount()).toBe(before);
  });

  it('lets a district centre import for the departments of its district only', async () => {
    const outside = await importFile(centerHs, await workbookOf([{ basicCode: basicCodes[5]!, departmentCreditCode: credit('scjg'), content: sampleContent() }]));
    expect(outside.errors.items.map((e) => e.code)).toEqual(['IMPORT_DEPARTMENT_OUT_OF_SCOPE']);
    const inside = await importFile(centerHs, await workbookOf([{ basicCode: basicCodes[5]!, departmentCreditCode: credit('hs.scjg'), regionCode: '150402000000', content: sampleContent() }]));
    expect(inside.status).toBe('succeeded');
    const row = await ctx.db.selectFrom('implementations').selectAll().where('id', '=', inside.createdImplementations[0]!.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ region_code: '150402000000', level: 4, code: `${credit('hs.scjg')}4${basicCodes[5]}` });
    const mismatch = await importFile(centerHs, await workbookOf([{ basicCode: basicCodes[6]!, departmentCreditCode: credit('hs.scjg'), regionCode: '150404000000', implementationCode: `${credit('scjg')}3${basicCodes[6]}`, content: sampleContent() }]));
    expect(mismatch.errors.items.map((e) => [e.column, e.code])).toEqual([['regionCode', 'IMPORT_REGION_MISMATCH'], ['implementationCode', 'IMPORT_CODE_MISMATCH']]);
  });

  it('keeps imports to the importer and their scope; applicants and other roles get nothing', async () => {
    const mine = (await maintainer.get('/api/catalog/imports?pageSize=100')).json();
    expect(mine.total).toBeGreaterThan(3);
    const id = mine.items[0].id as string;
    // Another department's maintainer: not in their list, and 404 like a missing import.
    const theirs = (await zrzyMaintainer.get('/api/catalog/imports')).json();
    expect(theirs.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await zrzyMaintainer.get(`/api/catalog/imports/${id}`)).statusCode).toBe(404);
    expect((await zrzyMaintainer.get(`/api/catalog/imports/${id}/errors.xlsx`)).statusCode).toBe(404);
    // The city centre sees the departments' imports; a district centre does not see the city's.
    expect((await center.get(`/api/catalog/imports/${id}`)).statusCode).toBe(200);
    expect((await centerHs.get(`/api/catalog/imports/${id}`)).statusCode).toBe(404);
    // Roles without the import permission.
    const clerk = await staffClient(ctx, 'clerk');
    expect((await upload(clerk, await workbookOf([]))).json().error.code).toBe('FORBIDDEN');
    expect((await clerk.get(`/api/catalog/imports/${id}`)).statusCode).toBe(403);
    const applicant = new Client(ctx.app);
    await applicant.loginApplicant('91150402MA0N1P2Q74');
    expect((await upload(applicant, await workbookOf([]))).statusCode).toBe(403);
    expect((await applicant.get('/api/catalog/imports')).statusCode).toBe(403);
    expect((await applicant.get('/api/catalog/export.xlsx')).statusCode).toBe(403);
    expect((await upload(new Client(ctx.app), await workbookOf([]))).statusCode).toBe(401);
  });

  it("exports only the caller's scope", async () => {
    const res = await zrzyMaintainer.get('/api/catalog/export.xlsx');
    expect(res.statusCode).toBe(200);
    const parsed = parseWorkbook(await loadXlsx(res.rawPayload));
    expect(parsed.items.length).toBeGreaterThan(0);
    expect(new Set(parsed.items.map((i) => i.departmentCreditCode))).toEqual(new Set([credit('zrzy')]));
  });
});

describe('uploads', () => {
  it('answers the same import for a retried upload with the same Idempotency-Key', async () => {
    const file = await workbookOf([{ basicCode: basicCodes[7]!, departmentCreditCode: credit('scjg'), content: sampleContent() }]);
    const first = await upload(maintainer, file, { headers: { 'idempotency-key': 'upload-2026-11-24-001' } });
    expect(first.statusCode).toBe(202);
    const again = await upload(maintainer, file, { headers: { 'idempotency-key': 'upload-2026-11-24-001' } });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    const other = await upload(maintainer, await workbookOf([]), { headers: { 'idempotency-key': 'upload-2026-11-24-001' } });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await upload(maintainer, file, { headers: { 'idempotency-key': 'bad key with spaces' } })).json().error.code).toBe('VALIDATION_FAILED');
    const done = await waitForImport(maintainer, first.json().id);
    expect(done.createdCount).toBe(1);
    // Without the key, the same file is a new import, which finds the items already there.
    const twice = await importFile(maintainer, file);
    expect(twice.id).not.toBe(first.json().id);
    expect(twice.errors.items.map((e) => [e.column, e.code])).toEqual([['basicCode', 'IMPLEMENTATION_EXISTS']]);
  });

  it('refuses what is not an xlsx workbook with a coded 4xx', async () => {
    const pdf = await upload(maintainer, Buffer.from('%PDF-1.7\n…'), { fileName: 'items.xlsx' });
    expect([pdf.statusCode, pdf.json().error.code]).toEqual([415, 'IMPORT_NOT_XLSX']);
    // A zip that is not a workbook (here: a workbook's bytes with its workbook part renamed).
    const xlsx = await workbookOf([]);
    const renamed = Buffer.from(xlsx.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmX'), 'latin1');
    expect((await upload(maintainer, renamed)).json().error.code).toBe('IMPORT_NOT_XLSX');
    const json = await maintainer.post('/api/catalog/imports', { file: 'x' });
    expect([json.statusCode, json.json().error.code]).toEqual([400, 'IMPORT_FILE_REQUIRED']);
    const empty = await maintainer.postForm('/api/catalog/imports', new FormData());
    expect(empty.json().error.code).toBe('IMPORT_FILE_REQUIRED');
    const big = await upload(maintainer, Buffer.alloc(21 * 1024 * 1024, 1));
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'IMPORT_FILE_TOO_LARGE']);
  });

  it('runs on the pg-boss queue when jobs are on', async () => {
    const logs: string[] = [];
    const jobs = await startJobs(ctx.config.databaseUrl!, ctx.db, (msg) => { logs.push(msg); });
    const app = await buildApp({ config: ctx.config, db: ctx.db, pii: ctx.pii, jobs, logger: false });
    try {
      const client = new Client(app);
      expect((await client.loginStaff('center.hs')).statusCode).toBe(200);
      const res = await upload(client, await workbookOf([{ basicCode: basicCodes[7]!, departmentCreditCode: credit('hs.scjg'), content: sampleContent() }]));
      expect(res.statusCode).toBe(202);
      const done = await waitForImport(client, res.json().id, 30_000);
      expect(done).toMatchObject({ status: 'succeeded', createdCount: 1 });
    } finally {
      await app.close();
      await jobs.stop();
    }
  });
});

describe('export', () => {
  it('exports in the template format and imports back into another department with the same contents', async () => {
    // The demo department with the most published items.
    const busiest = await ctx.db.selectFrom('implementations as i').innerJoin('departments as d', 'd.id', 'i.department_id').select(['d.id', 'd.credit_code'])
      .where('i.publication_status', '=', 'published').groupBy(['d.id', 'd.credit_code']).orderBy((eb) => eb.fn.countAll(), 'desc').limit(1).executeTakeFirstOrThrow();
    const res = await center.get(`/api/catalog/export.xlsx?departmentId=${busiest.id}&publicationStatus=published`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const exported = parseWorkbook(await loadXlsx(res.rawPayload));
    expect(exported.errors).toEqual([]);
    const stored = await ctx.db.selectFrom('implementations as i').innerJoin('implementation_versions as v', (j) => j.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
      .select(['i.code', 'v.content']).where('i.department_id', '=', busiest.id).where('i.publication_status', '=', 'published').orderBy('i.code').execute();
    expect(stored.length).toBeGreaterThan(5);
    expect(exported.items.map((i) => i.implementationCode)).toEqual(stored.map((s) => s.code));
    // Same contents, up to empty optional values (an absent note and an empty one read the same).
    exported.items.forEach((item, i) => { expect(normalized(item.content)).toEqual(normalized(stored[i]!.content)); });

    // Into a new department of 松山区: change the department, clear the codes of the old one.
    const creditCode = buildCreditCode('1', '1', '150404', 'MB9T0001');
    expect((await center.post('/api/departments', { name: '松山区测试局', creditCode, regionCode: '150404' })).statusCode).toBe(201);
    const file = await editWorkbook(Buffer.from(res.rawPayload), (wb) => {
      const items = sheet(wb, 'items');
      for (let r = 2; r <= items.rowCount; r += 1) {
        setCell(wb, 'items', r, 'departmentCreditCode', creditCode);
        setCell(wb, 'items', r, 'regionCode', null);
        setCell(wb, 'items', r, 'implementationCode', null);
      }
    });
    const result = await importFile(center, file);
    expect(result.errors.items).toEqual([]);
    expect(result.createdCount).toBe(stored.length);
    const copies = await ctx.db.selectFrom('implementations').select(['basic_code', 'draft_content', 'level']).where('id', 'in', result.createdImplementations.map((c) => c.id)).orderBy('basic_code').execute();
    const originals = [...exported.items].sort((a, b) => (a.basicCode! < b.basicCode! ? -1 : 1));
    expect(copies.every((c) => c.level === 4)).toBe(true);
    copies.forEach((copy, i) => { expect(copy.draft_content).toEqual(originals[i]!.content); });

    // And a second round trip changes nothing.
    const newDept = (await ctx.db.selectFrom('departments').select('id').where('credit_code', '=', creditCode).executeTakeFirstOrThrow()).id;
    const again = parseWorkbook(await loadXlsx((await center.get(`/api/catalog/export.xlsx?departmentId=${newDept}`)).rawPayload));
    expect([...again.items].sort((a, b) => (a.basicCode! < b.basicCode! ? -1 : 1)).map((i) => i.content)).toEqual(copies.map((c) => c.draft_content));
  });

  it('applies the workbench list filters', async () => {
    const drafts = parseWorkbook(await loadXlsx((await maintainer.get('/api/catalog/export.xlsx?changeStatus=draft&q=导入测试')).rawPayload));
    const expected = await ctx.db.selectFrom('implementations as i').innerJoin('departments as d', 'd.id', 'i.department_id').select('i.code')
      .where('d.credit_code', '=', credit('scjg')).where('i.change_status', '=', 'draft').where('i.name', 'like', '%导入测试%').orderBy('i.code').execute();
    expect(expected.length).toBeGreaterThan(2);
    expect(drafts.items.map((i) => i.implementationCode)).toEqual(expected.map((e) => e.code));
  });
});

/** Drops empty optional values (undefined, null, '', [] and false) so that "absent" and "empty" compare equal. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !(v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0))).map(([k, v]) => [k, normalized(v)]));
  }
  return value;
}
