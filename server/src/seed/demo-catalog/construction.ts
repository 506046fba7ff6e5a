/**
 * Investment and construction projects (工程建设项目审批): the items of the four approval stages — 立项用地规划许可,
 * 工程建设许可, 施工许可, 竣工验收 — run through the one window of the project zone with the project code (项目代码)
 * as the key, so earlier results (立项 filings, permits) are linked by the system instead of uploaded again.
 */
import type { DemoBasicItem, DemoImplementation } from '../demo-catalog.ts';
import {
  agentMaterials, basicItem, buildForm, businessLicense, F, implement, LICENSE_TYPES, material, onTheSpot, reviewAndDecide,
  reviewCheckDecide, workingDays,
} from './common.ts';

const REFORM = '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）';
const INVEST = '《企业投资项目核准和备案管理条例》';
const PLAN = '《中华人民共和国城乡规划法》';
const MULTI = '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）';
const PERMIT = '《建筑工程施工许可管理办法》';
const FIRE = '《建设工程消防设计审查验收管理暂行规定》';
const FILING = '《房屋建筑和市政基础设施工程竣工验收备案管理办法》';
const EIA = '《中华人民共和国环境影响评价法》';
const SWC = '《中华人民共和国水土保持法》';

const PROJECT_AUDIENCES = ['enterprise', 'public_institution', 'government_organ'] as const;

/** Project code from the national investment project platform (投资项目在线审批监管平台). */
const projectCodeField = () => F.text('projectCode', '项目代码', { maxLength: 24, help: '投资项目在线审批监管平台赋予的项目代码，系统据此关联立项、用地、规划等前序审批结果' });
const projectNameField = () => F.text('projectName', '项目名称', { maxLength: 100 });

function stageFaq(stage: string): { question: string; answer: string } {
  return {
    question: '本事项属于工程建设项目审批的哪个阶段？',
    answer: `属于“${stage}”阶段。该阶段各事项在市政务服务中心工程建设项目审批专区“一窗受理、并联审批”，前序审批结果按项目代码自动关联，无需重复提交。`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Basic items

const projectFiling = basicItem('10', 1, 0, '企业投资项目备案', `${INVEST}第三条、第十三条、第十四条；《企业投资项目核准和备案管理办法》`, 7);
const projectApproval = basicItem('01', 30, 0, '企业投资项目核准', `${INVEST}第三条、第六条；《企业投资项目核准和备案管理办法》；《政府核准的投资项目目录》`, 7);
const feasibility = basicItem('10', 2, 0, '政府投资项目可行性研究报告审批', '《政府投资条例》第九条、第十一条', 7);
const sitePreapproval = basicItem('01', 10, 0, '建设项目用地预审与选址意见书核发', `《中华人民共和国土地管理法》第五十二条；${PLAN}第三十六条；《建设项目用地预审管理办法》；${MULTI}`, 7);
const landPlanning = basicItem('01', 11, 0, '建设用地规划许可证核发', `${PLAN}第三十七条、第三十八条；${MULTI}`, 7);
const engineeringPlanning = basicItem('01', 12, 0, '建设工程规划许可证核发', `${PLAN}第四十条`, 7);
const constructionPermit = basicItem('01', 20, 0, '建筑工程施工许可证核发', `《中华人民共和国建筑法》第七条、第八条；${PERMIT}`, 7);
const fireAcceptance = basicItem('01', 21, 0, '建设工程消防验收', `《中华人民共和国消防法》第十三条；${FIRE}`, 7);
const presale = basicItem('01', 22, 0, '商品房预售许可', '《中华人民共和国城市房地产管理法》第四十五条；《城市商品房预售管理办法》', 7);
const completionFiling = basicItem('10', 3, 0, '建设工程竣工验收备案', `《建设工程质量管理条例》第四十九条；${FILING}`, 7);
const jointAcceptance = basicItem('10', 4, 0, '房屋建筑和市政基础设施工程竣工联合验收', `《建设工程质量管理条例》第十六条；${REFORM}`, 7);
const eia = basicItem('01', 91, 0, '建设项目环境影响评价文件审批', `${EIA}第二十二条；《建设项目环境保护管理条例》`, 7);
const eiaReport = basicItem('01', 91, 1, '建设项目环境影响评价文件审批（环境影响报告书）', `${EIA}第十六条、第二十二条；《建设项目环境保护管理条例》`, 7, eia);
const eiaForm = basicItem('01', 91, 2, '建设项目环境影响评价文件审批（环境影响报告表）', `${EIA}第十六条、第二十二条；《建设项目环境保护管理条例》`, 7, eia);
const soilPlan = basicItem('01', 111, 0, '生产建设项目水土保持方案审批', `${SWC}第二十五条、第二十六条；《生产建设项目水土保持方案管理办法》`, 7);

// ---------------------------------------------------------------------------------------------------------------
// 立项用地规划许可

const filingImpl = implement(projectFiling, 'fgw', {
  conditions: [
    '项目属于《政府核准的投资项目目录》以外的企业投资项目',
    '项目符合国家产业政策，不属于产业结构调整指导目录中的淘汰类项目',
    '在开工建设前通过投资项目在线审批监管平台如实告知项目信息',
  ],
  materials: [
    businessLicense(`${INVEST}第十三条`),
  ],
  fees: [],
  legalLimit: workingDays(0, `${INVEST}第十四条：备案机关收到规定的全部信息即为备案`),
  promisedLimit: workingDays(0, '信息齐全的即时备案，在线生成备案证明'),
  caseKind: 'immediate',
  process: onTheSpot('核对告知信息是否齐全：项目单位基本情况、项目名称、建设地点、建设规模和内容、项目总投资额、符合产业政策的声明；信息不齐全的在线指导补正，不作实质审查。'),
  specialProcedures: [],
  result: { name: '企业投资项目备案证明', type: 'filing', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise'],
  themes: ['construction'],
  faq: [
    stageFaq('立项用地规划许可'),
    { question: '备案后项目信息发生变化怎么办？', answer: '项目法人、建设地点发生变更，或者建设规模、建设内容发生较大变更，或者放弃项目建设的，应当通过在线平台及时告知备案机关并修改备案信息。' },
    { question: '备案需要提交可行性研究报告吗？', answer: '不需要。备案实行告知性备案，只需在线填报项目基本信息并作出符合产业政策的声明。' },
  ],
  form: buildForm([
    F.entityName('entityName', '项目单位名称'),
    F.creditCode(),
    F.legalRepresentative(),
    F.phone(),
    projectNameField(),
    F.address('location', '建设地点'),
    F.textarea('scaleAndContent', '建设规模和内容', { maxLength: 1000 }),
    F.amount('totalInvestment', '项目总投资（万元）', { minimum: 0.01 }),
    F.select('industry', '所属行业', ['农牧业', '制造业', '能源', '交通运输', '信息传输和软件', '商贸物流', '文化旅游', '房地产', '社会事业']),
    F.date('plannedStart', '计划开工时间'),
    F.radio('newLand', '是否新增建设用地', ['是', '否']),
    F.amount('landArea', '拟新增用地面积（公顷）', { required: false, minimum: 0.0001 }),
    F.pledge('policyPledge', '符合产业政策声明', '本单位声明：项目符合国家产业政策，告知的项目信息真实、准确、完整，并对信息真实性负责。'),
  ], [{ when: ['newLand', '是'], require: ['landArea'] }]),
});

const approvalImpl = implement(projectApproval, 'fgw', {
  conditions: [
    '项目属于《政府核准的投资项目目录》规定由市级核准的企业投资项目',
    '项目不危害经济安全、社会安全、生态安全，符合相关发展建设规划、产业政策和技术标准',
    '项目合理开发并有效利用资源，不对重大公共利益产生不利影响',
    '依法应当办理用地预审与选址意见书的，已经取得',
  ],
  materials: [
    businessLicense(`${INVEST}第六条`),
    material('application-report', '项目申请书', `${INVEST}第六条`, {
      acceptanceStandard: '包括项目单位情况、拟建项目情况、资源利用和生态环境影响分析、经济和社会影响分析；项目单位可自行编制，也可自主委托具有相关经验的机构编制',
      commonMistakes: ['建设规模与备案或规划条件不一致', '未分析对重大公共利益的影响'],
    }),
    material('site-preapproval', '建设项目用地预审与选址意见书（电子证照调取）', `${INVEST}第六条`, {
      necessity: 'conditional',
      condition: '项目需要新增建设用地的',
      source: 'government',
      sourceNote: '自然资源主管部门核发，系统按项目代码自动关联',
      satisfiedByLicenseType: LICENSE_TYPES.landUsePreapproval,
      acceptanceStandard: '意见书在有效期内，项目名称、用地规模与项目申请书一致',
    }),
    ...agentMaterials(`${INVEST}第六条`),
  ],
  fees: [],
  legalLimit: workingDays(20, `${INVEST}：自受理申请之日起 20 个工作日内作出是否予以核准的决定；委托评估、征求意见的时间不计入`),
  promisedLimit: workingDays(5),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '审查项目是否符合核准条件；需要评估的，委托工程咨询机构评估（评估时间不计入承诺时限，评估费用由核准机关承担）；征求行业管理部门意见。',
    '根据审查意见和评估结论作出核准或不予核准决定，不予核准的书面说明理由。'),
  specialProcedures: ['expert_review'],
  result: { name: '企业投资项目核准批复文件', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 5,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise'],
  themes: ['construction'],
  jointDepartments: ['赤峰市自然资源局', '赤峰市生态环境局'],
  faq: [
    stageFaq('立项用地规划许可'),
    { question: '核准评估需要企业付费吗？', answer: '不需要。核准机关委托评估的，评估费用由核准机关承担，评估机构不得向项目单位收取费用。' },
    { question: '核准文件有效期多长？', answer: '项目自核准机关作出予以核准决定之日起 2 年内未开工建设、需要延期开工的，应当在 2 年期限届满的 30 个工作日前申请延期。' },
  ],
  form: buildForm([
    F.entityName('entityName', '项目单位名称'),
    F.creditCode(),
    F.legalRepresentative(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '建设地点'),
    F.textarea('scaleAndContent', '建设规模和内容', { maxLength: 1000 }),
    F.amount('totalInvestment', '项目总投资（万元）', { minimum: 0.01 }),
    F.text('catalogueEntry', '适用的核准目录条目', { maxLength: 200 }),
    F.radio('newLand', '是否新增建设用地', ['是', '否']),
    F.text('preapprovalNumber', '用地预审与选址意见书编号', { required: false, maxLength: 50 }),
  ], [{ when: ['newLand', '是'], require: ['preapprovalNumber'] }]),
});

const feasibilityImpl = implement(feasibility, 'fgw', {
  conditions: [
    '项目为政府采取直接投资或资本金注入方式投资的项目',
    '项目建议书已经批复，或经批准项目建议书与可行性研究报告合并审批',
    '可行性研究报告达到规定的深度，对项目的技术经济可行性、社会效益、资金来源及投资估算作出分析论证',
  ],
  materials: [
    material('feasibility-report', '项目可行性研究报告', '《政府投资条例》第九条、第十一条', {
      acceptanceStandard: '加盖项目单位公章；投资估算编制依据明确，资金来源落实；与项目建议书批复的建设内容一致，变化超过 10% 的说明理由',
      commonMistakes: ['资金来源只写“争取上级资金”，未落实具体渠道', '投资估算未区分工程费用和工程建设其他费用'],
    }),
    material('stability-assessment', '社会稳定风险评估报告', '《国家发展改革委重大固定资产投资项目社会稳定风险评估暂行办法》', {
      necessity: 'conditional',
      condition: '项目涉及征地拆迁等直接关系人民群众切身利益的',
      acceptanceStandard: '风险等级明确，防范化解措施具体',
    }),
    material('site-preapproval', '建设项目用地预审与选址意见书（电子证照调取）', '《政府投资条例》第十一条', {
      necessity: 'conditional',
      condition: '项目需要新增建设用地的',
      source: 'government',
      sourceNote: '自然资源主管部门核发，系统按项目代码自动关联',
      satisfiedByLicenseType: LICENSE_TYPES.landUsePreapproval,
      acceptanceStandard: '意见书在有效期内，用地规模与可行性研究报告一致',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '《政府投资条例》未规定具体期限，按《中华人民共和国行政许可法》第四十二条的一般期限确定'),
  promisedLimit: workingDays(5),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '审查项目必要性、建设方案、投资估算和资金来源；委托工程咨询机构评估或组织专家评议（评估时间不计入承诺时限）。',
    '作出批复，明确建设规模、建设内容和投资估算；不予批复的书面说明理由。'),
  specialProcedures: ['expert_review'],
  result: { name: '政府投资项目可行性研究报告批复', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 5,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['government_organ', 'public_institution'],
  themes: ['construction'],
  intermediaryServices: ['可行性研究报告编制（项目单位自主选择工程咨询单位）'],
  faq: [
    stageFaq('立项用地规划许可'),
    { question: '投资估算超过批复怎么办？', answer: '初步设计提出的投资概算超过经批准的可行性研究报告提出的投资估算 10% 的，项目单位应当向投资主管部门报告，投资主管部门可以要求重新报送可行性研究报告。' },
  ],
  form: buildForm([
    F.entityName('entityName', '项目单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '建设地点'),
    F.textarea('scaleAndContent', '建设规模和内容', { maxLength: 1000 }),
    F.amount('estimatedInvestment', '估算总投资（万元）', { minimum: 0.01 }),
    F.checkbox('fundingSources', '资金来源', ['中央预算内投资', '自治区财政资金', '市级财政资金', '地方政府专项债券', '项目单位自筹']),
    F.radio('mergedWithProposal', '是否与项目建议书合并审批', ['是', '否']),
    F.text('proposalApprovalNumber', '项目建议书批复文号', { required: false, maxLength: 50 }),
  ], [{ when: ['mergedWithProposal', '否'], require: ['proposalApprovalNumber'] }]),
});

const preapprovalImpl = implement(sitePreapproval, 'zrzy', {
  conditions: [
    '建设项目需要使用新增建设用地，或以划拨方式提供国有土地使用权',
    '项目选址符合国土空间规划和用途管制要求',
    '用地规模符合土地使用标准，节约集约用地',
    '确需占用永久基本农田的，符合《中华人民共和国土地管理法》第三十五条规定的重点建设项目范围',
  ],
  materials: [
    material('site-report', '建设项目用地预审与选址申请报告', '《建设项目用地预审管理办法》', {
      acceptanceStandard: '写明拟建项目基本情况、拟选址占地情况、是否符合国土空间规划、用地规模是否符合标准、是否占用永久基本农田及补充耕地初步方案',
    }),
    material('boundary-map', '标注项目用地范围的土地利用现状图及勘测定界图', '《建设项目用地预审管理办法》', {
      acceptanceStandard: '采用 2000 国家大地坐标系，附界址点坐标（电子版），用地范围与申请报告一致',
      commonMistakes: ['坐标系仍为 1980 西安坐标系', '界址点坐标未闭合'],
    }),
    material('arable-land-plan', '补充耕地初步方案', '《中华人民共和国土地管理法》第三十条', {
      necessity: 'conditional',
      condition: '项目占用耕地的',
      acceptanceStandard: '补充耕地数量和质量与占用相当，落实到具体地块或指标',
    }),
    material('basic-farmland-report', '占用永久基本农田论证报告', '《中华人民共和国土地管理法》第三十五条', {
      necessity: 'conditional',
      condition: '确需占用永久基本农田的',
      acceptanceStandard: '论证选址难以避让的理由，提出补划方案',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '《建设项目用地预审管理办法》：自受理之日起 20 日内完成审查'),
  promisedLimit: workingDays(5),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '审查项目选址是否符合国土空间规划、是否占用永久基本农田和生态保护红线、用地规模是否符合土地使用标准；必要时组织现场踏勘（不计入承诺时限）。',
    '核发建设项目用地预审与选址意见书，或书面说明不予核发的理由。'),
  specialProcedures: ['site_inspection'],
  result: { name: '建设项目用地预审与选址意见书', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.landUsePreapproval },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  faq: [
    stageFaq('立项用地规划许可'),
    { question: '以出让方式取得土地的项目需要办理选址意见书吗？', answer: '不需要。以出让方式取得国有土地使用权的项目不再核发选址意见书；使用新增建设用地的，仍须办理用地预审。' },
    { question: '用地预审与选址意见书有效期多久？', answer: '有效期 3 年，自批准之日起计算。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '拟选址位置'),
    F.amount('landArea', '拟用地总面积（公顷）', { minimum: 0.0001 }),
    F.radio('supplyMethod', '拟供地方式', ['划拨', '出让']),
    F.radio('occupiesArable', '是否占用耕地', ['是', '否']),
    F.amount('arableArea', '占用耕地面积（公顷）', { required: false, minimum: 0.0001 }),
  ], [{ when: ['occupiesArable', '是'], require: ['arableArea'] }]),
});

const landPlanningImpl = implement(landPlanning, 'zrzy', {
  conditions: [
    '以划拨方式取得国有土地使用权的，已取得建设项目用地预审与选址意见书和有关部门的批准、核准、备案文件',
    '以出让方式取得国有土地使用权的，已签订国有建设用地使用权出让合同，规划条件作为合同组成部分',
    '建设项目用地位置、面积、允许建设的范围符合控制性详细规划',
  ],
  materials: [
    material('site-preapproval', '建设项目用地预审与选址意见书（电子证照调取）', `${PLAN}第三十七条`, {
      necessity: 'conditional',
      condition: '以划拨方式取得国有土地使用权的',
      source: 'government',
      sourceNote: '本部门核发，系统按项目代码自动关联',
      satisfiedByLicenseType: LICENSE_TYPES.landUsePreapproval,
      acceptanceStandard: '意见书在有效期内，项目名称和用地范围一致',
    }),
    material('land-contract', '国有建设用地使用权出让合同', `${PLAN}第三十八条`, {
      necessity: 'conditional',
      condition: '以出让方式取得国有土地使用权的',
      acceptanceStandard: '合同已签订，附规划条件，受让人与申请单位一致',
    }),
    material('red-line-map', '建设项目用地范围红线图', `${PLAN}第三十七条、第三十八条`, {
      acceptanceStandard: '采用 2000 国家大地坐标系，标明界址点坐标和用地面积',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '《中华人民共和国行政许可法》第四十二条'),
  promisedLimit: workingDays(3, '“多审合一、多证合一”改革后，以出让方式取得土地的项目在签订出让合同后即可申请，承诺 3 个工作日'),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '核对用地范围与出让合同或划拨批准文件一致，规划条件与控制性详细规划一致。',
    '核发建设用地规划许可证（可与用地批准书合并核发）。'),
  specialProcedures: [],
  result: { name: '建设用地规划许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.landUsePlanningPermit },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall', 'post'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  faq: [
    stageFaq('立项用地规划许可'),
    { question: '建设用地规划许可证和用地批准书能一起办吗？', answer: '可以。按照“多证合一”改革，将建设用地规划许可证、建设用地批准书合并，以出让方式取得土地的，签订出让合同后一并核发。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '用地位置'),
    F.amount('landArea', '用地面积（平方米）', { minimum: 1 }),
    F.radio('supplyMethod', '土地取得方式', ['划拨', '出让']),
    F.text('contractNumber', '出让合同编号', { required: false, maxLength: 50 }),
    F.select('landUse', '土地用途', ['居住用地', '商业服务业用地', '工业用地', '物流仓储用地', '公共管理与公共服务用地', '交通运输用地', '公用设施用地']),
  ], [{ when: ['supplyMethod', '出让'], require: ['contractNumber'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 工程建设许可

const engineeringPlanningImpl = implement(engineeringPlanning, 'zrzy', {
  conditions: [
    '已依法取得建设用地使用权和建设用地规划许可证',
    '建设工程设计方案符合规划条件、控制性详细规划和城乡规划技术规定',
    '需要建设单位编制修建性详细规划的，修建性详细规划已经审定',
  ],
  materials: [
    material('land-title', '不动产权证书（国有建设用地使用权，电子证照调取）', `${PLAN}第四十条`, {
      source: 'government',
      sourceNote: '不动产登记机构核发，系统按项目代码和权利人自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '权利人与建设单位一致，用途和面积与规划条件一致',
    }),
    material('design-scheme', '建设工程设计方案（总平面图、各层平面图、立面图、剖面图）', `${PLAN}第四十条`, {
      acceptanceStandard: '加盖设计单位出图章，总平面图标注主要经济技术指标，与规划条件逐项对照',
      commonMistakes: ['容积率计算未扣除地下车库面积的依据说明', '建筑退线尺寸未标注'],
    }),
    material('detailed-plan', '修建性详细规划', `${PLAN}第四十条`, {
      necessity: 'conditional',
      condition: '需要建设单位编制修建性详细规划的',
      acceptanceStandard: '已经审定，与设计方案一致',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '《中华人民共和国行政许可法》第四十二条'),
  promisedLimit: workingDays(5, '批前公示期间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '多图联审：对照规划条件审查总平面布局、容积率、建筑密度、绿地率、建筑退线、日照等指标；涉及利害关系人的进行批前公示（公示期不计入承诺时限）。',
    '核发建设工程规划许可证及附图附件。'),
  specialProcedures: ['public_notice'],
  result: { name: '建设工程规划许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.constructionPlanningPermit },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall', 'post'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  intermediaryServices: ['建设工程设计方案编制（具有相应资质的设计单位）'],
  faq: [
    stageFaq('工程建设许可'),
    { question: '设计方案审查和规划许可要分两次申请吗？', answer: '不需要。设计方案审查与建设工程规划许可证核发合并办理，审查通过后直接核发许可证。' },
    { question: '批前公示需要多长时间？', answer: '批前公示期一般不少于 7 日，公示期间不计入承诺办理时限，公示结果将通过短信告知建设单位。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '建设位置'),
    F.amount('totalFloorArea', '总建筑面积（平方米）', { minimum: 1 }),
    F.amount('plotRatio', '容积率', { minimum: 0 }),
    F.integer('buildingCount', '建筑栋数', { minimum: 1 }),
    F.radio('needsDetailedPlan', '是否需编制修建性详细规划', ['是', '否']),
    F.text('detailedPlanApproval', '修建性详细规划审定文号', { required: false, maxLength: 50 }),
  ], [{ when: ['needsDetailedPlan', '是'], require: ['detailedPlanApproval'] }]),
});

const eiaReportImpl = implement(eiaReport, 'sthj', {
  conditions: [
    '建设项目依据《建设项目环境影响评价分类管理名录》应当编制环境影响报告书',
    '项目类型及其选址、布局、规模符合环境保护法律法规和相关法定规划',
    '所在区域环境质量满足国家或地方环境质量标准，或已采取措施满足区域环境质量改善目标管理要求',
    '已依法开展公众参与',
  ],
  materials: [
    material('eia-report', '建设项目环境影响报告书（全本）', `${EIA}第十七条、第二十二条`, {
      acceptanceStandard: '由具备能力的技术单位编制，编制单位和编制人员信息已在环境影响评价信用平台公开，内容符合相关技术导则',
    }),
    material('public-participation', '公众参与说明', '《环境影响评价公众参与办法》', {
      acceptanceStandard: '说明征求意见的时间、方式、范围，对公众意见采纳与否及理由',
    }),
    material('redaction-note', '删除涉密及商业秘密内容的说明', '《中华人民共和国政府信息公开条例》', {
      necessity: 'conditional',
      condition: '报告书含有国家秘密、商业秘密或者个人隐私，需删除后公开的',
      acceptanceStandard: '列明删除的内容和依据',
    }),
  ],
  fees: [],
  legalLimit: workingDays(60, `${EIA}第二十二条：收到环境影响报告书之日起 60 日内作出审批决定`),
  promisedLimit: workingDays(15, '技术评估、公示时间不计入'),
  caseKind: 'promised',
  process: reviewCheckDecide(10, 3, 2, {
    review: '受理公示（不少于 10 个工作日，不计入时限）；委托技术评估机构开展技术评估（评估费用由审批部门承担，不计入时限）；审查项目与生态环境分区管控、规划环评的符合性。',
    check: '复核技术评估意见和公众参与意见的处理情况，拟作出审批决定前进行公示。',
    decide: '作出批准或不予批准的审批决定。',
  }),
  specialProcedures: ['expert_review', 'public_notice'],
  result: { name: '建设项目环境影响报告书审批意见', type: 'approval_document', sampleFile: null, licenseTypeCode: LICENSE_TYPES.eiaApproval },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  intermediaryServices: ['环境影响报告书编制（建设单位自主委托技术单位）'],
  faq: [
    stageFaq('工程建设许可'),
    { question: '技术评估要交费吗？', answer: '不要。审批部门委托技术评估机构开展技术评估的，费用由审批部门承担，不得向建设单位收取。' },
    { question: '环评批复后项目发生重大变动怎么办？', answer: '建设项目的性质、规模、地点、采用的生产工艺或者防治污染、防止生态破坏的措施发生重大变动的，应当重新报批环境影响评价文件。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.legalRepresentative(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '建设地点'),
    F.text('categoryEntry', '分类管理名录类别', { maxLength: 200 }),
    F.text('preparer', '环评文件编制单位', { maxLength: 100 }),
    F.orgCode('preparerCreditCode', '编制单位统一社会信用代码'),
    F.radio('containsSecrets', '是否含需删除后公开的内容', ['是', '否']),
    F.textarea('secretsNote', '删除内容及理由', { required: false, maxLength: 500 }),
  ], [{ when: ['containsSecrets', '是'], require: ['secretsNote'] }]),
});

const eiaFormImpl = implement(eiaForm, 'sthj', {
  conditions: [
    '建设项目依据《建设项目环境影响评价分类管理名录》应当编制环境影响报告表',
    '项目类型及其选址、布局、规模符合环境保护法律法规和相关法定规划',
    '采取的污染防治措施能够确保污染物排放达到国家和地方排放标准',
  ],
  materials: [
    material('eia-form', '建设项目环境影响报告表（全本）', `${EIA}第十七条、第二十二条`, {
      acceptanceStandard: '由具备能力的技术单位编制，附必要的专项评价，编制单位和编制人员信息已在环境影响评价信用平台公开',
    }),
    material('redaction-note', '删除涉密及商业秘密内容的说明', '《中华人民共和国政府信息公开条例》', {
      necessity: 'conditional',
      condition: '报告表含有国家秘密、商业秘密或者个人隐私，需删除后公开的',
      acceptanceStandard: '列明删除的内容和依据',
    }),
  ],
  fees: [],
  legalLimit: workingDays(30, `${EIA}第二十二条：收到环境影响报告表之日起 30 日内作出审批决定`),
  promisedLimit: workingDays(7, '技术评估时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(7,
    '受理公示；审查项目与生态环境分区管控的符合性、污染防治措施的可行性；必要时组织专家评审（不计入时限）。',
    '作出批准或不予批准的审批决定。'),
  specialProcedures: ['expert_review'],
  result: { name: '建设项目环境影响报告表审批意见', type: 'approval_document', sampleFile: null, licenseTypeCode: LICENSE_TYPES.eiaApproval },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  intermediaryServices: ['环境影响报告表编制（建设单位自主委托技术单位）'],
  faq: [
    stageFaq('工程建设许可'),
    { question: '只需要填报环境影响登记表的项目也在这里办吗？', answer: '不是。登记表实行备案管理，建设单位在建设项目环境影响登记表备案系统在线填报即完成备案，无需审批。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '建设地点'),
    F.text('categoryEntry', '分类管理名录类别', { maxLength: 200 }),
    F.text('preparer', '环评文件编制单位', { maxLength: 100 }),
    F.radio('containsSecrets', '是否含需删除后公开的内容', ['是', '否']),
    F.textarea('secretsNote', '删除内容及理由', { required: false, maxLength: 500 }),
  ], [{ when: ['containsSecrets', '是'], require: ['secretsNote'] }]),
});

const soilPlanImpl = implement(soilPlan, 'swj', {
  conditions: [
    '生产建设项目位于山区、丘陵区、风沙区以及水土保持规划确定的容易发生水土流失的其他区域',
    '征占地面积在 0.5 公顷以上或者挖填土石方总量在 1000 立方米以上',
    '水土保持方案由生产建设单位编制或委托技术单位编制，符合水土保持技术标准',
  ],
  materials: [
    material('soil-plan', '生产建设项目水土保持方案报告书（报告表）', `${SWC}第二十五条`, {
      acceptanceStandard: '征占地 5 公顷以上或挖填土石方 5 万立方米以上的编制报告书，其余编制报告表；防治责任范围、防治措施和投资估算完整',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '《中华人民共和国行政许可法》第四十二条'),
  promisedLimit: workingDays(5, '技术评审时间不计入；报告表实行承诺制的当场审批'),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '报告书组织技术评审（不计入时限）；审查水土流失防治责任范围、防治标准和措施是否合理；报告表实行承诺制管理的，只作形式审查。',
    '作出准予或不予许可的决定。'),
  specialProcedures: ['expert_review'],
  result: { name: '生产建设项目水土保持方案审批准予行政许可决定书', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  allowsCommitment: true,
  intermediaryServices: ['水土保持方案编制（生产建设单位可自行编制或自主委托技术单位）'],
  faq: [
    stageFaq('工程建设许可'),
    { question: '哪些项目可以实行承诺制？', answer: '编制水土保持方案报告表的项目实行承诺制管理，生产建设单位在线签署承诺后当场作出审批决定，审批部门事后核查。' },
    { question: '水土保持补偿费在这里缴吗？', answer: '水土保持补偿费由税务部门征收，审批决定书中列明应缴金额，生产建设单位按规定向税务部门缴纳。' },
  ],
  form: buildForm([
    F.entityName('entityName', '生产建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '项目地点'),
    F.amount('occupiedArea', '征占地面积（公顷）', { minimum: 0.0001 }),
    F.amount('earthwork', '挖填土石方总量（万立方米）', { minimum: 0 }),
    F.radio('planType', '方案类型', ['报告书', '报告表']),
    F.pledge('commitment', '承诺', '本单位承诺水土保持方案内容真实，按方案落实各项水土保持措施并开展水土保持设施自主验收。'),
  ]),
});

// ---------------------------------------------------------------------------------------------------------------
// 施工许可

const permitImpl = implement(constructionPermit, 'zjj', {
  legalBasis: `《中华人民共和国建筑法》第七条、第八条；${PERMIT}第四条、第五条`,
  conditions: [
    '依法应当办理用地批准手续的，已经办理该建筑工程用地批准手续',
    '依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证',
    '施工场地已经基本具备施工条件，需要征收房屋的，其进度符合施工要求',
    '已经确定施工企业，有满足施工需要的资金安排、施工图纸及技术资料，施工图设计文件已按规定审查合格',
    '有保证工程质量和安全的具体措施',
  ],
  materials: [
    material('planning-permit', '建设工程规划许可证（电子证照调取）', '《中华人民共和国建筑法》第八条', {
      source: 'government',
      sourceNote: '自然资源主管部门核发，系统按项目代码自动关联',
      satisfiedByLicenseType: LICENSE_TYPES.constructionPlanningPermit,
      acceptanceStandard: '许可证载明的建设单位、建设规模与申请一致',
    }),
    material('land-title', '不动产权证书（国有建设用地使用权，电子证照调取）', '《中华人民共和国建筑法》第八条', {
      source: 'government',
      sourceNote: '不动产登记机构核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '权利人与建设单位一致',
    }),
    material('construction-contract', '建筑工程施工合同', `${PERMIT}第四条`, {
      acceptanceStandard: '依法必须招标的附中标通知书；施工企业资质与工程规模相符',
    }),
    material('drawing-review', '施工图设计文件审查合格书', `${PERMIT}第四条`, {
      acceptanceStandard: '审查机构出具，审查范围覆盖本次申请的单体',
    }),
    material('safety-measures', '保证工程质量和安全的具体措施', '《中华人民共和国建筑法》第八条', {
      acceptanceStandard: '含危险性较大的分部分项工程清单及安全管理措施、质量安全责任人名单',
    }),
  ],
  fees: [],
  legalLimit: workingDays(7, '《中华人民共和国建筑法》第八条：自收到申请之日起七日内颁发施工许可证'),
  promisedLimit: workingDays(1),
  caseKind: 'promised',
  process: reviewAndDecide(1,
    '核对前序审批结果是否齐备且在有效期内；施工合同、施工图审查合格书与工程信息一致；资金安排由建设单位在线承诺。',
    '准予许可的核发电子施工许可证；不予许可的书面说明理由。'),
  specialProcedures: [],
  result: { name: '建筑工程施工许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.constructionPermit },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  faq: [
    stageFaq('施工许可'),
    { question: '哪些工程可以不申请施工许可证？', answer: '工程投资额在 30 万元以下或者建筑面积在 300 平方米以下的建筑工程，可以不申请办理施工许可证。' },
    { question: '领证后多久必须开工？', answer: '建设单位应当自领取施工许可证之日起三个月内开工；因故不能按期开工的，应当申请延期，延期以两次为限，每次不超过三个月。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.legalRepresentative(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '建设地址'),
    F.amount('contractPrice', '合同价格（万元）', { minimum: 0.01 }),
    F.amount('floorArea', '建筑面积（平方米）', { minimum: 1 }),
    F.text('contractor', '施工单位名称', { maxLength: 100 }),
    F.orgCode('contractorCreditCode', '施工单位统一社会信用代码'),
    F.text('supervisor', '监理单位名称', { required: false, maxLength: 100, help: '依法应当实行监理的工程必填' }),
    F.date('plannedStart', '计划开工日期'),
    F.date('plannedCompletion', '计划竣工日期'),
    F.pledge('fundingPledge', '建设资金落实承诺', '本单位承诺建设资金已经落实，不拖欠工程款和农民工工资，并对承诺真实性负责。'),
  ]),
});

// ---------------------------------------------------------------------------------------------------------------
// 竣工验收

const fireImpl = implement(fireAcceptance, 'zjj', {
  conditions: [
    '建设工程属于特殊建设工程，并已取得消防设计审查合格意见',
    '建设单位已组织竣工验收，工程竣工验收报告中消防查验结论合格',
    '消防设施、器材按照经审查合格的消防设计文件施工完毕',
  ],
  materials: [
    material('completion-report', '工程竣工验收报告', `${FIRE}`, {
      acceptanceStandard: '含消防查验内容，建设、设计、施工、监理单位签章齐全',
    }),
    material('fire-as-built', '涉及消防的建设工程竣工图纸', `${FIRE}`, {
      acceptanceStandard: '与经审查合格的消防设计文件一致，有变更的附变更说明',
    }),
  ],
  fees: [],
  legalLimit: workingDays(15, `${FIRE}：自受理消防验收申请之日起 15 日内出具消防验收意见`),
  promisedLimit: workingDays(3, '现场评定时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '审查竣工验收报告和竣工图纸；组织现场评定：检查建筑防火间距、消防车道、消防设施功能测试（现场评定不计入承诺时限）。',
    '根据现场评定结论出具消防验收合格或不合格意见。'),
  specialProcedures: ['site_inspection'],
  result: { name: '特殊建设工程消防验收意见书', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  faq: [
    stageFaq('竣工验收'),
    { question: '其他建设工程（非特殊建设工程）需要申请消防验收吗？', answer: '不需要申请消防验收，实行备案抽查：建设单位在竣工验收合格后向住房和城乡建设主管部门备案，被抽中的接受检查。' },
    { question: '消防验收可以并入联合验收吗？', answer: '可以。申请竣工联合验收的项目，消防验收作为联合验收的一项同步开展，无需另行申请。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '工程地址'),
    F.text('fireDesignApproval', '消防设计审查意见书文号', { maxLength: 50 }),
    F.amount('floorArea', '建筑面积（平方米）', { minimum: 1 }),
    F.select('useCategory', '使用性质', ['公共建筑', '住宅', '工业建筑', '地下建筑', '市政基础设施']),
  ]),
});

const jointImpl = implement(jointAcceptance, 'zjj', {
  conditions: [
    '工程已按设计和合同约定全部完成，建设单位已组织勘察、设计、施工、监理单位竣工验收',
    '规划、消防、人防等专项验收所需的竣工测量（“多测合一”）成果已经完成',
    '工程竣工档案已按规定整理',
  ],
  materials: [
    material('completion-report', '工程竣工验收报告', '《建设工程质量管理条例》第十六条', {
      acceptanceStandard: '建设、勘察、设计、施工、监理五方签章齐全，验收结论明确',
    }),
    material('as-built-drawings', '竣工图纸（规划、消防、人防专业）', REFORM, {
      acceptanceStandard: '与审定的施工图和规划许可一致，变更部分有设计变更文件',
    }),
    material('survey-results', '竣工测量成果报告（规划核实、房产、人防面积“多测合一”）', REFORM, {
      acceptanceStandard: '由一家测绘单位一次测绘，成果共享至各验收部门',
    }),
  ],
  fees: [],
  legalLimit: workingDays(15, '各专项验收法定时限中最长者（建设工程消防验收 15 日）'),
  promisedLimit: workingDays(3, '联合现场验收时间不计入'),
  caseKind: 'promised',
  process: reviewCheckDecide(1, 1, 1, {
    review: '牵头部门审查申请材料，推送规划、消防、人防、档案等验收部门同步审查。',
    check: '组织各部门联合现场验收（不计入承诺时限），汇总各部门意见。',
    decide: '出具联合验收意见书；有整改事项的一次性告知，整改完成后复验。',
  }),
  specialProcedures: ['site_inspection'],
  result: { name: '建设工程竣工联合验收意见书', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  jointDepartments: ['赤峰市自然资源局（规划条件核实）', '赤峰市住房和城乡建设局（消防验收、质量监督）', '赤峰市人民防空办公室（人防工程竣工验收）', '赤峰市城建档案馆（档案验收）'],
  intermediaryServices: ['竣工测量（“多测合一”，建设单位自主选择测绘单位）'],
  faq: [
    stageFaq('竣工验收'),
    { question: '联合验收后还要分别到各部门办理专项验收吗？', answer: '不需要。联合验收实行“一家牵头、一口受理、联合验收、限时办结”，联合验收意见书即为各专项验收结论。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.address('location', '工程地址'),
    F.checkbox('acceptanceItems', '申请联合验收的专项', ['规划条件核实', '消防验收', '人防工程竣工验收', '城建档案验收']),
    F.date('expectedDate', '期望现场验收日期'),
  ]),
});

const completionFilingImpl = implement(completionFiling, 'zjj', {
  conditions: [
    '工程已经竣工验收合格（已通过竣工联合验收的，联合验收意见书由系统按项目代码自动关联）',
    '自工程竣工验收合格之日起 15 日内申请备案',
  ],
  materials: [
    material('completion-report', '工程竣工验收报告', `${FILING}第五条`, {
      acceptanceStandard: '验收组人员签署的验收意见、五方签章齐全',
    }),
    material('warranty', '施工单位签署的工程质量保修书', `${FILING}第五条`, {
      acceptanceStandard: '保修范围、期限符合《建设工程质量管理条例》规定',
    }),
    material('housing-warranty', '住宅质量保证书和住宅使用说明书', `${FILING}第五条`, {
      necessity: 'conditional',
      condition: '工程为商品住宅的',
      acceptanceStandard: '按住房和城乡建设部规定的示范文本编制',
    }),
  ],
  fees: [],
  legalLimit: workingDays(15, `${FILING}：备案机关收讫文件后当场签署收讫意见；15 日内发现违法行为的责令停止使用`),
  promisedLimit: workingDays(0, '文件齐全的当场备案'),
  caseKind: 'immediate',
  process: onTheSpot('核对备案文件是否齐全，在竣工验收备案表上签署文件收讫；不作实质审查。'),
  specialProcedures: [],
  result: { name: '建设工程竣工验收备案证明', type: 'filing', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: [...PROJECT_AUDIENCES],
  themes: ['construction'],
  faq: [
    stageFaq('竣工验收'),
    { question: '备案后发现工程存在问题怎么办？', answer: '备案机关发现建设单位在竣工验收过程中有违反国家有关建设工程质量管理规定行为的，将在收讫备案文件 15 日内责令停止使用、重新组织竣工验收。' },
  ],
  form: buildForm([
    F.entityName('entityName', '建设单位名称'),
    F.creditCode(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.date('acceptanceDate', '竣工验收合格日期'),
    F.radio('isHousing', '是否为商品住宅', ['是', '否']),
    F.integer('housingUnits', '住宅套数', { required: false, minimum: 1 }),
  ], [{ when: ['isHousing', '是'], require: ['housingUnits'] }]),
});

const presaleImpl = implement(presale, 'zjj', {
  conditions: [
    '已交付全部土地使用权出让金，取得土地使用权证书',
    '持有建设工程规划许可证和施工许可证',
    '按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的 25% 以上，并已经确定施工进度和竣工交付日期',
    '已与商业银行签订商品房预售资金监管协议',
  ],
  materials: [
    businessLicense('《城市商品房预售管理办法》第七条'),
    material('land-title', '不动产权证书（国有建设用地使用权，电子证照调取）', '《中华人民共和国城市房地产管理法》第四十五条', {
      source: 'government',
      sourceNote: '不动产登记机构核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '权利人与开发企业一致，无查封',
    }),
    material('permits', '建设工程规划许可证和建筑工程施工许可证（电子证照调取）', '《中华人民共和国城市房地产管理法》第四十五条', {
      source: 'government',
      sourceNote: '系统按项目代码自动关联',
      satisfiedByLicenseType: LICENSE_TYPES.constructionPermit,
      acceptanceStandard: '许可范围覆盖本次申请预售的楼栋',
    }),
    material('investment-progress', '开发建设投资进度证明（监理单位出具）', '《中华人民共和国城市房地产管理法》第四十五条', {
      acceptanceStandard: '投入资金达到工程建设总投资 25% 以上，附形象进度照片，确定竣工交付日期',
    }),
    material('presale-plan', '商品房预售方案', '《城市商品房预售管理办法》第七条', {
      acceptanceStandard: '载明商品房位置、面积、竣工交付日期、预售价格，附分层平面图',
    }),
    material('escrow-agreement', '商品房预售资金监管协议', '《城市商品房预售管理办法》第十一条', {
      acceptanceStandard: '监管银行、监管账户与申请表一致',
    }),
  ],
  fees: [],
  legalLimit: workingDays(10, '《城市商品房预售管理办法》：自受理之日起 10 日内作出决定'),
  promisedLimit: workingDays(2, '现场查勘时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(2,
    '审查许可证件和投资进度；现场查勘形象进度（不计入承诺时限）；核对预售方案与规划许可一致。',
    '核发商品房预售许可证，同步在网签系统开放预售楼盘表。'),
  specialProcedures: ['site_inspection'],
  result: { name: '商品房预售许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.presalePermit },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise'],
  themes: ['permits', 'operation'],
  faq: [
    { question: '可以按楼栋分批申请预售许可吗？', answer: '可以，以幢为单位申请，不得分层、分单元申请。' },
    { question: '预售资金怎么监管？', answer: '购房人的定金、首付款和按揭贷款全部直接存入监管账户，按工程节点拨付，专款用于本项目建设。' },
  ],
  form: buildForm([
    F.entityName('entityName', '开发企业名称'),
    F.creditCode(),
    F.legalRepresentative(),
    F.phone(),
    projectCodeField(),
    projectNameField(),
    F.textarea('buildings', '申请预售的楼栋', { maxLength: 300 }),
    F.amount('presaleArea', '预售面积（平方米）', { minimum: 1 }),
    F.integer('presaleUnits', '预售套数', { minimum: 1 }),
    F.date('deliveryDate', '竣工交付日期'),
    F.text('escrowBank', '监管银行', { maxLength: 100 }),
    F.text('escrowAccount', '监管账户账号', { maxLength: 40 }),
  ]),
});

export const CONSTRUCTION_BASIC_ITEMS: DemoBasicItem[] = [
  projectFiling, projectApproval, feasibility, sitePreapproval, landPlanning, engineeringPlanning, constructionPermit, fireAcceptance,
  presale, completionFiling, jointAcceptance, eia, eiaReport, eiaForm, soilPlan,
];

export const CONSTRUCTION_IMPLEMENTATIONS: DemoImplementation[] = [
  filingImpl, approvalImpl, feasibilityImpl, preapprovalImpl, landPlanningImpl, engineeringPlanningImpl, eiaReportImpl, eiaFormImpl,
  soilPlanImpl, permitImpl, fireImpl, jointImpl, completionFilingImpl, presaleImpl,
];

/** The four stages of project approval [000][002] and the basic items handled in each. */
export const CONSTRUCTION_STAGES: { stage: string; basicCodes: string[] }[] = [
  { stage: '立项用地规划许可', basicCodes: [projectFiling.code, projectApproval.code, feasibility.code, sitePreapproval.code, landPlanning.code] },
  { stage: '工程建设许可', basicCodes: [engineeringPlanning.code, eiaReport.code, eiaForm.code, soilPlan.code] },
  { stage: '施工许可', basicCodes: [constructionPermit.code] },
  { stage: '竣工验收', basicCodes: [fireAcceptance.code, jointAcceptance.code, completionFiling.code] },
];
