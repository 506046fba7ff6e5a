/**
 * Building blocks of the demo catalogue: where each department sits in the halls, the e-licence types, the
 * materials nearly every item asks for, the usual process shapes, and a small form builder. Item content itself
 * lives in the domain files next to this one.
 */
import {
  buildBasicCode, buildCreditCode,
  type ApplicationForm, type ExerciseLevel, type FormFieldUi, type ImplementationContent, type ItemTypeCode, type Material,
  type ProcessStep, type TimeLimit,
} from '@onetrip/core';
import { DEMO_DEPARTMENTS } from '../demo-data.ts';
import type { DemoBasicItem, DemoImplementation } from '../demo-catalog.ts';

// ---------------------------------------------------------------------------------------------------------------
// Departments, halls and windows

export type DemoDepartmentRecord = (typeof DEMO_DEPARTMENTS)[number];

export function department(key: string): DemoDepartmentRecord {
  const d = DEMO_DEPARTMENTS.find((x) => x.key === key);
  if (!d) throw new Error(`unknown demo department ${key}`);
  return d;
}

/** City departments sit at 150400; district ones at their district's code. */
export function levelOfDepartment(key: string): ExerciseLevel {
  return department(key).region.endsWith('00') ? 3 : 4;
}

const HALLS = {
  city: { name: '赤峰市政务服务中心', address: '赤峰市红山区临潢大街 1 号', hours: '周一至周五 9:00–17:00（6 月至 9 月 8:30–17:30），中午不间断服务；周六 9:00–12:00 延时服务；法定节假日除外' },
  hongshan: { name: '红山区政务服务中心', address: '赤峰市红山区钢铁街 28 号', hours: '周一至周五 9:00–12:00、13:30–17:00；每周三延时至 18:30；法定节假日除外' },
  songshan: { name: '松山区政务服务中心', address: '赤峰市松山区玉龙大街 66 号', hours: '周一至周五 8:30–12:00、14:00–17:30；法定节假日除外' },
} as const;

/** Where each department accepts applications (一窗受理: most share the comprehensive windows). */
const STATIONS: Record<string, { hall: keyof typeof HALLS; window: string }> = {
  scjg: { hall: 'city', window: 'B 区 B01 号窗口（企业开办专区）' },
  fgw: { hall: 'city', window: 'C 区 C01 号窗口（工程建设项目审批专区）' },
  zrzy: { hall: 'city', window: 'C 区 C01 号窗口（工程建设项目审批专区）' },
  zjj: { hall: 'city', window: 'C 区 C01 号窗口（工程建设项目审批专区）' },
  sthj: { hall: 'city', window: 'C 区 C01 号窗口（工程建设项目审批专区）' },
  swj: { hall: 'city', window: 'C 区 C01 号窗口（工程建设项目审批专区）' },
  gaj: { hall: 'city', window: 'D 区 D01 号窗口（公安户籍出入境窗口）' },
  rsj: { hall: 'city', window: 'A 区 A02 号综合受理窗口（社会保障类）' },
  ybj: { hall: 'city', window: 'A 区 A02 号综合受理窗口（社会保障类）' },
  gjj: { hall: 'city', window: 'A 区 A03 号综合受理窗口（住房公积金类）' },
  mzj: { hall: 'city', window: 'A 区 A02 号综合受理窗口（社会事务类）' },
  wjw: { hall: 'city', window: 'A 区 A01 号综合受理窗口（准营许可类）' },
  jtj: { hall: 'city', window: 'A 区 A01 号综合受理窗口（准营许可类）' },
  jyj: { hall: 'city', window: 'A 区 A01 号综合受理窗口（准营许可类）' },
  wlj: { hall: 'city', window: 'A 区 A01 号综合受理窗口（准营许可类）' },
  nmj: { hall: 'city', window: 'A 区 A01 号综合受理窗口（准营许可类）' },
  yjj: { hall: 'city', window: 'A 区 A01 号综合受理窗口（准营许可类）' },
  'hs.scjg': { hall: 'hongshan', window: '一楼 B01 号企业开办窗口' },
  'ss.scjg': { hall: 'songshan', window: '一楼 B01 号企业开办窗口' },
};

function station(departmentKey: string): { hall: (typeof HALLS)[keyof typeof HALLS]; window: string } {
  const s = STATIONS[departmentKey];
  if (!s) throw new Error(`no hall station for department ${departmentKey}`);
  return { hall: HALLS[s.hall], window: s.window };
}

/** "赤峰市政务服务中心 B 区 B01 号窗口（企业开办专区）（赤峰市红山区临潢大街 1 号）" */
export function placeOf(departmentKey: string, window?: string): string {
  const s = station(departmentKey);
  return `${s.hall.name} ${window ?? s.window}（${s.hall.address}）`;
}

export function officeHoursOf(departmentKey: string): string {
  return station(departmentKey).hall.hours;
}

export const COMPLAINT_PHONE = '12345';

// ---------------------------------------------------------------------------------------------------------------
// Basic items and implementations

export function basicItem(typeCode: ItemTypeCode, main: number, sub: number, name: string, legalBasis: string, level: ExerciseLevel, parent?: DemoBasicItem): DemoBasicItem {
  if (parent && (parent.typeCode !== typeCode || parent.code !== buildBasicCode(typeCode, main, 0))) throw new Error(`sub-item ${name} does not belong to ${parent.name}`);
  return { code: buildBasicCode(typeCode, main, sub), typeCode, name, parentCode: parent?.code ?? null, legalBasis, level };
}

type LocalDefaults = 'name' | 'legalBasis' | 'place' | 'officeHours' | 'consultationPhone' | 'complaintPhone' | 'allowsCommitment' | 'quantityLimit' | 'intermediaryServices' | 'jointDepartments';

/** Everything an item author writes; the department supplies place, hours and phones unless overridden. */
export type ImplementationSpec = Omit<ImplementationContent, LocalDefaults> & {
  /** Defaults to the basic item's legal basis. */
  legalBasis?: string;
  /** Window text inside the department's hall, or a full place. */
  window?: string;
  place?: string;
  officeHours?: string;
  consultationPhone?: string;
  allowsCommitment?: boolean;
  quantityLimit?: string;
  intermediaryServices?: string[];
  jointDepartments?: string[];
};

export function implement(item: DemoBasicItem, departmentKey: string, spec: ImplementationSpec): DemoImplementation {
  const d = department(departmentKey);
  const content: ImplementationContent = {
    name: item.name,
    legalBasis: spec.legalBasis ?? item.legalBasis,
    conditions: spec.conditions,
    materials: spec.materials,
    fees: spec.fees,
    legalLimit: spec.legalLimit,
    promisedLimit: spec.promisedLimit,
    caseKind: spec.caseKind,
    process: spec.process,
    specialProcedures: spec.specialProcedures,
    result: spec.result,
    onlineDepth: spec.onlineDepth,
    tripsToSite: spec.tripsToSite,
    visitReason: spec.visitReason,
    channels: spec.channels,
    crossRegionScope: spec.crossRegionScope,
    audiences: spec.audiences,
    themes: spec.themes,
    place: spec.place ?? placeOf(departmentKey, spec.window),
    officeHours: spec.officeHours ?? officeHoursOf(departmentKey),
    consultationPhone: spec.consultationPhone ?? d.phone,
    complaintPhone: COMPLAINT_PHONE,
    faq: spec.faq,
    form: spec.form,
    allowsCommitment: spec.allowsCommitment ?? false,
    quantityLimit: spec.quantityLimit ?? '无数量限制',
    intermediaryServices: spec.intermediaryServices ?? [],
    jointDepartments: spec.jointDepartments ?? [],
  };
  return { basicCode: item.code, departmentKey, level: levelOfDepartment(departmentKey), content };
}

/**
 * A district's implementation of an item the city distributed: the city's content with only the local elements
 * (place, office hours, phones) filled in by the district [000].
 */
export function inheritFrom(parent: DemoImplementation, departmentKey: string): DemoImplementation {
  const d = department(departmentKey);
  const content: ImplementationContent = {
    ...(JSON.parse(JSON.stringify(parent.content)) as ImplementationContent),
    place: placeOf(departmentKey),
    officeHours: officeHoursOf(departmentKey),
    consultationPhone: d.phone,
    complaintPhone: COMPLAINT_PHONE,
  };
  return { basicCode: parent.basicCode, departmentKey, level: levelOfDepartment(departmentKey), inheritsFrom: { departmentKey: parent.departmentKey }, content };
}

// ---------------------------------------------------------------------------------------------------------------
// Time limits and process shapes

export function workingDays(value: number, note?: string): TimeLimit {
  return note === undefined ? { value, unit: 'working_days' } : { value, unit: 'working_days', note };
}

/** 审查 → 决定 (一审一核) within the promised limit: the decision takes one day (half of a one-day limit). */
export function reviewAndDecide(promised: number, reviewRules: string, decideRules: string): ProcessStep[] {
  const decide = promised >= 2 ? 1 : promised / 2;
  return [
    { key: 'review', name: '审查', role: 'approver', limit: workingDays(promised - decide), reviewRules },
    { key: 'decide', name: '决定', role: 'approver', limit: workingDays(decide), reviewRules: decideRules },
  ];
}

/** 审查 → 复核 → 决定, for items where a second reviewer signs off (at most three steps). */
export function reviewCheckDecide(review: number, check: number, decide: number, rules: { review: string; check: string; decide: string }): ProcessStep[] {
  return [
    { key: 'review', name: '审查', role: 'approver', limit: workingDays(review), reviewRules: rules.review },
    { key: 'check', name: '复核', role: 'approver', limit: workingDays(check), reviewRules: rules.check },
    { key: 'decide', name: '决定', role: 'approver', limit: workingDays(decide), reviewRules: rules.decide },
  ];
}

/** Immediate items (即办件): the department's authorised window approver reviews and decides in one sitting. */
export function onTheSpot(reviewRules: string, days: 0 | 1 = 0): ProcessStep[] {
  return [{ key: 'decide', name: '审查决定（当场办结）', role: 'approver', limit: workingDays(days), reviewRules }];
}

// ---------------------------------------------------------------------------------------------------------------
// Electronic licence types (GB/T 36904: defining authority's credit code + 3-digit sequence)

function nationalAuthority(orgBody8: string): string {
  return buildCreditCode('1', '1', '100000', orgBody8);
}

const AUTHORITY = {
  samr: nationalAuthority('MB0Q0001'), // 国家市场监督管理总局
  mps: nationalAuthority('MB0P0002'), // 公安部
  mca: nationalAuthority('MB0M0003'), // 民政部
  mnr: nationalAuthority('MB0N0004'), // 自然资源部
  mohurd: nationalAuthority('MB0H0005'), // 住房和城乡建设部
  mohrss: nationalAuthority('MB0R0006'), // 人力资源和社会保障部
  nhc: nationalAuthority('MB0W0007'), // 国家卫生健康委员会
  mot: nationalAuthority('MB0T0008'), // 交通运输部
  moe: nationalAuthority('MB0E0009'), // 教育部
  mct: nationalAuthority('MB0C0010'), // 文化和旅游部
  moa: nationalAuthority('MB0A0011'), // 农业农村部
  mee: nationalAuthority('MB0F0012'), // 生态环境部
  mem: nationalAuthority('MB0G0013'), // 应急管理部
  mwr: nationalAuthority('MB0K0014'), // 水利部
  nhsa: nationalAuthority('MB0L0015'), // 国家医疗保障局
  cdpf: nationalAuthority('MB0D0016'), // 中国残疾人联合会
};

export const LICENSE_TYPES = {
  businessLicense: `${AUTHORITY.samr}001`, // 营业执照
  foodBusinessLicense: `${AUTHORITY.samr}002`, // 食品经营许可证
  residentIdCard: `${AUTHORITY.mps}001`, // 居民身份证
  householdRegister: `${AUTHORITY.mps}002`, // 居民户口簿
  drivingLicense: `${AUTHORITY.mps}003`, // 机动车驾驶证
  vehicleLicense: `${AUTHORITY.mps}005`, // 机动车行驶证
  criminalRecordCertificate: `${AUTHORITY.mps}004`, // 无犯罪记录证明（电子）
  massEventPermit: `${AUTHORITY.mps}006`, // 大型群众性活动安全许可决定书
  ordinaryPassport: `${AUTHORITY.mps}007`, // 普通护照
  marriageCertificate: `${AUTHORITY.mca}001`, // 结婚证
  realEstateCertificate: `${AUTHORITY.mnr}001`, // 不动产权证书
  landUsePreapproval: `${AUTHORITY.mnr}002`, // 建设项目用地预审与选址意见书
  landUsePlanningPermit: `${AUTHORITY.mnr}003`, // 建设用地规划许可证
  constructionPlanningPermit: `${AUTHORITY.mnr}004`, // 建设工程规划许可证
  ruralPlanningPermit: `${AUTHORITY.mnr}005`, // 乡村建设规划许可证
  constructionPermit: `${AUTHORITY.mohurd}001`, // 建筑工程施工许可证
  presalePermit: `${AUTHORITY.mohurd}002`, // 商品房预售许可证
  socialSecurityCard: `${AUTHORITY.mohrss}001`, // 社会保障卡
  employmentCard: `${AUTHORITY.mohrss}002`, // 就业创业证
  physicianQualification: `${AUTHORITY.nhc}001`, // 医师资格证书
  physicianPractice: `${AUTHORITY.nhc}002`, // 医师执业证书
  medicalInstitutionLicense: `${AUTHORITY.nhc}003`, // 医疗机构执业许可证
  hygieneLicense: `${AUTHORITY.nhc}004`, // 公共场所卫生许可证
  birthCertificate: `${AUTHORITY.nhc}005`, // 出生医学证明
  roadTransportLicense: `${AUTHORITY.mot}001`, // 道路运输经营许可证
  ridehailDriverCertificate: `${AUTHORITY.mot}002`, // 网络预约出租汽车驾驶员证
  driverQualification: `${AUTHORITY.mot}003`, // 道路运输从业人员从业资格证
  teacherQualification: `${AUTHORITY.moe}001`, // 教师资格证书
  mandarinCertificate: `${AUTHORITY.moe}002`, // 普通话水平测试等级证书
  teacherExamCertificate: `${AUTHORITY.moe}003`, // 中小学教师资格考试合格证明
  entertainmentLicense: `${AUTHORITY.mct}001`, // 娱乐经营许可证
  performanceApproval: `${AUTHORITY.mct}002`, // 营业性演出准予许可决定书
  performanceLicense: `${AUTHORITY.mct}003`, // 营业性演出许可证（演出经纪机构、文艺表演团体）
  pesticideLicense: `${AUTHORITY.moa}001`, // 农药经营许可证
  animalEpidemicCertificate: `${AUTHORITY.moa}002`, // 动物防疫条件合格证
  dischargePermit: `${AUTHORITY.mee}001`, // 排污许可证
  eiaApproval: `${AUTHORITY.mee}002`, // 建设项目环境影响评价文件审批意见
  hazardousChemicalsLicense: `${AUTHORITY.mem}001`, // 危险化学品经营许可证
  safetyCompetence: `${AUTHORITY.mem}002`, // 安全生产知识和管理能力考核合格证
  waterAbstractionPermit: `${AUTHORITY.mwr}001`, // 取水许可证
  medicalInsuranceCertificate: `${AUTHORITY.nhsa}001`, // 医保电子凭证
  disabilityCertificate: `${AUTHORITY.cdpf}001`, // 中华人民共和国残疾人证
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Materials

type MaterialSpec = Omit<Material, 'key' | 'name' | 'legalBasis' | 'kind' | 'form' | 'necessity' | 'paperCopies' | 'source' | 'acceptanceStandard'> & Partial<Pick<Material, 'kind' | 'form' | 'necessity' | 'paperCopies' | 'source'>> & { acceptanceStandard: string };

/**
 * One material. Defaults: an electronic original from the applicant, required. Paper forms default to one copy on
 * A4; files to download and proof/licence links default to none.
 */
export function material(key: string, name: string, legalBasis: string | null, spec: MaterialSpec): Material {
  const form = spec.form ?? 'electronic';
  const paper = form !== 'electronic';
  return {
    key,
    name,
    kind: spec.kind ?? 'original',
    form,
    necessity: spec.necessity ?? 'required',
    ...(spec.condition !== undefined ? { condition: spec.condition } : {}),
    paperCopies: spec.paperCopies ?? (paper ? 1 : 0),
    ...(paper ? { paperSize: spec.paperSize ?? 'A4' } : {}),
    source: spec.source ?? 'applicant',
    ...(spec.sourceNote !== undefined ? { sourceNote: spec.sourceNote } : {}),
    ...(spec.fillingInstructions !== undefined ? { fillingInstructions: spec.fillingInstructions } : {}),
    blankFormFile: spec.blankFormFile ?? null,
    sampleFile: spec.sampleFile ?? null,
    acceptanceStandard: spec.acceptanceStandard,
    legalBasis,
    ...(spec.remarks !== undefined ? { remarks: spec.remarks } : {}),
    ...(spec.commonMistakes !== undefined ? { commonMistakes: spec.commonMistakes } : {}),
    proofCode: spec.proofCode ?? null,
    satisfiedByLicenseType: spec.satisfiedByLicenseType ?? null,
  };
}

/** The applicant's resident ID card, read from the e-licence library (电子身份证) when available. */
export function idCard(legalBasis: string, opts: { key?: string; name?: string; remarks?: string } = {}): Material {
  return material(opts.key ?? 'id-card', opts.name ?? '申请人居民身份证', legalBasis, {
    source: 'government',
    sourceNote: '公安机关核发；通过统一身份认证登录或调取电子证照库的，无需另行上传',
    satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
    acceptanceStandard: '在有效期内，姓名、公民身份号码与申请人一致',
    ...(opts.remarks !== undefined ? { remarks: opts.remarks } : {}),
  });
}

/** The household register (居民户口簿), read from the e-licence library when available. */
export function householdRegister(legalBasis: string, opts: { necessity?: 'required' | 'conditional'; condition?: string; name?: string } = {}): Material {
  return material('household-register', opts.name ?? '居民户口簿', legalBasis, {
    necessity: opts.necessity ?? 'required',
    ...(opts.condition !== undefined ? { condition: opts.condition } : {}),
    source: 'government',
    sourceNote: '公安机关核发；通过人口信息共享核验，已归集电子户口簿的无需上传',
    satisfiedByLicenseType: LICENSE_TYPES.householdRegister,
    acceptanceStandard: '户主页及本人页齐全，户籍信息与身份证一致',
  });
}

/** The business licence, looked up in the e-licence library (营业执照复印件 is a cancelled proof). */
export function businessLicense(legalBasis: string, opts: { necessity?: 'required' | 'conditional'; condition?: string } = {}): Material {
  return material('business-license', '营业执照（电子证照调取）', legalBasis, {
    necessity: opts.necessity ?? 'required',
    ...(opts.condition !== undefined ? { condition: opts.condition } : {}),
    source: 'government',
    sourceNote: '市场监督管理部门核发，系统按统一社会信用代码自动调取电子营业执照，申请人无需提交复印件',
    satisfiedByLicenseType: LICENSE_TYPES.businessLicense,
    acceptanceStandard: '营业执照在有效期内，登记状态为存续',
  });
}

/** Power of attorney and the agent's ID, when an agent files for the applicant. */
export function agentMaterials(legalBasis: string): Material[] {
  return [
    material('power-of-attorney', '授权委托书', legalBasis, {
      necessity: 'conditional',
      condition: '委托他人代为办理的',
      acceptanceStandard: '载明委托事项、权限和期限，由委托人签名（单位加盖公章）',
      fillingInstructions: '委托事项写明本事项名称，委托期限不超过本次办理期间',
    }),
    material('agent-id-card', '委托代理人居民身份证', legalBasis, {
      necessity: 'conditional',
      condition: '委托他人代为办理的',
      source: 'government',
      sourceNote: '公安机关核发；代理人实名登录后自动核验',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '在有效期内，与授权委托书载明的代理人一致',
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Application forms

export interface FieldDef {
  key: string;
  schema: Record<string, unknown> & { title: string };
  ui: FormFieldUi;
  required: boolean;
}

interface FieldOpts {
  required?: boolean;
  help?: string;
  placeholder?: string;
}

function field(key: string, schema: Record<string, unknown> & { title: string }, ui: FormFieldUi, opts: FieldOpts): FieldDef {
  return {
    key,
    schema,
    ui: { ...ui, ...(opts.help !== undefined ? { help: opts.help } : {}), ...(opts.placeholder !== undefined ? { placeholder: opts.placeholder } : {}) },
    required: opts.required ?? true,
  };
}

const ID_NUMBER_PATTERN = '^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[0-9X]$';
const CREDIT_CODE_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$';
const PHONE_PATTERN = '^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$';

/** Field constructors; titles are the Chinese labels the applicant sees. */
export const F = {
  name: (key = 'applicantName', title = '申请人姓名', opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, minLength: 2, maxLength: 50 }, { widget: 'input', prefill: 'name' }, opts),
  idNumber: (key = 'applicantIdNumber', title = '公民身份号码', opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, pattern: ID_NUMBER_PATTERN }, { widget: 'id_number', prefill: 'idNumber' }, opts),
  phone: (key = 'contactPhone', title = '联系电话', opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, pattern: PHONE_PATTERN }, { widget: 'phone', prefill: 'phone' }, opts),
  entityName: (key = 'entityName', title = '单位名称', opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, minLength: 2, maxLength: 100 }, { widget: 'input', prefill: 'name' }, opts),
  creditCode: (key = 'creditCode', title = '统一社会信用代码', opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, pattern: CREDIT_CODE_PATTERN }, { widget: 'credit_code', prefill: 'creditCode' }, opts),
  legalRepresentative: (key = 'legalRepresentative', title = '法定代表人', opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, maxLength: 50 }, { widget: 'input', prefill: 'legalRepresentative' }, opts),
  /** Another organisation's credit code (no prefill from the applicant's account). */
  orgCode: (key: string, title: string, opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, pattern: CREDIT_CODE_PATTERN }, { widget: 'credit_code' }, opts),
  personId: (key: string, title: string, opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, pattern: ID_NUMBER_PATTERN }, { widget: 'id_number' }, opts),
  personPhone: (key: string, title: string, opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, pattern: PHONE_PATTERN }, { widget: 'phone' }, opts),
  text: (key: string, title: string, opts: FieldOpts & { maxLength?: number } = {}) =>
    field(key, { type: 'string', title, maxLength: opts.maxLength ?? 100 }, { widget: 'input' }, opts),
  textarea: (key: string, title: string, opts: FieldOpts & { maxLength?: number } = {}) =>
    field(key, { type: 'string', title, maxLength: opts.maxLength ?? 1000 }, { widget: 'textarea' }, opts),
  address: (key: string, title: string, opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, maxLength: 200 }, { widget: 'address' }, opts),
  region: (key: string, title: string, opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, pattern: '^\\d{6}(\\d{6})?$' }, { widget: 'region' }, opts),
  date: (key: string, title: string, opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, format: 'date' }, { widget: 'date' }, opts),
  integer: (key: string, title: string, opts: FieldOpts & { minimum?: number; maximum?: number } = {}) =>
    field(key, { type: 'integer', title, minimum: opts.minimum ?? 0, ...(opts.maximum !== undefined ? { maximum: opts.maximum } : {}) }, { widget: 'number' }, opts),
  amount: (key: string, title: string, opts: FieldOpts & { minimum?: number } = {}) =>
    field(key, { type: 'number', title, minimum: opts.minimum ?? 0 }, { widget: 'number' }, opts),
  select: (key: string, title: string, options: readonly string[], opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, enum: [...options] }, { widget: 'select' }, opts),
  radio: (key: string, title: string, options: readonly string[], opts: FieldOpts = {}) =>
    field(key, { type: 'string', title, enum: [...options] }, { widget: 'radio' }, opts),
  checkbox: (key: string, title: string, options: readonly string[], opts: FieldOpts = {}) =>
    field(key, { type: 'array', title, items: { type: 'string', enum: [...options] }, minItems: 1, uniqueItems: true }, { widget: 'checkbox' }, opts),
  /** A commitment the applicant ticks instead of signing a paper 承诺书. */
  pledge: (key: string, title: string, help: string) =>
    field(key, { type: 'boolean', title, const: true }, { widget: 'checkbox', help }, { required: true }),
};

export interface Conditional {
  /** The controlling field and the value that makes the dependent fields required and visible. */
  when: [field: string, equals: string];
  require: string[];
}

/**
 * Builds the JSON Schema and UI hints. Dependent fields of a conditional are optional at the top level, required
 * by an `if/then` clause, and shown only when the controlling field has the value.
 */
export function buildForm(fields: FieldDef[], conditionals: Conditional[] = []): ApplicationForm {
  const keys = fields.map((f) => f.key);
  if (new Set(keys).size !== keys.length) throw new Error(`duplicate form field in ${keys.join(',')}`);
  const showWhen = new Map<string, { field: string; equals: string }>();
  for (const c of conditionals) {
    if (!keys.includes(c.when[0])) throw new Error(`conditional on unknown field ${c.when[0]}`);
    for (const k of c.require) {
      const def = fields.find((f) => f.key === k);
      if (!def) throw new Error(`conditional field ${k} is not in the form`);
      if (def.required) throw new Error(`conditional field ${k} must not be required unconditionally`);
      showWhen.set(k, { field: c.when[0], equals: c.when[1] });
    }
  }
  const schema: ApplicationForm['schema'] = {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.key, f.schema])),
    required: fields.filter((f) => f.required).map((f) => f.key),
    additionalProperties: false,
  };
  if (conditionals.length > 0) {
    schema.allOf = conditionals.map((c) => ({
      if: { properties: { [c.when[0]]: { const: c.when[1] } }, required: [c.when[0]] },
      then: { required: c.require },
    }));
  }
  return {
    schema,
    ui: {
      order: keys,
      fields: Object.fromEntries(fields.map((f) => {
        const sw = showWhen.get(f.key);
        return [f.key, sw ? { ...f.ui, showWhen: sw } : f.ui];
      })),
    },
  };
}
