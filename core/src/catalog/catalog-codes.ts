/**
 * Code tables of the service-item catalogue, after GB/T 39046-2020 and the national exchange tables
 * (see shared/STANDARDS.md). Stored by stable English key; the national numeric code is kept for exchange.
 */

/** Item type (事项类型), GB/T 39046: 01 行政许可 … 20 公共服务. */
export const ITEM_TYPES = {
  '01': { zh: '行政许可', en: 'Administrative licensing' },
  '02': { zh: '行政处罚', en: 'Administrative penalty' },
  '03': { zh: '行政强制', en: 'Administrative enforcement' },
  '04': { zh: '行政征收', en: 'Administrative levy' },
  '05': { zh: '行政给付', en: 'Administrative benefit' },
  '06': { zh: '行政检查', en: 'Administrative inspection' },
  '07': { zh: '行政确认', en: 'Administrative confirmation' },
  '08': { zh: '行政奖励', en: 'Administrative reward' },
  '09': { zh: '行政裁决', en: 'Administrative adjudication' },
  '10': { zh: '其他行政权力', en: 'Other administrative power' },
  '20': { zh: '公共服务', en: 'Public service' },
} as const;
export type ItemTypeCode = keyof typeof ITEM_TYPES;
export const ITEM_TYPE_CODES = Object.keys(ITEM_TYPES) as ItemTypeCode[];

/** Exercise level (行使层级): 1 national … 6 village, 7 graded (分级行使). */
export const EXERCISE_LEVELS = {
  1: { zh: '国家级', en: 'National' },
  2: { zh: '省级', en: 'Provincial' },
  3: { zh: '市级', en: 'City' },
  4: { zh: '县级', en: 'County' },
  5: { zh: '乡级', en: 'Township' },
  6: { zh: '村级', en: 'Village' },
  7: { zh: '分级行使', en: 'Graded' },
} as const;
export type ExerciseLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Online depth (网办深度), seven levels; 5 and above is full-online handling (全程网办), which implies 0 trips. */
export const ONLINE_DEPTHS = {
  1: { zh: '网上咨询', en: 'Online consultation' },
  2: { zh: '网上收件', en: 'Online receipt' },
  3: { zh: '网上预审', en: 'Online pre-review' },
  4: { zh: '网上受理', en: 'Online acceptance' },
  5: { zh: '网上办理', en: 'Online handling' },
  6: { zh: '网上办理结果信息反馈', en: 'Online result feedback' },
  7: { zh: '电子证照反馈', en: 'E-licence feedback' },
} as const;
export type OnlineDepth = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const FULL_ONLINE_DEPTH = 5;

export const CHANNELS = ['hall', 'online', 'mobile', 'post', 'appointment', 'payment', 'self_service'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Audience (服务对象), GB/T 39046: 1 natural person … 6 other organisation. */
export const AUDIENCES = ['natural_person', 'enterprise', 'public_institution', 'social_organization', 'government_organ', 'other_organization'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Life events of persons (个人生命周期) and the life cycle of enterprises (法人全生命周期). */
export const PERSON_THEMES = ['birth', 'household', 'education', 'employment', 'social_security', 'medical', 'housing', 'marriage', 'travel', 'retirement', 'disability', 'death'] as const;
export const ENTERPRISE_THEMES = ['establishment', 'permits', 'construction', 'operation', 'tax', 'employment_hr', 'trade', 'cancellation'] as const;
export type PersonTheme = (typeof PERSON_THEMES)[number];
export type EnterpriseTheme = (typeof ENTERPRISE_THEMES)[number];
export type Theme = PersonTheme | EnterpriseTheme;
export const THEMES: readonly Theme[] = [...PERSON_THEMES, ...ENTERPRISE_THEMES];

export const CROSS_REGION_SCOPES = ['none', 'cross_county', 'cross_city', 'cross_province', 'nationwide'] as const;
export type CrossRegionScope = (typeof CROSS_REGION_SCOPES)[number];

export const LIMIT_UNITS = ['working_days', 'natural_days'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** Case kind (办件类型): immediate (即办件) is concluded at the window in one sitting; promised (承诺件) is not. */
export const CASE_KINDS = ['immediate', 'promised'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const MATERIAL_KINDS = ['original', 'copy', 'original_and_copy', 'original_or_copy'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const MATERIAL_FORMS = ['paper', 'electronic', 'both'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];
export const MATERIAL_NECESSITIES = ['required', 'conditional', 'optional'] as const;
export type MaterialNecessity = (typeof MATERIAL_NECESSITIES)[number];
/** Who produces the material: the applicant, a government department (a proof), or someone else. */
export const MATERIAL_SOURCES = ['applicant', 'government', 'other'] as const;
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];

/** Why a proof (证明材料) was cancelled (减证便民). */
export const PROOF_CANCELLATION_REASONS = ['no_legal_basis', 'license_lookup', 'data_sharing', 'commitment'] as const;
export type ProofCancellationReason = (typeof PROOF_CANCELLATION_REASONS)[number];

export const RESULT_TYPES = ['license', 'approval_document', 'certificate', 'filing', 'other', 'none'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Special procedures that stop the clock (特殊环节). */
export const SPECIAL_PROCEDURES = ['hearing', 'expert_review', 'site_inspection', 'testing', 'public_notice'] as const;
export type SpecialProcedure = (typeof SPECIAL_PROCEDURES)[number];

/** Roles that can work a process step. */
export const STEP_ROLES = ['clerk', 'approver'] as const;
export type StepRole = (typeof STEP_ROLES)[number];
