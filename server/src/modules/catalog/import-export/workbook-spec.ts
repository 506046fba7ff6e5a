/**
 * The catalogue spreadsheet (事项导入模板): one definition of every sheet, column and code table, from which the
 * template and the export are written, uploads are read, and docs/catalog-import.md is checked. A column is
 * recognised by its key (the second line of the heading) or by its Chinese or English label, so a department may
 * reorder columns or shorten headings to the Chinese label.
 */
import {
  AUDIENCES, CASE_KINDS, CHANNELS, CROSS_REGION_SCOPES, LIMIT_UNITS, MATERIAL_FORMS, MATERIAL_KINDS, MATERIAL_NECESSITIES, MATERIAL_SOURCES,
  ONLINE_DEPTHS, RESULT_TYPES, SPECIAL_PROCEDURES, STEP_ROLES, THEMES,
} from '@onetrip/core';

export interface Bilingual { zh: string; en: string }
export interface CodeEntry extends Bilingual { code: string }
export interface CodeTable { key: string; title: Bilingual; entries: readonly CodeEntry[] }

function table(key: string, title: Bilingual, codes: readonly string[], labels: Record<string, Bilingual>): CodeTable {
  return { key, title, entries: codes.map((code) => ({ code, ...(labels[code] ?? { zh: code, en: code }) })) };
}

export const CODE_TABLES = {
  limitUnit: table('limitUnit', { zh: '时限单位', en: 'Limit unit' }, LIMIT_UNITS, {
    working_days: { zh: '工作日', en: 'Working days' }, natural_days: { zh: '自然日', en: 'Natural days' },
  }),
  caseKind: table('caseKind', { zh: '办件类型', en: 'Case kind' }, CASE_KINDS, {
    immediate: { zh: '即办件', en: 'Immediate' }, promised: { zh: '承诺件', en: 'Promised' },
  }),
  onlineDepth: table('onlineDepth', { zh: '网办深度', en: 'Online depth' }, Object.keys(ONLINE_DEPTHS), ONLINE_DEPTHS),
  channel: table('channel', { zh: '办理渠道', en: 'Channel' }, CHANNELS, {
    hall: { zh: '窗口办理', en: 'At the window' }, online: { zh: '网上办理', en: 'Online' }, mobile: { zh: '掌上办理', en: 'Mobile app' },
    post: { zh: '邮寄办理', en: 'By post' }, appointment: { zh: '预约办理', en: 'By appointment' }, payment: { zh: '网上缴费', en: 'Online payment' },
    self_service: { zh: '自助终端', en: 'Self-service kiosk' },
  }),
  audience: table('audience', { zh: '服务对象', en: 'Audience' }, AUDIENCES, {
    natural_person: { zh: '自然人', en: 'Natural person' }, enterprise: { zh: '企业法人', en: 'Enterprise' },
    public_institution: { zh: '事业单位法人', en: 'Public institution' }, social_organization: { zh: '社会组织法人', en: 'Social organisation' },
    government_organ: { zh: '机关法人', en: 'Government organ' }, other_organization: { zh: '其他组织', en: 'Other organisation' },
  }),
  theme: table('theme', { zh: '主题', en: 'Theme' }, THEMES, {
    birth: { zh: '生育收养', en: 'Birth & adoption' }, household: { zh: '户籍办理', en: 'Household registration' }, education: { zh: '教育入学', en: 'Education' },
    employment: { zh: '就业创业', en: 'Jobs & start-ups' }, social_security: { zh: '社会保障', en: 'Social security' }, medical: { zh: '医疗卫生', en: 'Health care' },
    housing: { zh: '住房保障', en: 'Housing' }, marriage: { zh: '婚姻登记', en: 'Marriage' }, travel: { zh: '出行出境', en: 'Travel & exit' },
    retirement: { zh: '退休养老', en: 'Retirement' }, disability: { zh: '残疾人服务', en: 'Disability services' }, death: { zh: '身后事', en: 'After a death' },
    establishment: { zh: '开办企业', en: 'Starting a business' }, permits: { zh: '经营许可', en: 'Business licences' }, construction: { zh: '工程建设', en: 'Construction projects' },
    operation: { zh: '经营管理', en: 'Running a business' }, tax: { zh: '税费缴纳', en: 'Taxes & fees' }, employment_hr: { zh: '用工招聘', en: 'Hiring & staff' },
    trade: { zh: '对外贸易', en: 'Foreign trade' }, cancellation: { zh: '注销退出', en: 'Closing a business' },
  }),
  crossRegionScope: table('crossRegionScope', { zh: '通办范围', en: 'Cross-region scope' }, CROSS_REGION_SCOPES, {
    none: { zh: '属地办理', en: 'Local only' }, cross_county: { zh: '全市通办', en: 'Anywhere in the city' }, cross_city: { zh: '跨市通办', en: 'Across cities' },
    cross_province: { zh: '跨省通办', en: 'Across provinces' }, nationwide: { zh: '全国通办', en: 'Nationwide' },
  }),
  specialProcedure: table('specialProcedure', { zh: '特殊环节', en: 'Special procedure' }, SPECIAL_PROCEDURES, {
    hearing: { zh: '听证', en: 'Hearing' }, expert_review: { zh: '专家评审', en: 'Expert review' }, site_inspection: { zh: '现场勘验', en: 'Site inspection' },
    testing: { zh: '检验检测', en: 'Testing' }, public_notice: { zh: '公示', en: 'Public notice' },
  }),
  resultType: table('resultType', { zh: '结果类型', en: 'Result type' }, RESULT_TYPES, {
    license: { zh: '证照', en: 'Licence' }, approval_document: { zh: '批文', en: 'Approval document' }, certificate: { zh: '证明', en: 'Certificate' },
    filing: { zh: '备案', en: 'Filing' }, other: { zh: '其他', en: 'Other' }, none: { zh: '无', en: 'None' },
  }),
  materialKind: table('materialKind', { zh: '材料类型', en: 'Material kind' }, MATERIAL_KINDS, {
    original: { zh: '原件', en: 'Original' }, copy: { zh: '复印件', en: 'Copy' }, original_and_copy: { zh: '原件和复印件', en: 'Original and copy' },
    original_or_copy: { zh: '原件或复印件', en: 'Original or copy' },
  }),
  materialForm: table('materialForm', { zh: '材料形式', en: 'Material form' }, MATERIAL_FORMS, {
    paper: { zh: '纸质', en: 'Paper' }, electronic: { zh: '电子', en: 'Electronic' }, both: { zh: '纸质和电子', en: 'Paper and electronic' },
  }),
  necessity: table('necessity', { zh: '必要性', en: 'Necessity' }, MATERIAL_NECESSITIES, {
    required: { zh: '必要', en: 'Required' }, conditional: { zh: '特定情形必要', en: 'Required in some cases' }, optional: { zh: '非必要', en: 'Optional' },
  }),
  materialSource: table('materialSource', { zh: '来源渠道', en: 'Material source' }, MATERIAL_SOURCES, {
    applicant: { zh: '申请人自备', en: 'From the applicant' }, government: { zh: '政府部门核发', en: 'Issued by a government department' }, other: { zh: '其他', en: 'Other' },
  }),
  stepRole: table('stepRole', { zh: '环节办理角色', en: 'Step role' }, STEP_ROLES, {
    clerk: { zh: '窗口受理人员', en: 'Window clerk' }, approver: { zh: '审批人员', en: 'Approver' },
  }),
  yesNo: table('yesNo', { zh: '是否', en: 'Yes / no' }, ['是', '否'], { 是: { zh: '是', en: 'Yes' }, 否: { zh: '否', en: 'No' } }),
} as const satisfies Record<string, CodeTable>;
export type CodeTableKey = keyof typeof CODE_TABLES;

/**
 * How a cell is read: text; one code of a table (the code, its Chinese or its English label); a list of codes
 * separated by ；;，,、 or line breaks; a list of texts, one per line; a number (half days allowed); an integer;
 * yes/no; JSON.
 */
export type ColumnKind =
  | { type: 'text'; maxLength: number }
  | { type: 'code'; table: CodeTableKey }
  | { type: 'codeList'; table: CodeTableKey }
  | { type: 'textList' }
  | { type: 'number' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  | { type: 'json' };

export interface ColumnSpec<K extends string = string> {
  key: K;
  zh: string;
  en: string;
  kind: ColumnKind;
  required: boolean;
  /** Column width in characters. */
  width: number;
  note?: Bilingual;
}

const text = (maxLength: number): ColumnKind => ({ type: 'text', maxLength });
const code = (t: CodeTableKey): ColumnKind => ({ type: 'code', table: t });
const codeList = (t: CodeTableKey): ColumnKind => ({ type: 'codeList', table: t });

function col<K extends string>(key: K, zh: string, en: string, kind: ColumnKind, required: boolean, width: number, note?: Bilingual): ColumnSpec<K> {
  return note ? { key, zh, en, kind, required, width, note } : { key, zh, en, kind, required, width };
}

const ITEM_REF = col('itemRef', '事项标识', 'Item reference', text(40), true, 12, {
  zh: '本文件内唯一，如 1、2、3；其他工作表用它指向本事项',
  en: 'Unique within the file, e.g. 1, 2, 3; the other sheets point at the item with it',
});

export const ITEM_COLUMNS = [
  ITEM_REF,
  col('basicCode', '基本编码', 'Basic code', text(12), true, 16, { zh: '基本目录中的 12 位事项编码', en: 'The 12-character code of the item in the basic catalogue' }),
  col('departmentCreditCode', '实施部门统一社会信用代码', 'Department credit code', text(18), true, 22, { zh: '见“部门”表；只能是您有权维护的部门', en: 'See the Departments sheet; only departments you may maintain' }),
  col('regionCode', '行政区划代码', 'Region code', text(12), false, 14, { zh: '可空；填写时须为实施部门所在区划', en: "Optional; when given it must be the department's region" }),
  col('implementationCode', '实施编码', 'Implementation code', text(31), false, 34, {
    zh: '由部门信用代码、行使层级和基本编码生成；导出时填写，导入时可空，填写时须与生成的编码一致（改了部门请清空）',
    en: 'Made of the department credit code, exercise level and basic code; filled by the export, optional on import, and when given it must match (clear it when you change the department)',
  }),
  col('name', '事项名称', 'Name', text(200), false, 28, { zh: '留空取基本目录的事项名称', en: "Empty: the basic item's name" }),
  col('legalBasis', '设定依据', 'Legal basis', text(5000), false, 40, { zh: '留空取基本目录的设定依据', en: "Empty: the basic item's legal basis" }),
  col('legalLimitValue', '法定时限', 'Legal limit', { type: 'number' }, true, 10, { zh: '数字，可为 0.5 的倍数', en: 'A number; half days allowed' }),
  col('legalLimitUnit', '法定时限单位', 'Legal limit unit', code('limitUnit'), true, 12),
  col('legalLimitNote', '法定时限说明', 'Legal limit note', text(500), false, 20),
  col('promisedLimitValue', '承诺时限', 'Promised limit', { type: 'number' }, true, 10, { zh: '不得超过法定时限', en: 'May not exceed the legal limit' }),
  col('promisedLimitUnit', '承诺时限单位', 'Promised limit unit', code('limitUnit'), true, 12),
  col('promisedLimitNote', '承诺时限说明', 'Promised limit note', text(500), false, 20),
  col('caseKind', '办件类型', 'Case kind', code('caseKind'), true, 10, { zh: '即办件最多一个审批环节', en: 'An immediate item has at most one step' }),
  col('specialProcedures', '特殊环节', 'Special procedures', codeList('specialProcedure'), false, 18),
  col('onlineDepth', '网办深度', 'Online depth', code('onlineDepth'), true, 10, { zh: '1–7；5 及以上为全程网办，到现场次数须为 0', en: '1–7; 5 and above is full-online handling, which needs 0 trips' }),
  col('tripsToSite', '到办事现场次数', 'Trips to site', { type: 'integer', min: 0, max: 10 }, true, 10),
  col('visitReason', '必须到现场原因', 'Visit reason', text(1000), false, 24, { zh: '到现场次数大于 0 时填写', en: 'Needed when trips to site > 0' }),
  col('channels', '办理渠道', 'Channels', codeList('channel'), true, 20),
  col('audiences', '服务对象', 'Audiences', codeList('audience'), true, 18),
  col('themes', '主题分类', 'Themes', codeList('theme'), false, 18),
  col('crossRegionScope', '通办范围', 'Cross-region scope', code('crossRegionScope'), true, 14),
  col('place', '办理地点', 'Place', text(500), true, 30),
  col('officeHours', '办理时间', 'Office hours', text(500), true, 24),
  col('consultationPhone', '咨询电话', 'Consultation phone', text(100), true, 16),
  col('complaintPhone', '监督投诉电话', 'Complaint phone', text(100), true, 14),
  col('resultName', '审批结果名称', 'Result name', text(200), true, 22),
  col('resultType', '审批结果类型', 'Result type', code('resultType'), true, 12),
  col('resultLicenseTypeCode', '电子证照类型代码', 'Result licence type code', text(40), false, 24),
  col('resultSampleFile', '审批结果样本文件', 'Result sample file', text(200), false, 20, { zh: '已上传文件的编号（导出时填写）', en: 'Id of an uploaded file (filled by the export)' }),
  col('allowsCommitment', '可告知承诺', 'Allows commitment', { type: 'boolean' }, false, 10, { zh: '是/否，留空为否', en: 'Yes/no; empty means no' }),
  col('quantityLimit', '数量限制', 'Quantity limit', text(500), false, 16),
  col('intermediaryServices', '中介服务', 'Intermediary services', { type: 'textList' }, false, 20, { zh: '每行一项', en: 'One per line' }),
  col('jointDepartments', '联办部门', 'Joint departments', { type: 'textList' }, false, 20, { zh: '每行一项', en: 'One per line' }),
  col('formJson', '申请表单（JSON）', 'Application form (JSON)', { type: 'json' }, false, 30, {
    zh: '留空则按服务对象生成默认表单（申请人名称、证件号码、联系电话、申请说明）；填写时为 {"schema": …, "ui": …}',
    en: 'Empty: a default form for the audiences (applicant name, ID or credit code, phone, details); otherwise {"schema": …, "ui": …}',
  }),
] as const;

export const CONDITION_COLUMNS = [
  ITEM_REF,
  col('condition', '受理条件', 'Condition', text(1000), true, 60, { zh: '每行一个条件，按行的顺序', en: 'One condition per row, in row order' }),
] as const;

export const MATERIAL_COLUMNS = [
  ITEM_REF,
  col('key', '材料标识', 'Material key', text(60), false, 16, { zh: '小写字母、数字和连字符；留空自动生成', en: 'Lower-case letters, digits and hyphens; generated when empty' }),
  col('name', '材料名称', 'Name', text(200), true, 28),
  col('kind', '材料类型', 'Kind', code('materialKind'), true, 14),
  col('form', '材料形式', 'Form', code('materialForm'), true, 12),
  col('necessity', '必要性', 'Necessity', code('necessity'), true, 14),
  col('condition', '需要提交的情形', 'Condition', text(500), false, 20, { zh: '必要性为“特定情形必要”时填写', en: 'For conditional materials' }),
  col('paperCopies', '纸质份数', 'Paper copies', { type: 'integer', min: 0, max: 99 }, true, 8),
  col('paperSize', '纸张规格', 'Paper size', text(20), false, 8),
  col('source', '来源渠道', 'Source', code('materialSource'), true, 14),
  col('sourceNote', '来源说明', 'Source note', text(500), false, 20),
  col('legalBasis', '设定依据', 'Legal basis', text(2000), false, 30, { zh: '必要材料必须填写', en: 'Required for required materials' }),
  col('fillingInstructions', '填报须知', 'Filling instructions', text(2000), false, 24),
  col('acceptanceStandard', '受理标准', 'Acceptance standard', text(2000), false, 24),
  col('remarks', '备注', 'Remarks', text(2000), false, 20),
  col('commonMistakes', '常见错误', 'Common mistakes', { type: 'textList' }, false, 24, { zh: '每行一项', en: 'One per line' }),
  col('proofCode', '证明材料编码', 'Proof code', text(40), false, 16, { zh: '证明目录中的编码；已取消的证明不得再要求', en: 'Code in the proof catalogue; a cancelled proof may not be required' }),
  col('satisfiedByLicenseType', '可用电子证照类型代码', 'Satisfied by licence type', text(40), false, 24),
  col('blankFormFile', '空白表格文件', 'Blank form file', text(200), false, 20, { zh: '已上传文件的编号（导出时填写）', en: 'Id of an uploaded file (filled by the export)' }),
  col('sampleFile', '示例样本文件', 'Sample file', text(200), false, 20, { zh: '已上传文件的编号（导出时填写）', en: 'Id of an uploaded file (filled by the export)' }),
] as const;

export const PROCESS_COLUMNS = [
  ITEM_REF,
  col('key', '环节标识', 'Step key', text(40), false, 14, { zh: '小写字母、数字和连字符；留空自动生成', en: 'Lower-case letters, digits and hyphens; generated when empty' }),
  col('name', '环节名称', 'Name', text(200), true, 20),
  col('role', '办理角色', 'Role', code('stepRole'), true, 14),
  col('limitValue', '环节时限', 'Limit', { type: 'number' }, true, 10),
  col('limitUnit', '环节时限单位', 'Limit unit', code('limitUnit'), true, 12),
  col('limitNote', '环节时限说明', 'Limit note', text(500), false, 20),
  col('countersign', '会签', 'Countersign', { type: 'boolean' }, false, 8),
  col('reviewRules', '审查细则', 'Review rules', text(5000), false, 40),
] as const;

export const FEE_COLUMNS = [
  ITEM_REF,
  col('item', '收费项目', 'Fee item', text(200), true, 20),
  col('standard', '收费标准', 'Standard', text(500), true, 24),
  col('basis', '收费依据', 'Basis', text(2000), true, 30),
  col('reducible', '可减免', 'Reducible', { type: 'boolean' }, true, 8),
  col('reductionBasis', '减免依据', 'Reduction basis', text(2000), false, 24),
] as const;

export const FAQ_COLUMNS = [
  ITEM_REF,
  col('question', '问题', 'Question', text(500), true, 30),
  col('answer', '解答', 'Answer', text(5000), true, 50),
] as const;

export interface DataSheetSpec {
  key: 'items' | 'conditions' | 'materials' | 'process' | 'fees' | 'faq';
  name: string;
  zh: string;
  en: string;
  columns: readonly ColumnSpec[];
  /** JSON pointer of the list in the content the rows fill (none for the items sheet itself). */
  list: string | null;
}

/** The data sheets, in workbook order. Every sheet but Items is keyed by the item reference. */
export const DATA_SHEETS: readonly DataSheetSpec[] = [
  { key: 'items', name: '事项 Items', zh: '事项', en: 'Items', columns: ITEM_COLUMNS, list: null },
  { key: 'conditions', name: '条件 Conditions', zh: '条件', en: 'Conditions', columns: CONDITION_COLUMNS, list: '/conditions' },
  { key: 'materials', name: '材料 Materials', zh: '材料', en: 'Materials', columns: MATERIAL_COLUMNS, list: '/materials' },
  { key: 'process', name: '流程 Process', zh: '流程', en: 'Process', columns: PROCESS_COLUMNS, list: '/process' },
  { key: 'fees', name: '收费 Fees', zh: '收费', en: 'Fees', columns: FEE_COLUMNS, list: '/fees' },
  { key: 'faq', name: '常见问题 FAQ', zh: '常见问题', en: 'FAQ', columns: FAQ_COLUMNS, list: '/faq' },
];

export const REFERENCE_SHEETS = {
  readme: '说明 README',
  codes: '代码表 Codes',
  departments: '部门 Departments',
  basicItems: '基本目录 Basic items',
} as const;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Upload limits: the file, its unpacked size (a zip bomb is refused before it is opened), and the rows. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_ITEMS = 5000;
export const MAX_ROWS = 100_000;
/** Rows the template prepares with drop-downs. */
export const TEMPLATE_VALIDATION_ROWS = 2000;

/** Heading of a column: the Chinese label (with * when required) and, on the second line, the key. */
export function headingOf(column: ColumnSpec): string {
  return `${column.zh}${column.required ? ' *' : ''}\n${column.key}`;
}

/** "A", "B", … "Z", "AA" for 1-based column numbers. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
