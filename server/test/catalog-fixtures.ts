import type { ImplementationContent } from '@onetrip/core';

/** A complete, consistent city-level implementation (食品经营许可-like) for server tests. */
export function sampleContent(overrides: Partial<ImplementationContent> = {}): ImplementationContent {
  return {
    name: '食品经营许可（测试）',
    legalBasis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》',
    conditions: ['有与经营的食品品种、数量相适应的经营场所', '有食品安全专业技术人员和管理制度'],
    materials: [
      { key: 'application-form', name: '食品经营许可申请书', kind: 'original', form: 'both', necessity: 'required', paperCopies: 1, source: 'applicant', legalBasis: '《食品经营许可和备案管理办法》第十三条', sampleFile: null, blankFormFile: null },
      { key: 'id-card', name: '法定代表人身份证明', kind: 'copy', form: 'both', necessity: 'required', paperCopies: 1, source: 'government', legalBasis: '《食品经营许可和备案管理办法》第十三条', satisfiedByLicenseType: '11100000000013338W001' },
      { key: 'layout', name: '经营场所平面布局图', kind: 'original', form: 'both', necessity: 'conditional', condition: '经营场所面积 200 平方米以上的', paperCopies: 1, source: 'applicant', legalBasis: '《食品经营许可和备案管理办法》第十三条' },
    ],
    fees: [],
    legalLimit: { value: 20, unit: 'working_days' },
    promisedLimit: { value: 5, unit: 'working_days' },
    caseKind: 'promised',
    process: [
      { key: 'review', name: '审查', role: 'approver', limit: { value: 3, unit: 'working_days' } },
      { key: 'decide', name: '决定', role: 'approver', limit: { value: 2, unit: 'working_days' } },
    ],
    specialProcedures: ['site_inspection'],
    result: { name: '食品经营许可证', type: 'license', sampleFile: null, licenseTypeCode: '11100000000013338W032' },
    onlineDepth: 4,
    tripsToSite: 1,
    visitReason: '领取纸质许可证（可选择邮寄，零跑腿）',
    channels: ['hall', 'online', 'post'],
    crossRegionScope: 'none',
    audiences: ['enterprise'],
    themes: ['permits'],
    place: '赤峰市政务服务中心 B 区企业开办专区',
    officeHours: '周一至周五 9:00–17:00',
    consultationPhone: '0476-8310008',
    complaintPhone: '12345',
    faq: [{ question: '可以网上申请吗？', answer: '可以，登录网上办事大厅提交。' }],
    form: {
      schema: {
        type: 'object',
        properties: {
          operatorName: { type: 'string', title: '经营者名称', maxLength: 100 },
          creditCode: { type: 'string', title: '统一社会信用代码' },
          area: { type: 'number', title: '经营场所面积（平方米）', minimum: 1 },
        },
        required: ['operatorName', 'creditCode', 'area'],
      },
      ui: { order: ['operatorName', 'creditCode', 'area'], fields: { operatorName: { prefill: 'name' }, creditCode: { widget: 'credit_code', prefill: 'creditCode' }, area: { widget: 'number' } } },
    },
    ...overrides,
  };
}
