/**
 * Demo e-licence setup (issue 5): a licence type for every type code of the demo catalogue (LICENSE_TYPES), with
 * the published demo implementations that yield it as producers and their departments as issuers, meaningful
 * fields for the licences the demo journeys issue (each read from the producing items' application forms via
 * `x-formKey`; a field is required only when every producer's form requires it), and an electronic seal for every
 * issuing department. Idempotent: existing types, issuers and active seals are left as they are.
 */
import { buildCreditCode, type ApplicationForm, type LicenceFieldDefinition, type LicenceFieldsSchema, type LicenceValidity } from '@onetrip/core';
import type { Db } from '../platform/db/database.ts';
import type { KeyVault } from '../platform/crypto/key-vault.ts';
import type { LicenceLayout } from '../platform/db/schema.ts';
import { recordAudit, SYSTEM_CONTEXT } from '../platform/audit/audit-log.ts';
import { createSealRecord } from '../modules/licences/seal-records.ts';
import { LICENSE_TYPES } from './demo-catalog/common.ts';

type TypeKey = keyof typeof LICENSE_TYPES;

/** The defining authorities of demo-catalog/common.ts (same synthetic credit codes), by the first 18 characters. */
const AUTHORITY_NAMES: Record<string, string> = Object.fromEntries(([
  ['MB0Q0001', '国家市场监督管理总局'], ['MB0P0002', '公安部'], ['MB0M0003', '民政部'], ['MB0N0004', '自然资源部'], ['MB0H0005', '住房和城乡建设部'],
  ['MB0R0006', '人力资源和社会保障部'], ['MB0W0007', '国家卫生健康委员会'], ['MB0T0008', '交通运输部'], ['MB0E0009', '教育部'], ['MB0C0010', '文化和旅游部'],
  ['MB0A0011', '农业农村部'], ['MB0F0012', '生态环境部'], ['MB0G0013', '应急管理部'], ['MB0K0014', '水利部'], ['MB0L0015', '国家医疗保障局'], ['MB0D0016', '中国残疾人联合会'],
] as const).map(([body, name]) => [buildCreditCode('1', '1', '100000', body), name]));

/** Name, who holds it, and how long it is valid (the printed title is the name). */
const TYPES: Record<TypeKey, { name: string; holder: 'person' | 'enterprise' | 'any'; validity: LicenceValidity }> = {
  businessLicense: { name: '营业执照', holder: 'any', validity: { kind: 'indefinite' } },
  foodBusinessLicense: { name: '食品经营许可证', holder: 'any', validity: { kind: 'years', years: 5 } },
  residentIdCard: { name: '居民身份证', holder: 'person', validity: { kind: 'years', years: 10 } },
  householdRegister: { name: '居民户口簿', holder: 'person', validity: { kind: 'indefinite' } },
  drivingLicense: { name: '机动车驾驶证', holder: 'person', validity: { kind: 'years', years: 6 } },
  vehicleLicense: { name: '机动车行驶证', holder: 'any', validity: { kind: 'indefinite' } },
  criminalRecordCertificate: { name: '无犯罪记录证明（电子）', holder: 'person', validity: { kind: 'months', months: 3 } },
  massEventPermit: { name: '大型群众性活动安全许可决定书', holder: 'enterprise', validity: { kind: 'months', months: 3 } },
  ordinaryPassport: { name: '普通护照', holder: 'person', validity: { kind: 'years', years: 10 } },
  marriageCertificate: { name: '结婚证', holder: 'person', validity: { kind: 'indefinite' } },
  realEstateCertificate: { name: '不动产权证书', holder: 'any', validity: { kind: 'indefinite' } },
  landUsePreapproval: { name: '建设项目用地预审与选址意见书', holder: 'enterprise', validity: { kind: 'years', years: 3 } },
  landUsePlanningPermit: { name: '建设用地规划许可证', holder: 'enterprise', validity: { kind: 'indefinite' } },
  constructionPlanningPermit: { name: '建设工程规划许可证', holder: 'enterprise', validity: { kind: 'years', years: 2 } },
  ruralPlanningPermit: { name: '乡村建设规划许可证', holder: 'any', validity: { kind: 'years', years: 2 } },
  constructionPermit: { name: '建筑工程施工许可证', holder: 'enterprise', validity: { kind: 'indefinite' } },
  presalePermit: { name: '商品房预售许可证', holder: 'enterprise', validity: { kind: 'indefinite' } },
  socialSecurityCard: { name: '社会保障卡', holder: 'person', validity: { kind: 'years', years: 10 } },
  employmentCard: { name: '就业创业证', holder: 'person', validity: { kind: 'indefinite' } },
  physicianQualification: { name: '医师资格证书', holder: 'person', validity: { kind: 'indefinite' } },
  physicianPractice: { name: '医师执业证书', holder: 'person', validity: { kind: 'indefinite' } },
  medicalInstitutionLicense: { name: '医疗机构执业许可证', holder: 'enterprise', validity: { kind: 'years', years: 5 } },
  hygieneLicense: { name: '公共场所卫生许可证', holder: 'any', validity: { kind: 'years', years: 4 } },
  birthCertificate: { name: '出生医学证明', holder: 'person', validity: { kind: 'indefinite' } },
  roadTransportLicense: { name: '道路运输经营许可证', holder: 'any', validity: { kind: 'years', years: 4 } },
  ridehailDriverCertificate: { name: '网络预约出租汽车驾驶员证', holder: 'person', validity: { kind: 'years', years: 6 } },
  driverQualification: { name: '道路运输从业人员从业资格证', holder: 'person', validity: { kind: 'years', years: 6 } },
  teacherQualification: { name: '教师资格证书', holder: 'person', validity: { kind: 'indefinite' } },
  mandarinCertificate: { name: '普通话水平测试等级证书', holder: 'person', validity: { kind: 'indefinite' } },
  teacherExamCertificate: { name: '中小学教师资格考试合格证明', holder: 'person', validity: { kind: 'years', years: 3 } },
  entertainmentLicense: { name: '娱乐经营许可证', holder: 'enterprise', validity: { kind: 'indefinite' } },
  performanceApproval: { name: '营业性演出准予许可决定书', holder: 'any', validity: { kind: 'months', months: 6 } },
  performanceLicense: { name: '营业性演出许可证（演出经纪机构、文艺表演团体）', holder: 'enterprise', validity: { kind: 'years', years: 2 } },
  pesticideLicense: { name: '农药经营许可证', holder: 'any', validity: { kind: 'years', years: 5 } },
  animalEpidemicCertificate: { name: '动物防疫条件合格证', holder: 'any', validity: { kind: 'indefinite' } },
  dischargePermit: { name: '排污许可证', holder: 'enterprise', validity: { kind: 'years', years: 5 } },
  eiaApproval: { name: '建设项目环境影响评价文件审批意见', holder: 'enterprise', validity: { kind: 'years', years: 5 } },
  hazardousChemicalsLicense: { name: '危险化学品经营许可证', holder: 'enterprise', validity: { kind: 'years', years: 3 } },
  safetyCompetence: { name: '安全生产知识和管理能力考核合格证', holder: 'person', validity: { kind: 'years', years: 3 } },
  waterAbstractionPermit: { name: '取水许可证', holder: 'any', validity: { kind: 'years', years: 5 } },
  medicalInsuranceCertificate: { name: '医保电子凭证', holder: 'person', validity: { kind: 'indefinite' } },
  disabilityCertificate: { name: '中华人民共和国残疾人证', holder: 'person', validity: { kind: 'years', years: 10 } },
};

/**
 * Licence fields (照面信息) of the licences the demo issues, by the application-form key they are read from. No ID
 * numbers or phone numbers: the holder's code is kept encrypted apart from the fields, and a third person's number
 * (a spouse's) does not belong on a shareable licence.
 */
const FIELDS: Partial<Record<TypeKey, [name: string, title: string, formKey: string, type?: LicenceFieldDefinition['type']][]>> = {
  residentIdCard: [['姓名', '姓名', 'applicantName'], ['申领类型', '申领类型', 'applyType']],
  employmentCard: [['姓名', '姓名', 'applicantName'], ['文化程度', '文化程度', 'education'], ['就业状态', '就业状态', 'status'], ['就业单位', '就业单位名称', 'employer'], ['创业实体', '创办经营实体名称', 'enterprise'], ['居住地址', '现居住地址', 'residence']],
  businessLicense: [['经营者', '经营者', 'operatorName'], ['名称', '名称（字号）', 'tradeName'], ['组成形式', '组成形式', 'organizationForm'], ['经营场所', '经营场所', 'premises'], ['经营范围', '经营范围', 'businessScope'], ['资金数额', '资金数额（万元）', 'capital', 'number']],
  foodBusinessLicense: [['经营者名称', '经营者名称', 'operatorName'], ['社会信用代码', '社会信用代码', 'creditCode'], ['法定代表人', '法定代表人（负责人）', 'legalRepresentative'], ['经营场所', '经营场所', 'premises'], ['主体业态', '主体业态', 'businessType'], ['经营场所面积', '经营场所面积（平方米）', 'areaSqm', 'number'], ['食品安全管理人员', '食品安全管理人员', 'safetyManager']],
  socialSecurityCard: [['姓名', '姓名', 'applicantName'], ['申领类型', '申领类型', 'applyType'], ['金融服务银行', '金融服务银行', 'bank']],
  marriageCertificate: [['持证人', '持证人', 'applicantName'], ['对方姓名', '对方姓名', 'partnerName']],
};

interface Producer { code: string; departmentId: string; form: ApplicationForm }

/**
 * The fields of a type from the producers' forms: a field whose form key no producer has is left out (it could never
 * be filled); it is required only when every producer's form requires that key (an optional or missing one would
 * leave the licence unissued as fields_incomplete).
 */
export function demoLicenceFields(key: TypeKey, forms: ApplicationForm[]): LicenceFieldsSchema {
  const properties: Record<string, LicenceFieldDefinition> = {};
  const required: string[] = [];
  for (const [name, title, formKey, type] of FIELDS[key] ?? []) {
    const present = forms.filter((f) => Object.hasOwn(f.schema.properties, formKey));
    if (present.length === 0) continue;
    const maxLengths = present.map((f) => (f.schema.properties[formKey] as { maxLength?: number }).maxLength).filter((n): n is number => typeof n === 'number');
    properties[name] = { type: type ?? 'string', title, 'x-formKey': formKey, ...(type === undefined || type === 'string' ? { maxLength: Math.min(2000, Math.max(100, ...maxLengths)) } : {}) };
    if (present.length === forms.length && forms.every((f) => (f.schema.required ?? []).includes(formKey))) required.push(name);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

const ACCENT = ['#b8860b', '#1f5fa8', '#a61b1b', '#2e7d32', '#6a1b9a', '#00695c'];

/** Marks the demo licences as loaded (`system_settings`), so a restart neither repeats the work nor re-creates a seal an administrator revoked. */
const SEED_KEY = 'demo_licences_seed';

/**
 * Loads the demo licence types and seals once (idempotent: a run cut short is completed by the next start, and the
 * key is written with the seals).
 */
export async function seedDemoLicences(deps: { db: Db; keys: KeyVault }): Promise<{ types: number; seals: number }> {
  const { db } = deps;
  if (await db.selectFrom('system_settings').select('key').where('key', '=', SEED_KEY).executeTakeFirst()) return { types: 0, seals: 0 };
  // Published demo implementations that yield a licence, with their current content.
  const rows = await db.selectFrom('implementations as m')
    .innerJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'm.id').onRef('v.version', '=', 'm.current_version'))
    .select(['m.code', 'm.department_id', 'v.content']).where('m.publication_status', '=', 'published').execute();
  const producersByType = new Map<string, Producer[]>();
  for (const r of rows) {
    const code = r.content.result?.type === 'license' ? r.content.result.licenseTypeCode : null;
    if (!code) continue;
    producersByType.set(code, [...(producersByType.get(code) ?? []), { code: r.code, departmentId: r.department_id, form: r.content.form }]);
  }

  let types = 0;
  const issuers = new Set<string>();
  await db.transaction().execute(async (tx) => {
    for (const [i, key] of (Object.keys(LICENSE_TYPES) as TypeKey[]).entries()) {
      const code = LICENSE_TYPES[key];
      const spec = TYPES[key];
      const authority = AUTHORITY_NAMES[code.slice(0, 18)];
      if (!authority) throw new Error(`demo licence type ${key} has no known defining authority`);
      const producers = producersByType.get(code) ?? [];
      const fields = demoLicenceFields(key, producers.map((p) => p.form));
      const layout: LicenceLayout = { title: spec.name, orientation: spec.holder === 'person' ? 'portrait' : 'landscape', fieldOrder: Object.keys(fields.properties), accentColor: ACCENT[i % ACCENT.length]!, footnote: null };
      const inserted = await tx.insertInto('licence_types').values({
        code, name: spec.name, defining_authority_name: authority, holder_kind: spec.holder, fields_schema: JSON.stringify(fields),
        validity: JSON.stringify(spec.validity), layout: JSON.stringify(layout), producing_implementation_codes: producers.map((p) => p.code),
        created_by: null, updated_at: new Date(),
      }).onConflict((oc) => oc.column('code').doNothing()).returning('id').executeTakeFirst();
      const typeId = inserted?.id ?? (await tx.selectFrom('licence_types').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
      if (inserted) types++;
      const departments = [...new Set(producers.map((p) => p.departmentId))];
      for (const d of departments) issuers.add(d);
      if (departments.length > 0) {
        await tx.insertInto('licence_type_issuers').values(departments.map((department_id) => ({ licence_type_id: typeId, department_id })))
          .onConflict((oc) => oc.doNothing()).execute();
      }
    }
    if (types > 0) {
      await recordAudit(tx, SYSTEM_CONTEXT, { action: 'system.demo_licences_seeded', subjectType: 'system', subjectId: 'demo_licences', summary: { licenceTypes: types } });
    }
  });

  // A seal for every issuing department without one (keys are generated in the SM2 worker pool), and the seed key.
  let seals = 0;
  const withSeal = new Set((await db.selectFrom('seals').select('department_id').where('status', '=', 'active').execute()).map((r) => r.department_id));
  const departments = issuers.size === 0 ? [] : await db.selectFrom('departments').select(['id', 'name', 'credit_code', 'region_code']).where('id', 'in', [...issuers]).orderBy('name').execute();
  const validFrom = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1) - 8 * 3_600_000);
  await db.transaction().execute(async (tx) => {
    for (const department of departments.filter((d) => !withSeal.has(d.id))) {
      const seal = await createSealRecord(deps, tx, { department, validFrom, createdBy: null });
      await recordAudit(tx, SYSTEM_CONTEXT, { action: 'seal.created', subjectType: 'seal', subjectId: seal.id, summary: { departmentId: department.id, sealCode: seal.seal_code, demo: true } });
      seals++;
    }
    await tx.insertInto('system_settings').values({ key: SEED_KEY, value: JSON.stringify({ at: new Date().toISOString() }) }).onConflict((oc) => oc.column('key').doNothing()).execute();
  });
  return { types, seals };
}
