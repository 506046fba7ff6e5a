import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licenceFieldsSchemaProblems, parseLicenceIdentifier } from '@onetrip/core';
import { Client, createTestContext, staffClient, type TestContext } from '../../test/test-app.ts';
import { seedDemoCatalog } from './seed-catalog.ts';
import { demoLicenceFields, seedDemoLicences } from './demo-licences.ts';
import { DEMO_IMPLEMENTATIONS } from './demo-catalog.ts';
import { LICENSE_TYPES } from './demo-catalog/common.ts';

let ctx: TestContext;
let first: { types: number; seals: number };

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCatalog(ctx.db);
  first = await seedDemoLicences(ctx);
});
afterAll(async () => { await ctx.close(); });

const typeOf = async (code: string) => (await ctx.sql('SELECT * FROM licence_types WHERE code = $1', [code])).rows[0];
const formOf = (name: string) => DEMO_IMPLEMENTATIONS.find((i) => i.content.name === name)!.content.form;

describe('seedDemoLicences', () => {
  it('defines every licence type of the demo catalogue with valid fields, producers and issuers, and seals every issuer', async () => {
    expect(first.types).toBe(Object.keys(LICENSE_TYPES).length);
    const types = (await ctx.sql('SELECT * FROM licence_types')).rows;
    expect(types).toHaveLength(Object.keys(LICENSE_TYPES).length);
    for (const t of types) expect(licenceFieldsSchemaProblems(t.fields_schema), t.name).toEqual([]);

    const used = new Set(DEMO_IMPLEMENTATIONS.filter((i) => i.content.result.type === 'license').map((i) => i.content.result.licenseTypeCode));
    for (const code of used) expect((await typeOf(code!)).producing_implementation_codes.length, code!).toBeGreaterThan(0);

    const issuersWithoutSeal = await ctx.sql(`SELECT DISTINCT i.department_id FROM licence_type_issuers i
      WHERE NOT EXISTS (SELECT 1 FROM seals s WHERE s.department_id = i.department_id AND s.status = 'active')`);
    expect(issuersWithoutSeal.rows).toEqual([]);
    expect(first.seals).toBeGreaterThan(5);
    const idCard = await typeOf(LICENSE_TYPES.residentIdCard);
    expect(idCard).toMatchObject({ name: '居民身份证', defining_authority_name: '公安部', holder_kind: 'person' });
  });

  it('reads each field of the main licences from a field the producing forms really have', async () => {
    const expectations: [string, string, string[]][] = [
      [LICENSE_TYPES.residentIdCard, '居民身份证申领', ['姓名', '申领类型']],
      [LICENSE_TYPES.employmentCard, '就业创业证申领', ['姓名', '就业状态']],
      [LICENSE_TYPES.foodBusinessLicense, '食品经营许可', ['经营者名称', '主体业态', '经营场所面积']],
      [LICENSE_TYPES.socialSecurityCard, '社会保障卡申领', ['姓名', '金融服务银行']],
      [LICENSE_TYPES.marriageCertificate, '结婚登记', ['持证人', '对方姓名']],
      [LICENSE_TYPES.businessLicense, '个体工商户设立登记', ['经营者', '经营范围']],
    ];
    for (const [code, itemName, fields] of expectations) {
      const schema = (await typeOf(code)).fields_schema;
      const form = formOf(itemName);
      expect(Object.keys(schema.properties), itemName).toEqual(expect.arrayContaining(fields));
      for (const [name, def] of Object.entries<{ 'x-formKey': string }>(schema.properties)) {
        expect(Object.keys(form.schema.properties), `${itemName} ${name}`).toContain(def['x-formKey']);
      }
      // Required only what the form requires too.
      for (const name of schema.required ?? []) expect(form.schema.required, `${itemName} ${name}`).toContain(schema.properties[name]['x-formKey']);
    }
    // 营业执照 comes from two different forms: only the key both require is required.
    expect((await typeOf(LICENSE_TYPES.businessLicense)).fields_schema.required).toEqual(['经营者']);
    expect(demoLicenceFields('marriageCertificate', []).properties).toEqual({});
  });

  it('is idempotent', async () => {
    const counts = async () => (await ctx.sql('SELECT (SELECT count(*) FROM licence_types) t, (SELECT count(*) FROM licence_type_issuers) i, (SELECT count(*) FROM seals) s')).rows[0];
    const before = await counts();
    expect(await seedDemoLicences(ctx)).toEqual({ types: 0, seals: 0 });
    expect(await counts()).toEqual(before);
    // A seal an administrator revoked is not brought back by a restart.
    const revoked = (await ctx.sql(`UPDATE seals SET status = 'revoked', revoked_at = now(), revocation_reason = '测试' WHERE id = (
      SELECT s.id FROM seals s JOIN departments d ON d.id = s.department_id WHERE d.name = '赤峰市市场监督管理局' AND s.status = 'active') RETURNING department_id`)).rows[0];
    expect(await seedDemoLicences(ctx)).toEqual({ types: 0, seals: 0 });
    expect((await ctx.sql(`SELECT count(*)::int AS n FROM seals WHERE department_id = $1 AND status = 'active'`, [revoked.department_id])).rows[0].n).toBe(0);
  });

  it('issues a 居民身份证 e-licence when the demo public security approvers approve an application', async () => {
    const zhang = new Client(ctx.app);
    expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
    const [clerk, reviewer, decider] = await Promise.all([staffClient(ctx, 'clerk'), staffClient(ctx, 'reviewer.gaj'), staffClient(ctx, 'decider.gaj')]);
    const item = await ctx.db.selectFrom('implementations').select('id').where('name', '=', '居民身份证申领').executeTakeFirstOrThrow();
    const created = await zhang.post('/api/cases', { implementationId: item.id });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const saved = await zhang.patch(`/api/cases/${id}`, { formData: { ...created.json().formData, applyType: '有效期满换领', isMinor: '否', delivery: '窗口领取' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await zhang.post(`/api/cases/${id}/submit`, undefined, { 'idempotency-key': randomUUID() });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await clerk.post(`/api/cases/${id}/accept`, {})).statusCode).toBe(200);
    const passed = await reviewer.post(`/api/cases/${id}/pass`, { opinion: '人口信息核对无误' });
    expect(passed.statusCode, passed.body).toBe(200);
    const decided = await decider.post(`/api/cases/${id}/decide`, { outcome: 'approved', opinion: '准予签发。' });
    expect([decided.statusCode, decided.json().status], decided.body).toEqual([200, 'concluded']);

    const result = (await ctx.sql('SELECT * FROM case_licence_results WHERE case_id = $1', [id])).rows[0];
    expect(result.not_issued_reason).toBeNull();
    const licence = (await ctx.sql('SELECT * FROM licences WHERE id = $1', [result.licence_id])).rows[0];
    expect(parseLicenceIdentifier(licence.identifier)?.typeCode).toBe(LICENSE_TYPES.residentIdCard);
    expect(licence.metadata.fields).toEqual({ 姓名: '张伟', 申领类型: '有效期满换领' });
  });
});
