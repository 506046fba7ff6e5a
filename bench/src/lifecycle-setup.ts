/**
 * What the lifecycle benchmark and the durability check set up besides the demo data, with the server's own
 * functions: one published bench implementation per city department (two required materials, a form the account
 * pre-fills completely, 审查 → 决定 worked by the role `approver`), an approver per department, enterprise applicants,
 * and bearer sessions for all of them (createSession: no argon2 logins in the measurement).
 */
import { createHash } from 'node:crypto';
import { buildBasicCode, buildCreditCode, buildImplementationCode, canonicalJson, type ImplementationContent } from '@onetrip/core';
import type { Db } from '../../server/src/platform/db/database.ts';
import type { PiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import { sm3Hex } from '../../server/src/platform/crypto/sm3.ts';
import { createSession } from '../../server/src/platform/auth/sessions.ts';
import { DEMO_IMPLEMENTATIONS } from '../../server/src/seed/demo-catalog.ts';
import type { KeyVault } from '../../server/src/platform/crypto/key-vault.ts';
import { createSealRecord } from '../../server/src/modules/licences/seal-records.ts';

export const CITY = '150400000000';
/** The licence type the bench items yield (an approval issues it: the lifecycle includes issuance). */
export const BENCH_LICENCE_TYPE = '11100000MB0Q00012W901';
export const BENCH_MATERIALS = ['application-form', 'licence-copy'] as const;

/** A realistic item (a demo one) reduced to what a complete online case needs without a form edit. */
export function benchContent(departmentShortName: string): ImplementationContent {
  const base = DEMO_IMPLEMENTATIONS.find((d) => d.content.caseKind === 'promised' && d.content.process.length === 2)!.content;
  return {
    ...base,
    name: `基准测试许可事项（${departmentShortName}）`,
    caseKind: 'promised',
    result: { name: '基准测试许可证', type: 'license', sampleFile: null, licenseTypeCode: BENCH_LICENCE_TYPE },
    materials: [
      { key: BENCH_MATERIALS[0], name: '许可申请书', kind: 'original', form: 'both', necessity: 'required', paperCopies: 1, source: 'applicant', legalBasis: '《基准测试条例》第三条' },
      { key: BENCH_MATERIALS[1], name: '营业执照副本', kind: 'copy', form: 'both', necessity: 'required', paperCopies: 1, source: 'applicant', legalBasis: '《基准测试条例》第三条' },
    ],
    process: [
      { key: 'review', name: '审查', role: 'approver', limit: { value: 3, unit: 'working_days' } },
      { key: 'decide', name: '决定', role: 'approver', limit: { value: 2, unit: 'working_days' } },
    ],
    form: {
      schema: {
        type: 'object',
        properties: { applicantName: { type: 'string', title: '申请人名称', maxLength: 100 }, contactPhone: { type: 'string', title: '联系电话', maxLength: 20 } },
        required: ['applicantName', 'contactPhone'],
      },
      ui: { order: ['applicantName', 'contactPhone'], fields: { applicantName: { prefill: 'name' }, contactPhone: { prefill: 'phone' } } },
    },
  };
}

export interface BenchItem { id: string; code: string; departmentId: string; approverId: string; approverToken: string }
export interface BenchApplicant { id: string; token: string }
export interface BenchSetup { items: BenchItem[]; applicants: BenchApplicant[]; clerkToken: string; clerkId: string }

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

/** Inserts (idempotently by name) the bench implementations, approvers and `applicantCount` applicants with sessions. */
export async function setUpLifecycleData(db: Db, pii: PiiCipher, applicantCount: number, policy = { idleMinutes: 24 * 60, absoluteHours: 24 * 7 }): Promise<BenchSetup> {
  const departments = await db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code'])
    .where('region_code', '=', CITY).where('kind', '=', 'department').orderBy('name').execute();
  const template = await db.selectFrom('staff_users').select('password_hash').where('username', '=', 'clerk').executeTakeFirstOrThrow();
  const items: BenchItem[] = [];
  const session = async (kind: 'staff' | 'applicant', id: string) =>
    (await createSession(db, { principalKind: kind, principalId: id, transport: 'bearer', clientIp: '127.0.0.1', userAgent: 'onetrip-bench' }, policy)).token;
  for (const [i, dept] of departments.entries()) {
    const content = benchContent(dept.name.replace(/^赤峰市/, ''));
    const basicCode = buildBasicCode('10', 998, i + 1);
    const code = buildImplementationCode(dept.credit_code, 3, basicCode);
    await db.insertInto('basic_items').values({ code: basicCode, type_code: '10', name: content.name, parent_code: null, legal_basis: content.legalBasis, level: 3 })
      .onConflict((oc) => oc.column('code').doNothing()).execute();
    let impl = await db.selectFrom('implementations').select('id').where('code', '=', code).executeTakeFirst();
    if (!impl) {
      impl = await db.insertInto('implementations').values({
        code, basic_code: basicCode, department_id: dept.id, region_code: dept.region_code, level: 3, inherits_from: null,
        publication_status: 'published', change_status: 'none', draft_content: null, current_version: 1, name: content.name,
      }).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('implementation_versions').values({ implementation_id: impl.id, version: 1, content: JSON.stringify(content), content_hash: sm3Hex(canonicalJson(content)), published_by: null }).execute();
    }
    const username = `bench.approver.${i + 1}`;
    let approver = await db.selectFrom('staff_users').select('id').where('username', '=', username).executeTakeFirst();
    approver ??= await db.insertInto('staff_users').values({
      username, display_name: `基准审批人${i + 1}`, password_hash: template.password_hash, roles: ['approver'], region_code: CITY, department_id: dept.id,
    } as never).returning('id').executeTakeFirstOrThrow();
    items.push({ id: impl.id, code, departmentId: dept.id, approverId: approver.id, approverToken: await session('staff', approver.id) });
  }
  const clerk = await db.selectFrom('staff_users').select('id').where('username', '=', 'clerk').executeTakeFirstOrThrow();
  const applicants: BenchApplicant[] = [];
  const existing = await db.selectFrom('applicants').select('id').where('name', 'like', '基准测试企业%').orderBy('credit_code').execute();
  const missing = Math.max(0, applicantCount - existing.length);
  const rows = [];
  for (let n = existing.length; n < existing.length + missing; n += 1) {
    const phone = `139${String(90_000_000 + n).padStart(8, '0')}`;
    rows.push({
      kind: 'enterprise' as const, name: `基准测试企业${n + 1}有限公司`, credit_code: buildCreditCode('9', '1', '150402', `B${String(n).padStart(7, '0')}`),
      legal_representative: '测试法人', phone_enc: pii.encrypt(phone), phone_hash: hex(phone), phone_masked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      region_code: '150402000000', password_hash: template.password_hash, id_number_enc: null, id_number_hash: null, id_number_masked: null,
    });
  }
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('applicants').values(rows.slice(i, i + 1000)).execute();
  const all = await db.selectFrom('applicants').select('id').where('name', 'like', '基准测试企业%').orderBy('credit_code').limit(applicantCount).execute();
  for (const a of all) applicants.push({ id: a.id, token: await session('applicant', a.id) });
  return { items, applicants, clerkToken: await session('staff', clerk.id), clerkId: clerk.id };
}

/**
 * The bench items' licence type (produced by every bench item, issued by their departments) and a seal for each of
 * those departments, so that every approval in the run issues an e-licence.
 */
export async function setUpBenchLicences(db: Db, keys: KeyVault, items: readonly BenchItem[]): Promise<void> {
  const type = await db.insertInto('licence_types').values({
    code: BENCH_LICENCE_TYPE, name: '基准测试许可证', defining_authority_name: '基准测试定义机构', holder_kind: 'any',
    fields_schema: JSON.stringify({ type: 'object', properties: { 申请人名称: { type: 'string', title: '申请人名称', 'x-formKey': 'applicantName' } }, required: ['申请人名称'] }),
    validity: JSON.stringify({ kind: 'years', years: 3 }),
    layout: JSON.stringify({ title: '基准测试许可证', orientation: 'portrait', fieldOrder: ['申请人名称'], accentColor: '#1f4e9c', footnote: null }),
    producing_implementation_codes: items.map((i) => i.code), created_by: null, updated_at: new Date(),
  }).onConflict((oc) => oc.column('code').doUpdateSet({ producing_implementation_codes: items.map((i) => i.code) })).returning('id').executeTakeFirstOrThrow();
  const departmentIds = [...new Set(items.map((i) => i.departmentId))];
  await db.insertInto('licence_type_issuers').values(departmentIds.map((id) => ({ licence_type_id: type.id, department_id: id }))).onConflict((oc) => oc.doNothing()).execute();
  const departments = await db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('id', 'in', departmentIds).execute();
  const sealed = new Set((await db.selectFrom('seals').select('department_id').where('status', '=', 'active').execute()).map((r) => r.department_id));
  for (const department of departments.filter((d) => !sealed.has(d.id))) {
    await db.transaction().execute((tx) => createSealRecord({ db, keys }, tx, { department, validFrom: new Date(Date.now() - 86_400_000), createdBy: null }));
  }
}
