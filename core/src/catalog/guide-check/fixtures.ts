/**
 * A complete, consistent implementation for tests: 食品经营许可 as a city-level market-regulation bureau
 * (Chifeng, 150400) implements it — legal limit 10 working days (《食品经营许可和备案管理办法》第二十一条), promised
 * 2 working days (20 %), review → decision, full-online with zero trips, a form with one conditional field.
 * It passes every guide-check rule without a single finding. Each call returns fresh objects, safe to mutate.
 */
import { buildCreditCode } from '../../identity/credit-code.ts';
import type { CheckContext } from '../guide-check.ts';
import type { ImplementationContent } from '../implementation.ts';
import { buildBasicCode, buildImplementationCode } from '../item-codes.ts';

/** 赤峰市市场监督管理局 (fictitious organisation code, valid check characters). */
export const FIXTURE_DEPARTMENT_CREDIT_CODE = buildCreditCode('1', '1', '150400', 'MB159837');
export const FIXTURE_BASIC_CODE = buildBasicCode('01', 130);
/** A proof the fixture's proof catalogue lists as cancelled (no material of the fixture uses it). */
export const FIXTURE_CANCELLED_PROOF_CODE = 'ZM150400-0031';
/** E-licence type of the business licence (defining authority's credit code + sequence, GB/T 36904). */
export const FIXTURE_BUSINESS_LICENSE_TYPE = '11100000000013338W001';
/** E-licence type of the food business licence. */
export const FIXTURE_FOOD_LICENSE_TYPE = '11100000000013338W032';

const FOOD_LAW = '《中华人民共和国食品安全法》';
const MEASURES = '《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）';

export function validImplementationFixture(): { content: ImplementationContent; ctx: CheckContext } {
  const content: ImplementationContent = {
    name: '食品经营许可',
    legalBasis: `${FOOD_LAW}第三十五条第一款；${MEASURES}第二条、第十二条`,
    conditions: [
      '申请人已取得营业执照或者其他合法主体资格',
      '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存场所，保持该场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离',
      '具有与经营的食品品种、数量相适应的经营设备或者设施',
      '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度',
      '具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染',
    ],
    materials: [
      {
        key: 'application-form',
        name: '食品经营许可申请书',
        kind: 'original',
        form: 'both',
        necessity: 'required',
        paperCopies: 1,
        paperSize: 'A4',
        source: 'applicant',
        fillingInstructions: '由法定代表人（负责人）签字并加盖公章；网上申请的，在线填写后电子签名。',
        blankFormFile: 'guides/food-business-license/application-form.docx',
        sampleFile: 'guides/food-business-license/application-form-sample.pdf',
        acceptanceStandard: '内容填写完整，经营项目与营业执照经营范围一致，签字盖章齐全。',
        legalBasis: `${MEASURES}第十二条第（一）项`,
        commonMistakes: ['经营场所地址与营业执照登记地址不一致', '未勾选主体业态'],
        proofCode: null,
        satisfiedByLicenseType: null,
      },
      {
        key: 'business-license',
        name: '营业执照',
        kind: 'original_or_copy',
        form: 'electronic',
        necessity: 'required',
        paperCopies: 0,
        source: 'government',
        sourceNote: '市场监督管理部门核发，通过电子证照库调取，申请人无需提交',
        legalBasis: `${MEASURES}第十二条第（二）项`,
        proofCode: null,
        satisfiedByLicenseType: FIXTURE_BUSINESS_LICENSE_TYPE,
      },
      {
        key: 'facilities-layout',
        name: '主要设备设施清单、经营布局图和操作流程',
        kind: 'original',
        form: 'both',
        necessity: 'required',
        paperCopies: 1,
        paperSize: 'A4',
        source: 'applicant',
        acceptanceStandard: '布局图标明各功能区域、面积及主要设备位置。',
        legalBasis: `${MEASURES}第十二条第（三）项`,
      },
      {
        key: 'food-safety-rules',
        name: '保证食品安全的规章制度目录清单',
        kind: 'original',
        form: 'both',
        necessity: 'required',
        paperCopies: 1,
        source: 'applicant',
        acceptanceStandard: '包括食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置制度。',
        legalBasis: `${MEASURES}第十二条第（四）项`,
      },
      {
        key: 'vending-machine',
        name: '自动设备的产品合格证明、具体放置地点及经营者名称、住所、联系方式、食品经营许可证的公示方法',
        kind: 'copy',
        form: 'both',
        necessity: 'conditional',
        condition: '利用自动设备从事食品经营的',
        paperCopies: 1,
        source: 'applicant',
        legalBasis: `${MEASURES}第十三条`,
      },
      {
        key: 'power-of-attorney',
        name: '授权委托书',
        kind: 'original',
        form: 'both',
        necessity: 'conditional',
        condition: '申请人委托他人代为办理的',
        paperCopies: 1,
        source: 'applicant',
        blankFormFile: 'guides/common/power-of-attorney.docx',
        sampleFile: 'guides/common/power-of-attorney-sample.pdf',
        legalBasis: `${MEASURES}第十二条第二款`,
        remarks: '代理人身份通过实名认证核验，无需另交身份证复印件。',
      },
    ],
    fees: [],
    legalLimit: { value: 10, unit: 'working_days', note: '自受理申请之日起 10 个工作日内作出决定' },
    promisedLimit: { value: 2, unit: 'working_days', note: '现场核查时间不计入承诺时限' },
    caseKind: 'promised',
    process: [
      {
        key: 'review',
        name: '审查',
        role: 'clerk',
        limit: { value: 1, unit: 'working_days' },
        reviewRules: '核对申请材料与受理条件；需要现场核查的，组织核查并形成核查记录。',
      },
      {
        key: 'decide',
        name: '决定',
        role: 'approver',
        limit: { value: 1, unit: 'working_days' },
        reviewRules: '符合条件的作出准予许可决定并签发电子证照；不符合的作出不予许可决定并说明理由。',
      },
    ],
    specialProcedures: ['site_inspection'],
    result: {
      name: '食品经营许可证',
      type: 'license',
      sampleFile: 'guides/food-business-license/license-sample.pdf',
      licenseTypeCode: FIXTURE_FOOD_LICENSE_TYPE,
    },
    onlineDepth: 5,
    tripsToSite: 0,
    visitReason: null,
    channels: ['hall', 'online', 'mobile', 'post'],
    crossRegionScope: 'none',
    audiences: ['enterprise'],
    themes: ['permits'],
    place: '赤峰市政务服务中心二楼市场监管综合受理窗口（红山区临潢大街）',
    officeHours: '周一至周五 上午 8:30—12:00，下午 14:30—17:30（法定节假日除外）',
    consultationPhone: '0476-8336688',
    complaintPhone: '12345、12315',
    faq: [
      {
        question: '网上申请后还需要到窗口提交纸质材料吗？',
        answer: '不需要。全程网办事项在线提交电子材料即可，许可证可选择邮寄或下载电子证照。',
      },
    ],
    form: {
      schema: {
        type: 'object',
        properties: {
          operatorName: { type: 'string', title: '经营者名称', maxLength: 100 },
          creditCode: { type: 'string', title: '统一社会信用代码', pattern: '^[0-9A-HJ-NP-RTUWXY]{18}$' },
          legalRepresentative: { type: 'string', title: '法定代表人（负责人）' },
          contactPhone: { type: 'string', title: '联系电话' },
          premisesAddress: { type: 'string', title: '经营场所' },
          businessCategory: { type: 'string', title: '主体业态', enum: ['食品销售经营者', '餐饮服务经营者', '单位食堂'] },
          usesVendingMachine: { type: 'boolean', title: '是否利用自动设备从事食品经营' },
          vendingMachineLocation: { type: 'string', title: '自动设备具体放置地点' },
        },
        required: ['operatorName', 'creditCode', 'legalRepresentative', 'contactPhone', 'premisesAddress', 'businessCategory', 'usesVendingMachine'],
        allOf: [
          {
            if: { properties: { usesVendingMachine: { const: true } }, required: ['usesVendingMachine'] },
            then: { required: ['vendingMachineLocation'] },
          },
        ],
      },
      ui: {
        order: [
          'operatorName', 'creditCode', 'legalRepresentative', 'contactPhone', 'premisesAddress', 'businessCategory',
          'usesVendingMachine', 'vendingMachineLocation',
        ],
        fields: {
          operatorName: { widget: 'input', prefill: 'name' },
          creditCode: { widget: 'credit_code', prefill: 'creditCode' },
          legalRepresentative: { widget: 'input', prefill: 'legalRepresentative' },
          contactPhone: { widget: 'phone', prefill: 'phone' },
          premisesAddress: { widget: 'address', help: '与营业执照登记的住所或经营场所一致' },
          businessCategory: { widget: 'select' },
          usesVendingMachine: { widget: 'radio' },
          vendingMachineLocation: { widget: 'textarea', showWhen: { field: 'usesVendingMachine', equals: true } },
        },
      },
    },
    allowsCommitment: true,
  };
  const ctx: CheckContext = {
    basicItem: { code: FIXTURE_BASIC_CODE, typeCode: '01', name: '食品经营许可' },
    implementationCode: buildImplementationCode(FIXTURE_DEPARTMENT_CREDIT_CODE, 3, FIXTURE_BASIC_CODE),
    departmentCreditCode: FIXTURE_DEPARTMENT_CREDIT_CODE,
    level: 3,
    isLocalItem: true,
    cancelledProofCodes: new Set([FIXTURE_CANCELLED_PROOF_CODE]),
  };
  return { content, ctx };
}
