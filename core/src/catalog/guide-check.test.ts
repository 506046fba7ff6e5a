import { describe, expect, it } from 'vitest';
import type { CheckContext, Finding } from './guide-check.ts';
import { blockingFindings, CHECK_RULES, checkImplementation, compareFindings, summarizeFindings } from './guide-check.ts';
import type { ImplementationContent, ProcessStep } from './implementation.ts';
import { FIXTURE_CANCELLED_PROOF_CODE, validImplementationFixture } from './guide-check/fixtures.ts';
import { validateImplementationCode } from './item-codes.ts';

type Fixture = { content: ImplementationContent; ctx: CheckContext };

interface RuleCase {
  rule: string;
  name: string;
  mutate: (f: Fixture) => void;
  /** Exact paths of the findings, in the engine's order. */
  paths: string[];
  /** Text the Chinese message must name (the offending material, field, value). */
  mentions?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers that turn the fixture into another consistent shape, so that a case changes only what its rule checks.

function step(key: string, name: string, role: ProcessStep['role'], value: number): ProcessStep {
  return { key, name, role, limit: { value, unit: 'working_days' } };
}

/** A consistent immediate item: concluded on the spot in one decision step, no special procedure, no commitment. */
function makeImmediate(c: ImplementationContent): void {
  c.caseKind = 'immediate';
  c.promisedLimit = { value: 0, unit: 'working_days' };
  c.process = [step('decide', '决定', 'approver', 0)];
  c.specialProcedures = [];
  c.allowsCommitment = false;
}

/** A consistent charged item: one fee with basis, payable online. */
function withFee(c: ImplementationContent): void {
  c.fees = [{ item: '证照工本费', standard: '每本 10 元', basis: '《关于规范证照工本费的通知》（内发改费字〔2019〕12号）', reducible: false }];
  c.channels.push('payment');
}

/** Online depth 4 (online acceptance): not full-online, so trips and post matter. */
function makeDepth4(c: ImplementationContent, trips: number): void {
  c.onlineDepth = 4;
  c.tripsToSite = trips;
  c.visitReason = trips > 0 ? '需到窗口核验经营者身份并领取纸质许可证' : null;
}

const ORDER_LENGTH = 8;
const REQUIRED_LENGTH = 7;

// ---------------------------------------------------------------------------------------------------------------

const CASES: RuleCase[] = [
  // Codes
  { rule: 'basic-code-invalid', name: '11-character basic code', mutate: ({ ctx }) => { ctx.basicItem.code = '01130000000'; }, paths: [''], mentions: '01130000000' },
  { rule: 'basic-code-invalid', name: 'lower-case basic code', mutate: ({ ctx }) => { ctx.basicItem.code = '01130000000a'; }, paths: [''] },
  { rule: 'basic-code-type-mismatch', name: 'type 07 with a 01 code', mutate: ({ ctx }) => { ctx.basicItem.typeCode = '07'; }, paths: [''], mentions: '行政许可' },
  { rule: 'implementation-code-invalid', name: 'level differs from the code', mutate: ({ ctx }) => { ctx.level = 4; }, paths: [''], mentions: '不一致' },
  { rule: 'implementation-code-invalid', name: '30 characters', mutate: ({ ctx }) => { ctx.implementationCode = ctx.implementationCode.slice(0, 30); }, paths: [''], mentions: '31 位' },
  {
    rule: 'implementation-code-invalid', name: 'bad credit-code check character',
    mutate: ({ ctx }) => {
      const c = ctx.implementationCode;
      ctx.implementationCode = `${c.slice(0, 17)}${c[17] === '0' ? '1' : '0'}${c.slice(18)}`;
    },
    paths: [''], mentions: '统一社会信用代码',
  },
  { rule: 'implementation-code-invalid', name: 'department differs', mutate: ({ ctx }) => { ctx.departmentCreditCode = '91150400MA0N1X2Y3Z'; }, paths: [''] },

  // Elements
  { rule: 'name-missing', name: 'blank name', mutate: ({ content }) => { content.name = '  '; }, paths: ['/name'] },
  { rule: 'name-differs-from-basic-item', name: 'another item name', mutate: ({ content }) => { content.name = '食品生产许可'; }, paths: ['/name'], mentions: '食品生产许可' },
  { rule: 'legal-basis-missing', name: 'empty basis', mutate: ({ content }) => { content.legalBasis = ''; }, paths: ['/legalBasis'] },
  { rule: 'conditions-missing', name: 'no conditions', mutate: ({ content }) => { content.conditions = []; }, paths: ['/conditions'] },
  { rule: 'conditions-missing', name: 'a blank condition', mutate: ({ content }) => { content.conditions[1] = ' '; }, paths: ['/conditions/1'] },
  { rule: 'condition-catch-all', name: '法律、法规规定的其他条件', mutate: ({ content }) => { content.conditions.push('法律、法规规定的其他条件'); }, paths: ['/conditions/5'], mentions: '其他条件' },
  { rule: 'place-missing', name: 'empty place', mutate: ({ content }) => { content.place = ''; }, paths: ['/place'] },
  { rule: 'office-hours-missing', name: 'empty hours', mutate: ({ content }) => { content.officeHours = ''; }, paths: ['/officeHours'] },
  { rule: 'phone-missing', name: 'no consultation phone', mutate: ({ content }) => { content.consultationPhone = ''; }, paths: ['/consultationPhone'], mentions: '咨询电话' },
  { rule: 'phone-missing', name: 'no complaint phone', mutate: ({ content }) => { content.complaintPhone = ' '; }, paths: ['/complaintPhone'], mentions: '投诉电话' },
  { rule: 'phone-malformed', name: 'landline without area code', mutate: ({ content }) => { content.consultationPhone = '8336688'; }, paths: ['/consultationPhone'], mentions: '8336688' },
  { rule: 'phone-malformed', name: 'one bad number in a list', mutate: ({ content }) => { content.complaintPhone = '12345、0476-83366'; }, paths: ['/complaintPhone'], mentions: '0476-83366' },
  { rule: 'phone-malformed', name: 'both phones bad', mutate: ({ content }) => { content.consultationPhone = 'abc'; content.complaintPhone = '1234'; }, paths: ['/complaintPhone', '/consultationPhone'] },
  { rule: 'audience-missing', name: 'no audience', mutate: ({ content }) => { content.audiences = []; }, paths: ['/audiences'] },
  { rule: 'themes-missing', name: 'no theme', mutate: ({ content }) => { content.themes = []; }, paths: ['/themes'] },
  { rule: 'theme-audience-mismatch', name: 'person theme for enterprises', mutate: ({ content }) => { content.themes.push('housing'); }, paths: ['/themes/1'], mentions: '住房' },
  { rule: 'theme-audience-mismatch', name: 'enterprise theme for persons', mutate: ({ content }) => { content.audiences = ['natural_person']; }, paths: ['/themes/0'], mentions: '准营' },
  { rule: 'faq-missing', name: 'no FAQ', mutate: ({ content }) => { content.faq = []; }, paths: ['/faq'] },
  { rule: 'faq-entry-incomplete', name: 'answer missing', mutate: ({ content }) => { content.faq[0]!.answer = ''; }, paths: ['/faq/0/answer'] },
  { rule: 'faq-entry-incomplete', name: 'empty entry', mutate: ({ content }) => { content.faq.push({ question: '', answer: '' }); }, paths: ['/faq/1/answer', '/faq/1/question'] },
  { rule: 'commitment-immediate', name: 'commitment on an immediate item', mutate: ({ content }) => { makeImmediate(content); content.allowsCommitment = true; }, paths: ['/allowsCommitment'] },

  // Materials (0 application-form, 1 business-license, 2 facilities-layout, 3 food-safety-rules, 4 vending-machine, 5 power-of-attorney)
  { rule: 'materials-missing', name: 'no materials', mutate: ({ content }) => { content.materials = []; }, paths: ['/materials'] },
  { rule: 'material-name-missing', name: 'blank name', mutate: ({ content }) => { content.materials[2]!.name = ''; }, paths: ['/materials/2/name'] },
  ...['其他材料', '相关材料', '其他相关材料', '营业执照等材料', '有关材料', '其它证明', '申请人认为需要提交的其他有关材料', '其他必要材料', '相关证明文件'].map(
    (name): RuleCase => ({
      rule: 'material-catch-all', name, mutate: ({ content }) => { content.materials[3]!.name = name; }, paths: ['/materials/3/name'], mentions: name,
    }),
  ),
  { rule: 'material-key-format', name: 'upper case and underscore', mutate: ({ content }) => { content.materials[2]!.key = 'Facilities_Layout'; }, paths: ['/materials/2/key'], mentions: 'Facilities_Layout' },
  { rule: 'material-key-format', name: 'empty key', mutate: ({ content }) => { content.materials[2]!.key = ''; }, paths: ['/materials/2/key'] },
  { rule: 'material-duplicate-key', name: 'key reused', mutate: ({ content }) => { content.materials[3]!.key = 'facilities-layout'; }, paths: ['/materials/3/key'], mentions: 'facilities-layout' },
  {
    rule: 'material-duplicate-name', name: 'same name with spaces',
    mutate: ({ content }) => { content.materials[3]!.name = ` ${content.materials[2]!.name.replace('、', ' 、')} `; },
    paths: ['/materials/3/name'], mentions: '主要设备设施清单',
  },
  { rule: 'required-material-without-basis', name: 'null basis', mutate: ({ content }) => { content.materials[2]!.legalBasis = null; }, paths: ['/materials/2/legalBasis'], mentions: '主要设备设施清单' },
  { rule: 'required-material-without-basis', name: 'blank basis', mutate: ({ content }) => { content.materials[0]!.legalBasis = '  '; }, paths: ['/materials/0/legalBasis'], mentions: '食品经营许可申请书' },
  { rule: 'conditional-material-without-basis', name: 'conditional, no basis', mutate: ({ content }) => { content.materials[4]!.legalBasis = null; }, paths: ['/materials/4/legalBasis'] },
  { rule: 'conditional-material-without-condition', name: 'condition removed', mutate: ({ content }) => { delete content.materials[5]!.condition; }, paths: ['/materials/5/condition'], mentions: '授权委托书' },
  { rule: 'required-material-with-condition', name: 'required with a condition', mutate: ({ content }) => { content.materials[2]!.condition = '从事网络食品销售的'; }, paths: ['/materials/2/necessity'], mentions: '从事网络食品销售的' },
  { rule: 'material-paper-copies', name: 'both, zero copies', mutate: ({ content }) => { content.materials[2]!.paperCopies = 0; }, paths: ['/materials/2/paperCopies'] },
  { rule: 'material-paper-copies', name: 'paper, half a copy', mutate: ({ content }) => { content.materials[3]!.form = 'paper'; content.materials[3]!.paperCopies = 0.5; }, paths: ['/materials/3/paperCopies'] },
  { rule: 'application-form-without-template', name: 'no blank application form', mutate: ({ content }) => { content.materials[0]!.blankFormFile = null; }, paths: ['/materials/0/blankFormFile'], mentions: '食品经营许可申请书' },
  { rule: 'application-form-without-sample', name: 'no sample power of attorney', mutate: ({ content }) => { delete content.materials[5]!.sampleFile; }, paths: ['/materials/5/sampleFile'] },
  {
    rule: 'cancelled-proof-required', name: 'required cancelled proof',
    mutate: ({ content }) => { content.materials[3]!.proofCode = FIXTURE_CANCELLED_PROOF_CODE; }, paths: ['/materials/3/necessity'], mentions: FIXTURE_CANCELLED_PROOF_CODE,
  },
  {
    rule: 'cancelled-proof-required', name: 'conditional cancelled proof',
    mutate: ({ content }) => { content.materials[4]!.proofCode = FIXTURE_CANCELLED_PROOF_CODE; }, paths: ['/materials/4/necessity'], mentions: '自动设备',
  },
  { rule: 'government-material-shareable', name: 'business licence not linked', mutate: ({ content }) => { content.materials[1]!.satisfiedByLicenseType = null; }, paths: ['/materials/1/source'], mentions: '营业执照' },

  // Time limits and process
  { rule: 'limit-invalid', name: 'negative legal limit', mutate: ({ content }) => { content.legalLimit.value = -1; }, paths: ['/legalLimit/value'] },
  { rule: 'limit-invalid', name: 'unknown unit', mutate: ({ content }) => { content.promisedLimit.unit = 'hours' as never; }, paths: ['/promisedLimit/unit'] },
  { rule: 'limit-invalid', name: 'NaN step limit', mutate: ({ content }) => { content.process[0]!.limit.value = Number.NaN; }, paths: ['/process/0/limit/value'] },
  { rule: 'limit-invalid', name: 'missing legal limit', mutate: ({ content }) => { content.legalLimit = null as never; }, paths: ['/legalLimit'] },
  { rule: 'promised-exceeds-legal', name: '12 of 10 working days', mutate: ({ content }) => { content.promisedLimit.value = 12; }, paths: ['/promisedLimit'], mentions: '12 个工作日' },
  { rule: 'promised-exceeds-legal', name: '15 natural days over 10 working days (14)', mutate: ({ content }) => { content.promisedLimit = { value: 15, unit: 'natural_days' }; }, paths: ['/promisedLimit'] },
  { rule: 'zero-legal-limit', name: 'legal limit 0', mutate: ({ content }) => { content.legalLimit.value = 0; }, paths: ['/legalLimit/value'] },
  { rule: 'promised-item-zero-limit', name: 'promised 0', mutate: ({ content }) => { content.promisedLimit.value = 0; }, paths: ['/promisedLimit/value'] },
  { rule: 'immediate-promised-limit', name: 'immediate promising 3 days', mutate: ({ content }) => { makeImmediate(content); content.promisedLimit.value = 2; }, paths: ['/promisedLimit/value'] },
  { rule: 'compression-above-target', name: '3 of 10 working days', mutate: ({ content }) => { content.promisedLimit.value = 3; }, paths: ['/promisedLimit'], mentions: '30%' },
  { rule: 'compression-above-target', name: '4 natural of 10 working days (28.6 %)', mutate: ({ content }) => { content.promisedLimit = { value: 4, unit: 'natural_days' }; }, paths: ['/promisedLimit'], mentions: '28.6%' },
  { rule: 'compression-above-upper-target', name: 'provincial item at 60 %', mutate: ({ content, ctx }) => { ctx.isLocalItem = false; content.promisedLimit.value = 6; }, paths: ['/promisedLimit'], mentions: '60%' },
  {
    rule: 'immediate-multi-step', name: 'immediate with review and decision',
    mutate: ({ content }) => { makeImmediate(content); content.process = [step('review', '审查', 'clerk', 0), step('decide', '决定', 'approver', 0)]; }, paths: ['/process'],
  },
  { rule: 'process-missing', name: 'no steps', mutate: ({ content }) => { content.process = []; }, paths: ['/process'] },
  {
    rule: 'process-too-many-steps', name: 'four steps',
    mutate: ({ content }) => {
      content.process = [step('pre-review', '初审', 'clerk', 0.5), step('review', '审查', 'clerk', 0.5), step('recheck', '复核', 'approver', 0.5), step('decide', '决定', 'approver', 0.5)];
    },
    paths: ['/process'],
  },
  { rule: 'last-step-not-decision', name: 'decision by a clerk', mutate: ({ content }) => { content.process[1]!.role = 'clerk'; }, paths: ['/process/1/role'], mentions: '决定' },
  { rule: 'step-limits-exceed-promised', name: '1 + 2 > 2 working days', mutate: ({ content }) => { content.process[1]!.limit.value = 2; }, paths: ['/process'] },
  {
    rule: 'step-limits-exceed-promised', name: 'mixed units: 2 + 2 natural > 2 working days (2.8)',
    mutate: ({ content }) => { content.process[0]!.limit = { value: 2, unit: 'natural_days' }; content.process[1]!.limit = { value: 2, unit: 'natural_days' }; },
    paths: ['/process'],
  },
  { rule: 'process-step-invalid', name: 'duplicate step key', mutate: ({ content }) => { content.process[1]!.key = 'review'; }, paths: ['/process/1/key'] },
  { rule: 'process-step-invalid', name: 'unnamed step', mutate: ({ content }) => { content.process[0]!.name = ''; }, paths: ['/process/0/name'] },
  { rule: 'process-step-invalid', name: 'unknown role', mutate: ({ content }) => { content.process[0]!.role = 'nobody' as never; }, paths: ['/process/0/role'] },
  { rule: 'special-procedure-immediate', name: 'site inspection on an immediate item', mutate: ({ content }) => { makeImmediate(content); content.specialProcedures = ['site_inspection']; }, paths: ['/specialProcedures'] },

  // Online depth, trips, channels
  { rule: 'online-depth-invalid', name: 'depth 8', mutate: ({ content }) => { content.onlineDepth = 8 as never; }, paths: ['/onlineDepth'] },
  { rule: 'channels-missing', name: 'no channels', mutate: ({ content }) => { content.channels = []; }, paths: ['/channels'] },
  {
    rule: 'full-online-with-trips', name: 'full-online with one trip',
    mutate: ({ content }) => { content.tripsToSite = 1; content.visitReason = '需到窗口领取纸质许可证'; }, paths: ['/tripsToSite'],
  },
  { rule: 'full-online-without-online-channel', name: 'hall and post only', mutate: ({ content }) => { content.channels = ['hall', 'post']; }, paths: ['/channels'] },
  { rule: 'online-depth-without-online-channel', name: 'pre-review without online channel', mutate: ({ content }) => { content.onlineDepth = 3; content.channels = ['hall', 'post']; }, paths: ['/channels'] },
  { rule: 'trips-invalid', name: 'negative trips', mutate: ({ content }) => { content.tripsToSite = -1; }, paths: ['/tripsToSite'] },
  { rule: 'trips-invalid', name: 'fractional trips', mutate: ({ content }) => { content.tripsToSite = 1.5; }, paths: ['/tripsToSite'] },
  { rule: 'trips-without-visit-reason', name: 'one trip, no reason', mutate: ({ content }) => { makeDepth4(content, 1); content.visitReason = null; }, paths: ['/visitReason'] },
  { rule: 'trips-exceed-one', name: 'two trips', mutate: ({ content }) => { makeDepth4(content, 2); }, paths: ['/tripsToSite'] },
  { rule: 'trips-without-hall-channel', name: 'a trip but no hall', mutate: ({ content }) => { makeDepth4(content, 1); content.channels = ['online', 'mobile', 'post']; }, paths: ['/channels'] },
  { rule: 'zero-trips-unsupported', name: 'zero trips without post at depth 4', mutate: ({ content }) => { makeDepth4(content, 0); content.channels = ['hall', 'online', 'mobile']; }, paths: ['/tripsToSite'] },
  { rule: 'e-license-depth-without-license', name: 'depth 7 without licence type', mutate: ({ content }) => { content.onlineDepth = 7; content.result.licenseTypeCode = null; }, paths: ['/onlineDepth'] },
  { rule: 'e-license-depth-without-license', name: 'depth 7 with an approval document', mutate: ({ content }) => { content.onlineDepth = 7; content.result.type = 'approval_document'; }, paths: ['/onlineDepth'] },

  // Form
  {
    rule: 'online-form-empty', name: 'no fields at depth 5',
    mutate: ({ content }) => { content.form = { schema: { type: 'object', properties: {} }, ui: { order: [], fields: {} } }; }, paths: ['/form/schema/properties'],
  },
  { rule: 'form-schema-type', name: 'array schema', mutate: ({ content }) => { content.form.schema.type = 'array' as never; }, paths: ['/form/schema/type'] },
  { rule: 'form-required-unknown', name: 'unknown required field', mutate: ({ content }) => { content.form.schema.required!.push('registeredCapital'); }, paths: [`/form/schema/required/${REQUIRED_LENGTH}`], mentions: 'registeredCapital' },
  {
    rule: 'form-required-unknown', name: 'unknown field in a then clause',
    mutate: ({ content }) => { content.form.schema.allOf![0]!.then = { required: ['vendingMachineAddress'] }; }, paths: ['/form/schema/allOf/0/then/required/0'],
  },
  {
    rule: 'form-required-unknown', name: 'unknown field in an if clause',
    mutate: ({ content }) => { content.form.schema.allOf![0]!.if = { properties: { usesVendingMachines: { const: true } } }; }, paths: ['/form/schema/allOf/0/if/properties/usesVendingMachines'],
  },
  { rule: 'form-order-mismatch', name: 'unknown field in order', mutate: ({ content }) => { content.form.ui.order.push('registeredCapital'); }, paths: [`/form/ui/order/${ORDER_LENGTH}`] },
  { rule: 'form-order-mismatch', name: 'field missing from order', mutate: ({ content }) => { content.form.ui.order = content.form.ui.order.filter((k) => k !== 'contactPhone'); }, paths: ['/form/schema/properties/contactPhone'], mentions: 'contactPhone' },
  { rule: 'form-order-mismatch', name: 'field twice in order', mutate: ({ content }) => { content.form.ui.order.push('operatorName'); }, paths: [`/form/ui/order/${ORDER_LENGTH}`] },
  { rule: 'form-ui-field-unknown', name: 'hints for an unknown field', mutate: ({ content }) => { content.form.ui.fields.registeredCapital = { widget: 'number' }; }, paths: ['/form/ui/fields/registeredCapital'] },
  { rule: 'form-ui-field-unknown', name: 'pointer escaping', mutate: ({ content }) => { content.form.ui.fields['a/b~c'] = { widget: 'input' }; }, paths: ['/form/ui/fields/a~1b~0c'] },
  {
    rule: 'form-show-when-invalid', name: 'unknown controlling field',
    mutate: ({ content }) => { content.form.ui.fields.vendingMachineLocation!.showWhen = { field: 'usesVendingMachines', equals: true }; },
    paths: ['/form/ui/fields/vendingMachineLocation/showWhen/field'], mentions: 'usesVendingMachines',
  },
  {
    rule: 'form-show-when-invalid', name: 'controlled by itself',
    mutate: ({ content }) => { content.form.ui.fields.vendingMachineLocation!.showWhen = { field: 'vendingMachineLocation', equals: true }; },
    paths: ['/form/ui/fields/vendingMachineLocation/showWhen/field'],
  },
  {
    rule: 'form-show-when-invalid', name: 'no value',
    mutate: ({ content }) => { content.form.ui.fields.vendingMachineLocation!.showWhen = { field: 'usesVendingMachine' } as never; },
    paths: ['/form/ui/fields/vendingMachineLocation/showWhen/equals'],
  },
  { rule: 'form-title-missing', name: 'untitled field', mutate: ({ content }) => { delete content.form.schema.properties.contactPhone!.title; }, paths: ['/form/schema/properties/contactPhone/title'] },
  {
    rule: 'form-conditional-field-required', name: 'hidden field always required',
    mutate: ({ content }) => { content.form.schema.required!.push('vendingMachineLocation'); }, paths: [`/form/schema/required/${REQUIRED_LENGTH}`], mentions: 'vendingMachineLocation',
  },

  // Fees and result
  { rule: 'payment-without-fees', name: 'payment channel, free item', mutate: ({ content }) => { content.channels.push('payment'); }, paths: ['/channels/4'] },
  { rule: 'fee-without-online-payment', name: 'charged full-online item without payment', mutate: ({ content }) => { withFee(content); content.channels.pop(); }, paths: ['/channels'] },
  { rule: 'fee-incomplete', name: 'no standard', mutate: ({ content }) => { withFee(content); content.fees[0]!.standard = ''; }, paths: ['/fees/0/standard'] },
  { rule: 'fee-incomplete', name: 'no item', mutate: ({ content }) => { withFee(content); content.fees[0]!.item = ''; }, paths: ['/fees/0/item'] },
  { rule: 'fee-without-basis', name: 'no basis', mutate: ({ content }) => { withFee(content); content.fees[0]!.basis = ' '; }, paths: ['/fees/0/basis'], mentions: '证照工本费' },
  { rule: 'reducible-fee-without-reduction-basis', name: 'reducible, no basis', mutate: ({ content }) => { withFee(content); content.fees[0]!.reducible = true; }, paths: ['/fees/0/reductionBasis'] },
  { rule: 'result-name-missing', name: 'unnamed result', mutate: ({ content }) => { content.result.name = ''; }, paths: ['/result/name'] },
  { rule: 'result-sample-missing', name: 'no sample', mutate: ({ content }) => { content.result.sampleFile = null; }, paths: ['/result/sampleFile'], mentions: '食品经营许可证' },
  { rule: 'result-license-type-missing', name: 'licence without type', mutate: ({ content }) => { content.result.licenseTypeCode = null; }, paths: ['/result/licenseTypeCode'] },
];

/** Mutations that keep the implementation consistent: no finding at all. */
const CLEAN_VARIANTS: { name: string; mutate: (f: Fixture) => void }[] = [
  { name: 'an immediate item in one decision step', mutate: ({ content }) => makeImmediate(content) },
  { name: 'a charged item with online payment', mutate: ({ content }) => withFee(content) },
  { name: 'a reducible fee with its basis', mutate: ({ content }) => { withFee(content); content.fees[0]!.reducible = true; content.fees[0]!.reductionBasis = '小微企业免收（财税〔2019〕13号）'; } },
  { name: 'an optional material that is a cancelled proof', mutate: ({ content }) => { content.materials[3]!.necessity = 'optional'; content.materials[3]!.proofCode = FIXTURE_CANCELLED_PROOF_CODE; } },
  { name: 'a required material that is a kept proof', mutate: ({ content }) => { content.materials[3]!.proofCode = 'ZM150400-0099'; } },
  { name: 'a government material listed as a proof', mutate: ({ content }) => { content.materials[1]!.satisfiedByLicenseType = null; content.materials[1]!.proofCode = 'ZM150400-0099'; } },
  { name: 'promised exactly 25 % in working days (2.5 of 10)', mutate: ({ content }) => { content.promisedLimit.value = 2.5; } },
  { name: 'promised 3 natural days of 10 working days (21.4 %)', mutate: ({ content }) => { content.promisedLimit = { value: 3, unit: 'natural_days' }; } },
  { name: 'a provincial item at 50 %', mutate: ({ content, ctx }) => { ctx.isLocalItem = false; content.promisedLimit.value = 5; } },
  { name: 'depth 7 with a licence type', mutate: ({ content }) => { content.onlineDepth = 7; } },
  { name: 'consultation only, no form', mutate: ({ content }) => { content.onlineDepth = 1; content.form = { schema: { type: 'object', properties: {} }, ui: { order: [], fields: {} } }; } },
  { name: 'one trip with reason and hall at depth 4', mutate: ({ content }) => makeDepth4(content, 1) },
  { name: 'zero trips at depth 4 with postal delivery', mutate: ({ content }) => makeDepth4(content, 0) },
  { name: 'a result of type none without name or sample', mutate: ({ content }) => { content.result = { name: '', type: 'none' }; } },
  { name: 'mobile-only full-online handling', mutate: ({ content }) => { content.channels = ['mobile', 'post']; } },
  { name: 'three steps', mutate: ({ content }) => { content.process = [step('review', '审查', 'clerk', 0.5), step('recheck', '复核', 'approver', 0.5), step('decide', '决定', 'approver', 1)]; } },
  { name: 'phones: mobile, bracketed area code, extension', mutate: ({ content }) => { content.consultationPhone = '13904761234；(0476)8336688'; content.complaintPhone = '0476-83366880转801'; } },
  { name: 'a person theme with both audiences', mutate: ({ content }) => { content.audiences = ['enterprise', 'natural_person']; content.themes.push('employment'); } },
];

function run(mutate?: (f: Fixture) => void): Finding[] {
  const f = validImplementationFixture();
  mutate?.(f);
  return checkImplementation(f.content, f.ctx);
}

const RULE_BY_ID = new Map(CHECK_RULES.map((r) => [r.id, r]));

describe('the fixture', () => {
  it('is a consistent implementation with no finding at all', () => {
    expect(run()).toEqual([]);
  });

  it('has a well-formed 31-character implementation code', () => {
    const { ctx } = validImplementationFixture();
    expect(ctx.implementationCode).toHaveLength(31);
    expect(validateImplementationCode(ctx.implementationCode, { departmentCreditCode: ctx.departmentCreditCode, level: ctx.level, basicCode: ctx.basicItem.code })).toEqual({ valid: true });
  });

  it('returns fresh objects on every call', () => {
    const a = validImplementationFixture();
    a.content.materials.pop();
    a.content.form.ui.order.pop();
    const b = validImplementationFixture();
    expect(b.content.materials).toHaveLength(6);
    expect(b.content.form.ui.order).toHaveLength(ORDER_LENGTH);
    expect(b.content.form.schema.required).toHaveLength(REQUIRED_LENGTH);
  });

  it.each(CLEAN_VARIANTS)('stays clean as $name', ({ mutate }) => {
    expect(run(mutate)).toEqual([]);
  });
});

describe('each rule', () => {
  it.each(CASES)('$rule fires alone: $name', ({ rule, mutate, paths, mentions }) => {
    const findings = run(mutate);
    expect(findings.map((f) => f.rule)).toEqual(paths.map(() => rule));
    expect(findings.map((f) => f.path)).toEqual(paths);
    const def = RULE_BY_ID.get(rule);
    expect(def).toBeDefined();
    for (const f of findings) {
      expect(f.severity).toBe(def!.severity);
      expect(f.blocksSave).toBe(def!.blocksSave);
      expect(f.message.zh.trim()).not.toBe('');
      expect(f.message.en.trim()).not.toBe('');
      expect(f.hint.zh.trim()).not.toBe('');
      expect(f.hint.en.trim()).not.toBe('');
    }
    expect(blockingFindings(findings).length > 0).toBe(def!.blocksSave);
    if (mentions !== undefined) expect(findings.some((f) => f.message.zh.includes(mentions))).toBe(true);
  });

  it('has at least one case for every rule in CHECK_RULES', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(CHECK_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('names only rules listed in CHECK_RULES, in every finding the cases produce', () => {
    const seen = new Set(CASES.flatMap((c) => run(c.mutate).map((f) => f.rule)));
    expect([...seen].filter((id) => !RULE_BY_ID.has(id))).toEqual([]);
    expect(seen.size).toBe(CHECK_RULES.length);
  });
});

describe('CHECK_RULES', () => {
  const BLOCKING = [
    'basic-code-invalid', 'cancelled-proof-required', 'full-online-with-trips', 'immediate-multi-step', 'implementation-code-invalid',
    'promised-exceeds-legal', 'required-material-without-basis',
  ];

  it('has unique, kebab-case ids and at least 25 rules', () => {
    const ids = CHECK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('blocks saving exactly for the consistency rules, all of them errors', () => {
    expect(CHECK_RULES.filter((r) => r.blocksSave).map((r) => r.id).sort()).toEqual(BLOCKING);
    for (const r of CHECK_RULES.filter((x) => x.blocksSave)) expect(r.severity).toBe('error');
  });

  it('gives every rule a bilingual title', () => {
    for (const r of CHECK_RULES) {
      expect(r.title.zh.trim(), r.id).not.toBe('');
      expect(r.title.en.trim(), r.id).not.toBe('');
      expect(r.title.zh, r.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('is plain data the UI can serialise, and frozen', () => {
    expect(JSON.parse(JSON.stringify(CHECK_RULES))).toEqual(CHECK_RULES);
    expect(Object.isFrozen(CHECK_RULES)).toBe(true);
    expect(Object.keys(CHECK_RULES[0]!).sort()).toEqual(['blocksSave', 'id', 'severity', 'title']);
  });
});

describe('checkImplementation', () => {
  /** Several problems at once: errors, warnings and infos at various paths. */
  function messy(f: Fixture): void {
    f.content.themes = []; // info /themes
    f.content.promisedLimit.value = 12; // error, blocking /promisedLimit
    f.content.materials[2]!.legalBasis = null; // error, blocking /materials/2/legalBasis
    f.content.materials[0]!.blankFormFile = null; // warning /materials/0/blankFormFile
    f.content.faq = []; // info /faq
    f.content.place = ''; // error /place
    f.content.channels.push('payment'); // warning /channels/4
    f.content.result.licenseTypeCode = null; // info /result/licenseTypeCode
  }

  it('sorts by severity, then path', () => {
    expect(run(messy).map((f) => `${f.severity} ${f.path} ${f.rule}`)).toEqual([
      'error /materials/2/legalBasis required-material-without-basis',
      'error /place place-missing',
      'error /promisedLimit promised-exceeds-legal',
      'warning /channels/4 payment-without-fees',
      'warning /materials/0/blankFormFile application-form-without-template',
      'info /faq faq-missing',
      'info /result/licenseTypeCode result-license-type-missing',
      'info /themes themes-missing',
    ]);
  });

  it('orders numeric path segments numerically', () => {
    const f = (path: string): Finding => ({ rule: 'x', severity: 'error', blocksSave: false, path, message: { zh: '', en: '' }, hint: { zh: '', en: '' } });
    const sorted = ['/name', '/materials/10/name', '/materials/2/name', '', '/materials/2'].map(f).sort(compareFindings).map((x) => x.path);
    expect(sorted).toEqual(['', '/materials/2', '/materials/2/name', '/materials/10/name', '/name']);
  });

  it('reports every material that breaks a rule, each at its own path', () => {
    const findings = run(({ content }) => {
      content.materials[2]!.legalBasis = null;
      content.materials[3]!.legalBasis = '';
    });
    expect(findings.map((f) => f.path)).toEqual(['/materials/2/legalBasis', '/materials/3/legalBasis']);
  });

  it('does not mutate its input', () => {
    const { content, ctx } = validImplementationFixture();
    messy({ content, ctx });
    const before = JSON.stringify(content);
    checkImplementation(content, ctx);
    expect(JSON.stringify(content)).toBe(before);
  });
});

describe('blockingFindings and summarizeFindings', () => {
  it('picks the consistency findings and counts by severity', () => {
    const findings = run(({ content }) => {
      content.promisedLimit.value = 12; // blocking error
      content.tripsToSite = 1; // blocking error (full-online with trips)
      content.visitReason = '领取纸质证书';
      content.place = ''; // non-blocking error
      content.materials[0]!.blankFormFile = null; // warning
      content.themes = []; // info
      content.faq = []; // info
    });
    expect(blockingFindings(findings).map((f) => f.rule).sort()).toEqual(['full-online-with-trips', 'promised-exceeds-legal']);
    expect(summarizeFindings(findings)).toEqual({ error: 3, warning: 1, info: 2 });
  });

  it('is empty and zero for a clean implementation', () => {
    expect(blockingFindings(run())).toEqual([]);
    expect(summarizeFindings(run())).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('robustness', () => {
  const { ctx } = validImplementationFixture();

  it('does not throw on an empty document and reports the missing elements', () => {
    const findings = checkImplementation({} as ImplementationContent, ctx);
    const rules = new Set(findings.map((f) => f.rule));
    for (const r of ['name-missing', 'legal-basis-missing', 'conditions-missing', 'place-missing', 'office-hours-missing', 'phone-missing', 'audience-missing', 'limit-invalid', 'form-schema-type']) {
      expect(rules.has(r), r).toBe(true);
    }
  });

  it('does not throw when any element is missing or null', () => {
    const keys = Object.keys(validImplementationFixture().content);
    for (const key of keys) {
      for (const value of [undefined, null, 'x', 0, []]) {
        const { content, ctx: c } = validImplementationFixture();
        (content as unknown as Record<string, unknown>)[key] = value;
        expect(() => checkImplementation(content, c), `${key} = ${JSON.stringify(value)}`).not.toThrow();
      }
    }
  });

  it('does not throw on broken members inside arrays and objects', () => {
    const { content, ctx: c } = validImplementationFixture();
    const broken = content as unknown as Record<string, unknown>;
    broken.materials = [null, {}, 'x', { name: 42, necessity: 'required', form: 'paper' }];
    broken.process = [null, {}, { limit: 'soon' }];
    broken.fees = [null, {}];
    broken.faq = [null, {}];
    broken.conditions = [null, 3];
    broken.result = { type: 'license' };
    broken.form = { schema: { type: 'object', properties: { a: null, b: 'x' }, required: 'a', allOf: [null, { if: 1, then: { required: 'b' } }] }, ui: { order: 'a', fields: { a: null, b: { showWhen: 'x' } } } };
    expect(() => checkImplementation(content, c)).not.toThrow();
    const rules = new Set(checkImplementation(content, c).map((f) => f.rule));
    expect(rules.has('material-name-missing')).toBe(true);
    expect(rules.has('process-step-invalid')).toBe(true);
    expect(rules.has('form-title-missing')).toBe(true);
  });

  it('reports an implementation code of the wrong type instead of throwing', () => {
    const { content, ctx: c } = validImplementationFixture();
    c.implementationCode = undefined as never;
    expect(checkImplementation(content, c).map((f) => f.rule)).toEqual(['implementation-code-invalid']);
  });
});
