/**
 * Test data for the licences module: a licence type for the sample food-business item (the result of
 * `caseContent()`), and departments' seals created through the real key vault.
 */
import type { LicenceFieldsSchema, LicenceValidity } from '@onetrip/core';
import { createSealRecord } from '../src/modules/licences/seal-records.ts';
import type { SealRow } from '../src/modules/licences/seal-records.ts';
import type { Client, TestContext } from './test-app.ts';
import { completeDraft, submit } from './case-fixtures.ts';

/** The type code of `sampleContent().result` (食品经营许可证). */
export const FOOD_LICENCE_TYPE = '11100000000013338W032';

export const FOOD_LICENCE_FIELDS: LicenceFieldsSchema = {
  type: 'object',
  properties: {
    经营者名称: { type: 'string', title: '经营者名称', maxLength: 100, 'x-formKey': 'operatorName' },
    经营面积: { type: 'number', title: '经营面积（平方米）', 'x-formKey': 'area' },
    主体业态: { type: 'string', title: '主体业态', enum: ['餐饮服务经营者', '食品销售经营者', '单位食堂'] },
  },
  required: ['经营者名称'],
};

export async function defineLicenceType(ctx: TestContext, input: {
  code?: string; name?: string; producers: string[]; issuers: string[]; fields?: LicenceFieldsSchema; validity?: LicenceValidity; holderKind?: 'person' | 'enterprise' | 'any';
}): Promise<string> {
  const { id } = await ctx.db.insertInto('licence_types').values({
    code: input.code ?? FOOD_LICENCE_TYPE, name: input.name ?? '食品经营许可证', defining_authority_name: '国家市场监督管理总局', holder_kind: input.holderKind ?? 'any',
    fields_schema: JSON.stringify(input.fields ?? FOOD_LICENCE_FIELDS), validity: JSON.stringify(input.validity ?? { kind: 'years', years: 5 }),
    layout: JSON.stringify({ title: input.name ?? '食品经营许可证', orientation: 'landscape', fieldOrder: Object.keys((input.fields ?? FOOD_LICENCE_FIELDS).properties), accentColor: '#b8860b', footnote: null }),
    producing_implementation_codes: input.producers, created_by: null, updated_at: new Date(),
  }).onConflict((oc) => oc.column('code').doUpdateSet({ producing_implementation_codes: input.producers })).returning('id').executeTakeFirstOrThrow();
  if (input.issuers.length > 0) {
    const departments = await ctx.db.selectFrom('departments').select('id').where('name', 'in', input.issuers).execute();
    await ctx.db.insertInto('licence_type_issuers').values(departments.map((d) => ({ licence_type_id: id, department_id: d.id })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
  return id;
}

/** The department's active seal, created when it has none. */
export async function sealFor(ctx: TestContext, departmentName: string): Promise<SealRow> {
  const department = await ctx.db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('name', '=', departmentName).executeTakeFirstOrThrow();
  const existing = await ctx.db.selectFrom('seals').selectAll().where('department_id', '=', department.id).where('status', '=', 'active').executeTakeFirst();
  if (existing) return existing;
  return ctx.db.transaction().execute((tx) => createSealRecord(ctx, tx, { department, validFrom: new Date(Date.now() - 86_400_000), createdBy: null }));
}

/**
 * A case of `implementationId` taken through the real flow by the given clients: the applicant completes and submits
 * it, the front desk accepts, the department's approver passes the review and approves. Returns the case id.
 */
export async function approvedCase(clients: { applicant: Client; clerk: Client; approver: Client }, implementationId: string): Promise<string> {
  const { applicant, clerk, approver } = clients;
  const id = await completeDraft(applicant, implementationId);
  const steps = [
    await submit(applicant, id),
    await clerk.post(`/api/cases/${id}/accept`, {}),
    await approver.post(`/api/cases/${id}/pass`, { opinion: '同意' }),
    await approver.post(`/api/cases/${id}/decide`, { outcome: 'approved', opinion: '准予许可。' }),
  ];
  for (const res of steps) if (res.statusCode !== 200) throw new Error(`approval flow: ${res.statusCode} ${res.body}`);
  return id;
}
