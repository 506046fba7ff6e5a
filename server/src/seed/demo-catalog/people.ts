/**
 * Services for persons along their life events: social insurance (人社), medical insurance (医保), the housing fund
 * (公积金), civil affairs (民政) and household registration (公安). Most are immediate and need no trip; the few
 * trips left are for presence the law requires or for taking fingerprints and photos.
 */
import type { DemoBasicItem, DemoImplementation } from '../demo-catalog.ts';
import { PROOF } from './proofs.ts';
import {
  agentMaterials, basicItem, buildForm, businessLicense, F, householdRegister, idCard, implement, LICENSE_TYPES, material, onTheSpot,
  reviewAndDecide, reviewCheckDecide, workingDays,
} from './common.ts';

const SIL = '《中华人民共和国社会保险法》';
const HF = '《住房公积金管理条例》';
const HUKOU = '《中华人民共和国户口登记条例》';
const HUKOU_REFORM = '《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）';
const ID_LAW = '《中华人民共和国居民身份证法》';
const ASSIST = '《社会救助暂行办法》';
const DIBAO = '《最低生活保障审核确认办法》（民发〔2021〕57号）';
const PENSION = '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）';
const REMOTE = '《国家医疗保障局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）';

const SAME_DAY = '无法定办理时限，资料齐全的即时办结';

// ---------------------------------------------------------------------------------------------------------------
// Basic items

const pensionEnrolment = basicItem('20', 1, 0, '城乡居民基本养老保险参保登记', `${SIL}第二十条、第二十二条；${PENSION}`, 7);
const ssCard = basicItem('20', 2, 0, '社会保障卡申领', `${SIL}第五十八条`, 7);
const employmentCard = basicItem('20', 3, 0, '就业创业证申领', '《中华人民共和国就业促进法》；《就业服务与就业管理规定》', 7);
const unemploymentBenefit = basicItem('05', 2, 0, '失业保险金申领', `${SIL}第四十五条、第五十条；《失业保险条例》；《失业保险金申领发放办法》`, 7);
const remoteCare = basicItem('20', 4, 0, '异地就医备案', `${SIL}第二十九条；${REMOTE}`, 7);
const medicalEnrolment = basicItem('20', 5, 0, '城乡居民基本医疗保险参保登记', `${SIL}第二十五条`, 7);
const chronicCare = basicItem('07', 5, 0, '门诊慢特病待遇认定', `${SIL}第二十八条；自治区医疗保障部门门诊慢特病管理规定`, 7);
const hfWithdrawal = basicItem('20', 6, 0, '住房公积金提取', `${HF}第二十四条、第二十五条`, 7);
const hfPurchase = basicItem('20', 6, 1, '住房公积金提取（购买自住住房）', `${HF}第二十四条第一款第（一）项、第二十五条`, 7, hfWithdrawal);
const hfRent = basicItem('20', 6, 2, '住房公积金提取（租赁住房）', `${HF}第二十四条第一款第（六）项、第二十五条`, 7, hfWithdrawal);
const hfRetire = basicItem('20', 6, 3, '住房公积金提取（离休、退休）', `${HF}第二十四条第一款第（二）项、第二十五条`, 7, hfWithdrawal);
const hfLoanRepay = basicItem('20', 6, 4, '住房公积金提取（偿还购房贷款本息）', `${HF}第二十四条第一款第（五）项、第二十五条`, 7, hfWithdrawal);
const hfLoan = basicItem('20', 7, 0, '个人住房公积金贷款', `${HF}第二十六条`, 7);
const hfEmployer = basicItem('20', 8, 0, '单位住房公积金缴存登记', `${HF}第十三条、第十四条`, 7);
const marriage = basicItem('07', 1, 0, '结婚登记', '《中华人民共和国民法典》第一千零四十六条、第一千零四十九条；《婚姻登记条例》', 7);
const dibao = basicItem('05', 1, 0, '最低生活保障审批', `${ASSIST}第九条、第十一条；${DIBAO}`, 7);
const birth = basicItem('07', 2, 0, '出生登记', `${HUKOU}第七条`, 7);
const migration = basicItem('07', 3, 0, '户口迁移', `${HUKOU}第十条、第十三条；${HUKOU_REFORM}`, 7);
const migrationKin = basicItem('07', 3, 1, '户口迁移（投靠亲属迁入）', `${HUKOU}第十三条；${HUKOU_REFORM}`, 7, migration);
const migrationHome = basicItem('07', 3, 2, '户口迁移（购房迁入）', `${HUKOU}第十三条；${HUKOU_REFORM}`, 7, migration);
const idCardIssue = basicItem('07', 4, 0, '居民身份证申领', ID_LAW, 7);
const noCrimeCert = basicItem('20', 9, 0, '无犯罪记录证明开具', '《公安机关办理犯罪记录查询工作规定》', 7);
const PASSPORT_LAW = '《中华人民共和国护照法》';
const passportIssue = basicItem('01', 95, 0, '普通护照签发', `${PASSPORT_LAW}第五条、第六条`, 7);

// ---------------------------------------------------------------------------------------------------------------
// 人社

const pensionImpl = implement(pensionEnrolment, 'rsj', {
  conditions: [
    '年满 16 周岁（不含在校学生）',
    '不属于职工基本养老保险制度覆盖范围，且非国家机关和事业单位工作人员',
    '在本市具有户籍',
  ],
  materials: [idCard(PENSION)],
  fees: [],
  legalLimit: workingDays(0, SAME_DAY),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('系统比对全国社会保险参保信息，确认未参加职工基本养老保险、未重复参保；户籍信息通过人口库核验。'),
  specialProcedures: [],
  result: { name: '城乡居民基本养老保险参保登记信息', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall', 'self_service'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['social_security', 'retirement'],
  faq: [
    { question: '缴费档次可以调整吗？', answer: '可以。每年可在缴费前调整一次缴费档次，多缴多得、长缴多得，政府对选择较高档次缴费的给予更多补贴。' },
    { question: '重度残疾人、低保对象参保要自己缴费吗？', answer: '对重度残疾人等缴费困难群体，由政府按规定为其代缴部分或全部最低标准的养老保险费，申请时选择对应的困难群体类别即可，身份信息由系统与民政、残联数据比对。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.address('hukouAddress', '户籍地址'),
    F.select('contributionLevel', '缴费档次（元/年）', ['200', '300', '500', '700', '1000', '1500', '2000', '3000', '4000', '5000']),
    F.radio('paymentMethod', '缴费方式', ['社会保障卡银行账户代扣', '线上自主缴费']),
    F.radio('hardship', '是否属于缴费困难群体', ['是', '否']),
    F.select('hardshipCategory', '困难群体类别', ['重度残疾人', '最低生活保障对象', '特困人员', '防止返贫监测对象'], { required: false }),
  ], [{ when: ['hardship', '是'], require: ['hardshipCategory'] }]),
});

const ssCardImpl = implement(ssCard, 'rsj', {
  conditions: [
    '已在本市参加社会保险或具有本市户籍',
    '首次申领或原社会保障卡已挂失、损坏需补换',
  ],
  materials: [
    idCard(`${SIL}第五十八条`),
    material('guardian-id', '监护人居民身份证', `${SIL}第五十八条`, {
      necessity: 'conditional',
      condition: '申请人为未满 16 周岁的未成年人的',
      source: 'government',
      sourceNote: '公安机关核发；可调取电子证照',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '监护关系通过户籍信息核验',
    }),
    householdRegister(`${SIL}第五十八条`, { necessity: 'conditional', condition: '未满 16 周岁且未领取居民身份证的' }),
  ],
  fees: [],
  legalLimit: workingDays(0, '窗口即时制卡，当场发卡'),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('人证比对核验身份；现场采集照片和签名；校验参保信息后即时制卡并激活金融账户。'),
  specialProcedures: [],
  result: { name: '社会保障卡（同步签发电子社会保障卡）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.socialSecurityCard },
  onlineDepth: 3,
  tripsToSite: 1,
  visitReason: '需现场核验身份并采集照片、签名，窗口即时制卡并由本人设置密码、激活金融功能',
  channels: ['hall', 'appointment', 'online', 'mobile'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['social_security'],
  faq: [
    { question: '不想跑腿能办社会保障卡吗？', answer: '可以通过手机在线申请并上传照片，卡片制成后免费邮寄到家（约 15 个工作日），收到后在银行网点或线上激活；急需用卡的选择窗口即时制卡，当场领取。' },
    { question: '首次申领要交费吗？', answer: '首次申领免费；因丢失、损坏补换卡的，按银行规定的补换卡工本费标准收取。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.radio('applyType', '申领类型', ['首次申领', '补领', '换领']),
    F.select('bank', '金融服务银行', ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '内蒙古银行', '赤峰农村商业银行']),
    F.radio('isMinor', '申请人是否未满 16 周岁', ['是', '否']),
    F.text('guardianName', '监护人姓名', { required: false, maxLength: 50 }),
    F.personId('guardianIdNumber', '监护人公民身份号码', { required: false }),
  ], [{ when: ['isMinor', '是'], require: ['guardianName', 'guardianIdNumber'] }]),
});

const employmentCardImpl = implement(employmentCard, 'rsj', {
  conditions: [
    '在法定劳动年龄内、有劳动能力的城乡劳动者',
    '处于就业、失业或创业状态，在本市居住或就业',
  ],
  materials: [idCard('《就业服务与就业管理规定》')],
  fees: [],
  legalLimit: workingDays(0, SAME_DAY),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('核验身份信息，比对参保和就业登记信息，即时生成电子就业创业证。'),
  specialProcedures: [],
  result: { name: '就业创业证（电子证）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.employmentCard },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'nationwide',
  audiences: ['natural_person'],
  themes: ['employment'],
  faq: [
    { question: '就业创业证有什么用？', answer: '用于记录就业失业状态，是享受就业创业扶持政策（如创业担保贷款、社会保险补贴、职业培训补贴）的凭证。' },
    { question: '电子证和纸质证效力一样吗？', answer: '一样。电子就业创业证全国通用，可在国家人社政务服务平台和“蒙速办”查看、出示。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.select('education', '文化程度', ['初中及以下', '高中/中专/技校', '大专', '本科', '研究生']),
    F.radio('status', '就业状态', ['就业', '失业', '创业']),
    F.text('employer', '就业单位名称', { required: false, maxLength: 100 }),
    F.text('enterprise', '创办经营实体名称', { required: false, maxLength: 100 }),
    F.address('residence', '现居住地址'),
  ], [
    { when: ['status', '就业'], require: ['employer'] },
    { when: ['status', '创业'], require: ['enterprise'] },
  ]),
});

const unemploymentImpl = implement(unemploymentBenefit, 'rsj', {
  conditions: [
    '失业前用人单位和本人已经缴纳失业保险费满一年',
    '非因本人意愿中断就业',
    '已经进行失业登记，并有求职要求（申领时系统同步办理失业登记）',
  ],
  materials: [
    idCard(`${SIL}第五十条`),
  ],
  fees: [],
  legalLimit: workingDays(10, '《失业保险金申领发放办法》：自受理之日起 10 日内对申领者的资格进行审核认定'),
  promisedLimit: workingDays(2),
  caseKind: 'promised',
  process: reviewAndDecide(2,
    '通过社会保险信息核验缴费年限和停保状态（不再要求提交终止或者解除劳动关系证明）；核对中断就业原因；确定领取期限和标准。',
    '作出核定决定，按月将失业保险金发放至本人社会保障卡银行账户。'),
  specialProcedures: [],
  result: { name: '失业保险金核定通知', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'cross_province',
  audiences: ['natural_person'],
  themes: ['employment', 'social_security'],
  faq: [
    { question: '失业保险金能领多长时间？', answer: '累计缴费满 1 年不足 5 年的，最长 12 个月；满 5 年不足 10 年的，最长 18 个月；10 年以上的，最长 24 个月。' },
    { question: '领取期间的医疗保险怎么办？', answer: '领取失业保险金期间，参加职工基本医疗保险，应当缴纳的基本医疗保险费从失业保险基金中支付，个人不缴纳。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.text('formerEmployer', '失业前单位名称', { maxLength: 100 }),
    F.date('separationDate', '终止或解除劳动关系日期'),
    F.select('separationReason', '中断就业原因', ['劳动合同期满终止', '用人单位解除劳动合同', '用人单位被依法宣告破产', '用人单位被吊销营业执照或责令关闭', '因用人单位过错由本人解除劳动合同']),
    F.text('jobIntention', '求职意向', { maxLength: 100 }),
  ]),
});

// ---------------------------------------------------------------------------------------------------------------
// 医保

const remoteCareImpl = implement(remoteCare, 'ybj', {
  conditions: [
    '参加本市职工基本医疗保险或城乡居民基本医疗保险，且处于正常参保状态',
    '属于异地长期居住人员（异地安置退休、异地长期居住、常驻异地工作）或临时外出就医人员（异地转诊、异地急诊抢救以外的临时外出就医）',
  ],
  materials: [
    idCard(REMOTE),
    material('referral', '转诊转院意见', REMOTE, {
      necessity: 'conditional',
      condition: '异地转诊就医的',
      source: 'other',
      sourceNote: '本市二级及以上定点医疗机构开具；已联网的医院直接推送，无需上传',
      acceptanceStandard: '写明转诊原因和转往医院，由转出医院盖章',
    }),
  ],
  fees: [],
  legalLimit: workingDays(0, `${REMOTE}：备案即时办理`),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('核验参保状态；异地长期居住人员以个人承诺代替居住证明，无需审核；即时生效并同步国家异地就医结算系统。'),
  specialProcedures: [],
  result: { name: '异地就医备案信息', type: 'filing', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'nationwide',
  audiences: ['natural_person'],
  themes: ['medical', 'retirement'],
  faq: [
    { question: '还需要提供居住证明吗？', answer: '不需要。异地长期居住人员在线签署个人承诺即可备案，居住证明已取消。' },
    { question: '备案后可以马上去外地看病吗？', answer: '可以，备案即时生效。异地长期居住人员备案有效期内，可在备案地和参保地双向享受待遇；临时外出就医人员备案有效期不少于 6 个月。' },
    { question: '忘了备案先看病了怎么办？', answer: '可在出院结算前补办备案，补办后按规定直接结算；已经全额垫付的，回参保地按规定手工报销。' },
  ],
  form: buildForm([
    F.name('insuredName', '参保人姓名'),
    F.idNumber('insuredIdNumber', '参保人公民身份号码'),
    F.phone(),
    F.radio('scheme', '参保险种', ['职工基本医疗保险', '城乡居民基本医疗保险']),
    F.select('filingType', '备案人员类型', ['异地安置退休人员', '异地长期居住人员', '常驻异地工作人员', '异地转诊人员', '临时外出就医人员']),
    F.region('destination', '就医地（省、市）'),
    F.date('startDate', '备案开始日期'),
    F.text('referralHospital', '转往医院名称', { required: false, maxLength: 100 }),
    F.pledge('residencePledge', '个人承诺', '本人承诺长期在就医地居住（或按所选类型就医），所填信息真实，如有虚假愿承担相应责任。'),
  ], [{ when: ['filingType', '异地转诊人员'], require: ['referralHospital'] }]),
});

const medicalEnrolmentImpl = implement(medicalEnrolment, 'ybj', {
  conditions: [
    '不属于职工基本医疗保险覆盖范围的本市户籍居民、在本市居住的非本市户籍居民、在校学生和新生儿',
    '未在其他统筹地区重复参加基本医疗保险',
  ],
  materials: [
    idCard(`${SIL}第二十五条`),
    material('birth-certificate', '出生医学证明', `${SIL}第二十五条`, {
      necessity: 'conditional',
      condition: '新生儿尚未办理户口登记的',
      source: 'government',
      sourceNote: '助产机构签发；已签发电子出生医学证明的系统自动调取',
      proofCode: PROOF.birthMedical,
      satisfiedByLicenseType: LICENSE_TYPES.birthCertificate,
      acceptanceStandard: '新生儿姓名、出生日期、父母信息完整',
    }),
  ],
  fees: [],
  legalLimit: workingDays(0, SAME_DAY),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('比对全国医保信息平台，确认无重复参保；困难群体身份由系统与民政、乡村振兴数据比对后自动享受资助。'),
  specialProcedures: [],
  result: { name: '城乡居民基本医疗保险参保登记信息', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall', 'self_service'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['medical', 'birth'],
  faq: [
    { question: '新生儿什么时候参保？', answer: '新生儿在出生 90 日内参保缴费的，自出生之日起享受医保待遇；可通过“出生一件事”与出生登记一并办理。' },
    { question: '集中缴费期错过了怎么办？', answer: '集中缴费期外参保的，设置待遇等待期，具体以当年自治区医保部门公布的政策为准；新生儿、退役军人等特殊人员不受集中缴费期限制。' },
  ],
  form: buildForm([
    F.name('insuredName', '参保人姓名'),
    F.idNumber('insuredIdNumber', '参保人公民身份号码', { required: false, help: '新生儿尚未办理户口登记的可不填' }),
    F.phone(),
    F.select('category', '人员类别', ['普通城乡居民', '在校学生', '新生儿', '困难群体']),
    F.date('birthDate', '出生日期', { required: false }),
    F.text('guardianName', '监护人姓名', { required: false, maxLength: 50 }),
    F.personId('guardianIdNumber', '监护人公民身份号码', { required: false }),
  ], [{ when: ['category', '新生儿'], require: ['birthDate', 'guardianName', 'guardianIdNumber'] }]),
});

const chronicImpl = implement(chronicCare, 'ybj', {
  conditions: [
    '参加本市基本医疗保险且处于正常参保状态',
    '所患疾病属于自治区统一公布的门诊慢特病病种，且符合该病种的认定标准',
  ],
  materials: [
    idCard(`${SIL}第二十八条`),
    material('diagnosis', '二级及以上定点医疗机构出具的疾病诊断证明书', '自治区医疗保障部门门诊慢特病管理规定', {
      source: 'other',
      sourceNote: '定点医疗机构出具；已接入医保信息平台的医院直接推送电子病历摘要',
      acceptanceStandard: '诊断明确，加盖医院诊断专用章，6 个月内出具',
    }),
    material('test-reports', '与申请病种认定标准对应的检查检验报告', '自治区医疗保障部门门诊慢特病管理规定', {
      source: 'other',
      sourceNote: '定点医疗机构出具；本市医疗机构的检查检验结果互认共享，无需上传',
      acceptanceStandard: '符合该病种认定标准所列的检查项目',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '按自治区门诊慢特病管理规定，受理后 20 个工作日内完成认定'),
  promisedLimit: workingDays(5, '专家评审时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '对照病种认定标准审核诊断和检查检验结果；疑难病例提交专家组评审（不计入承诺时限）。',
    '作出认定或不予认定决定；认定通过的次日起享受门诊慢特病待遇。'),
  specialProcedures: ['expert_review'],
  result: { name: '门诊慢特病待遇认定结果', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['medical'],
  faq: [
    { question: '可以在医院直接认定吗？', answer: '可以。在开通门诊慢特病“院端认定”的定点医疗机构就诊的，由医院医保办按标准直接认定，无需另行申请。' },
    { question: '认定后在哪里看病报销？', answer: '认定后可在本人选定的定点医疗机构或定点药店就医购药，费用直接结算。' },
  ],
  form: buildForm([
    F.name('insuredName', '参保人姓名'),
    F.idNumber('insuredIdNumber', '参保人公民身份号码'),
    F.phone(),
    F.radio('scheme', '参保险种', ['职工基本医疗保险', '城乡居民基本医疗保险']),
    F.select('disease', '申请病种', ['高血压病（Ⅱ级及以上）', '糖尿病', '慢性心力衰竭', '慢性阻塞性肺疾病', '恶性肿瘤门诊治疗', '慢性肾功能衰竭（透析治疗）', '器官移植术后抗排异治疗', '精神分裂症']),
    F.text('diagnosingHospital', '诊断医院', { maxLength: 100 }),
    F.text('designatedProvider', '选定的门诊慢特病定点医疗机构', { maxLength: 100 }),
  ]),
});

// ---------------------------------------------------------------------------------------------------------------
// 公积金

const HF_LIMIT = workingDays(3, `${HF}第二十五条：自受理申请之日起 3 日内作出准予提取或者不准提取的决定`);

const hfPurchaseImpl = implement(hfPurchase, 'gjj', {
  conditions: [
    '职工本人或配偶购买、建造、翻建、大修自住住房',
    '自购房合同网签备案或不动产登记之日起 2 年内申请，同一套住房只能提取一次',
  ],
  materials: [
    idCard(`${HF}第二十五条`),
    material('purchase-contract', '购房合同', `${HF}第二十四条`, {
      necessity: 'conditional',
      condition: '购买本市以外住房，或所购住房的合同未在本市网签备案的',
      acceptanceStandard: '买受人为职工本人或配偶，合同已签订',
    }),
    material('deed-tax', '购房发票或契税完税凭证', `${HF}第二十四条`, {
      necessity: 'conditional',
      condition: '购买本市以外住房的',
      acceptanceStandard: '金额与购房合同一致',
    }),
    material('marriage-certificate', '结婚证（电子证照调取）', `${HF}第二十四条`, {
      necessity: 'conditional',
      condition: '提取配偶住房公积金的',
      source: 'government',
      sourceNote: '民政部门核发；系统通过婚姻登记信息核验',
      satisfiedByLicenseType: LICENSE_TYPES.marriageCertificate,
      acceptanceStandard: '与购房人的婚姻关系有效',
    }),
  ],
  fees: [],
  legalLimit: HF_LIMIT,
  promisedLimit: workingDays(0, '本市网签备案或不动产登记信息可共享核验的，即时到账'),
  caseKind: 'immediate',
  process: onTheSpot('通过网签备案、不动产登记和婚姻登记信息核验购房事实及与职工的关系（不再要求有房或无房证明）；核定可提取额度。'),
  specialProcedures: [],
  result: { name: '住房公积金提取到账通知', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'nationwide',
  audiences: ['natural_person'],
  themes: ['housing'],
  faq: [
    { question: '购房提取最多能提多少？', answer: '提取总额不超过购房总价款扣除已获得的住房公积金贷款后的余额，且不超过职工本人及配偶账户余额。' },
    { question: '在外地买房能在赤峰提取吗？', answer: '可以。异地购房的，上传购房合同和购房发票（或契税完税凭证）在线办理，资料核验无误后即时到账。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.radio('housingType', '住房类型', ['本市新建商品房', '本市二手房', '本市以外住房', '自建、翻建、大修住房']),
    F.text('contractNumber', '网签备案合同编号或不动产权证号', { maxLength: 50 }),
    F.amount('amount', '申请提取金额（元）', { minimum: 1 }),
    F.text('bankAccount', '收款银行账号（本人一类账户）', { maxLength: 30 }),
    F.radio('includeSpouse', '是否同时提取配偶住房公积金', ['是', '否']),
    F.text('spouseName', '配偶姓名', { required: false, maxLength: 50 }),
    F.personId('spouseIdNumber', '配偶公民身份号码', { required: false }),
  ], [{ when: ['includeSpouse', '是'], require: ['spouseName', 'spouseIdNumber'] }]),
});

const hfRentImpl = implement(hfRent, 'gjj', {
  conditions: [
    '职工连续足额缴存住房公积金满 3 个月',
    '职工本人及配偶在本市无自有住房且租赁住房自住',
    '每年提取一次，按月计算的提取额度不超过本市规定的租房提取标准或实际房租',
  ],
  materials: [
    idCard(`${HF}第二十五条`),
    material('lease-contract', '房屋租赁合同（已网签备案）', `${HF}第二十四条`, {
      necessity: 'conditional',
      condition: '按实际房租金额提取的',
      acceptanceStandard: '承租人为职工本人或配偶，合同已在本市住房租赁管理服务平台网签备案',
    }),
  ],
  fees: [],
  legalLimit: HF_LIMIT,
  promisedLimit: workingDays(0, '按标准定额提取的即时到账'),
  caseKind: 'immediate',
  process: onTheSpot('通过不动产登记信息共享核验本人及配偶在本市无自有住房（不再要求无房证明），核定额度后即时支付。'),
  specialProcedures: [],
  result: { name: '住房公积金提取到账通知', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['housing'],
  faq: [
    { question: '没有租赁合同能提取吗？', answer: '可以。按本市规定的租房提取标准定额提取的，无需提供租赁合同，在线签署无房承诺即可。' },
    { question: '可以按月自动提取吗？', answer: '可以。在线签约“按月租房提取”后，每月自动转入本人银行账户，次年续签。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.radio('method', '提取方式', ['按标准定额提取', '按实际房租提取']),
    F.address('rentalAddress', '租赁住房地址', { required: false }),
    F.amount('monthlyRent', '月租金（元）', { required: false, minimum: 1 }),
    F.radio('maritalStatus', '婚姻状况', ['未婚', '已婚', '离异', '丧偶']),
    F.text('spouseName', '配偶姓名', { required: false, maxLength: 50 }),
    F.personId('spouseIdNumber', '配偶公民身份号码', { required: false }),
    F.text('bankAccount', '收款银行账号（本人一类账户）', { maxLength: 30 }),
    F.pledge('noHomePledge', '无房承诺', '本人承诺本人及配偶在本市无自有住房，如有虚假，愿退回提取资金并承担相应责任。'),
  ], [
    { when: ['method', '按实际房租提取'], require: ['rentalAddress', 'monthlyRent'] },
    { when: ['maritalStatus', '已婚'], require: ['spouseName', 'spouseIdNumber'] },
  ]),
});

const hfRetireImpl = implement(hfRetire, 'gjj', {
  conditions: [
    '职工已办理离休、退休手续，或达到法定退休年龄',
    '住房公积金账户已停止缴存，无未结清的住房公积金贷款',
  ],
  materials: [
    idCard(`${HF}第二十五条`),
    material('bank-card', '本人社会保障卡或一类银行借记卡', `${HF}第二十五条`, {
      kind: 'original',
      form: 'paper',
      source: 'other',
      sourceNote: '本人银行账户，用于接收销户提取资金',
      acceptanceStandard: '户名为职工本人，账户状态正常',
    }),
  ],
  fees: [],
  legalLimit: HF_LIMIT,
  promisedLimit: workingDays(0, '当场办结，资金即时到账'),
  caseKind: 'immediate',
  process: onTheSpot('通过养老保险待遇信息核验离退休状态（不再要求退休证）；核对无未结清贷款；销户并支付全部余额及利息。'),
  specialProcedures: [],
  result: { name: '住房公积金销户提取到账通知', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 4,
  tripsToSite: 1,
  visitReason: '销户提取涉及账户全部余额并注销账户，须本人到窗口核验身份并确认收款账户（已开通人脸识别的可在“蒙速办”在线办理）',
  channels: ['hall', 'online', 'mobile'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['housing', 'retirement'],
  faq: [
    { question: '退休提取后账户还能继续用吗？', answer: '不能。离退休提取为销户提取，账户余额及利息全部支付后注销账户。' },
    { question: '单位还需要出具提取证明吗？', answer: '不需要。离退休状态通过养老保险数据核验，单位无需出具证明。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.date('retirementDate', '离休、退休日期'),
    F.text('bankAccount', '收款银行账号（本人一类账户）', { maxLength: 30 }),
    F.select('bankName', '收款银行', ['中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行', '内蒙古银行', '赤峰农村商业银行']),
  ]),
});

const hfLoanRepayImpl = implement(hfLoanRepay, 'gjj', {
  conditions: [
    '职工本人或配偶有未结清的购买自住住房贷款',
    '提取金额不超过已还贷款本息，每年最多提取一次（签约按月冲还的除外）',
  ],
  materials: [
    idCard(`${HF}第二十五条`),
    material('commercial-loan', '商业银行个人住房贷款合同及还款明细', `${HF}第二十四条`, {
      necessity: 'conditional',
      condition: '偿还商业性个人住房贷款，且贷款银行未与公积金中心联网的',
      acceptanceStandard: '借款人为职工本人或配偶，还款明细加盖银行业务章',
    }),
  ],
  fees: [],
  legalLimit: HF_LIMIT,
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('公积金贷款由系统直接核验；商业贷款通过联网银行接口核验还款记录；核定可提取金额。'),
  specialProcedures: [],
  result: { name: '住房公积金提取到账通知', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['housing'],
  faq: [
    { question: '公积金贷款可以用公积金按月还吗？', answer: '可以。签约“按月冲还贷”后，每月自动用账户余额偿还当期公积金贷款本息。' },
    { question: '配偶的公积金也能用来还贷吗？', answer: '可以。配偶在线授权后一并提取，婚姻关系通过婚姻登记信息核验。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.radio('loanType', '贷款类型', ['住房公积金贷款', '商业性个人住房贷款']),
    F.text('lenderBank', '贷款银行', { required: false, maxLength: 50 }),
    F.text('loanContractNumber', '贷款合同编号', { required: false, maxLength: 50 }),
    F.amount('amount', '申请提取金额（元）', { minimum: 1 }),
    F.text('bankAccount', '收款银行账号（本人一类账户）', { maxLength: 30 }),
  ], [{ when: ['loanType', '商业性个人住房贷款'], require: ['lenderBank', 'loanContractNumber'] }]),
});

const hfLoanImpl = implement(hfLoan, 'gjj', {
  conditions: [
    '职工连续足额缴存住房公积金 6 个月以上',
    '在本市购买、建造、翻建、大修自住住房',
    '借款人及配偶无未结清的住房公积金贷款，具有偿还贷款本息的能力，信用记录良好',
  ],
  materials: [
    idCard(`${HF}第二十六条`, { name: '借款人居民身份证' }),
    material('spouse-id', '借款人配偶居民身份证', `${HF}第二十六条`, {
      necessity: 'conditional',
      condition: '借款人已婚的',
      source: 'government',
      sourceNote: '公安机关核发；配偶实名认证后在线授权',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '在有效期内，婚姻关系通过婚姻登记信息核验',
    }),
    material('sale-contract', '商品房买卖合同（网签备案）', `${HF}第二十六条`, {
      acceptanceStandard: '买受人为借款人本人或配偶，合同已网签备案',
    }),
    material('down-payment', '首付款缴款凭证', '《个人住房贷款管理办法》', {
      acceptanceStandard: '首付款比例不低于本市现行公积金贷款政策规定',
    }),
  ],
  fees: [],
  legalLimit: workingDays(15, `${HF}第二十六条：自受理申请之日起 15 日内作出准予贷款或者不准贷款的决定`),
  promisedLimit: workingDays(3),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '通过缴存数据核验缴存时间和收入水平（不再要求收入证明）；查询征信；按缴存余额、还款能力和房价核定贷款额度和期限。',
    '作出准予或不予贷款决定，准予贷款的通知受委托银行办理放款。'),
  specialProcedures: [],
  result: { name: '个人住房公积金贷款审批通知书', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 4,
  tripsToSite: 1,
  visitReason: '借款人及共同借款人须本人到场面签借款合同和抵押合同，并由受委托银行核验身份',
  channels: ['online', 'mobile', 'hall', 'appointment'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['housing'],
  faq: [
    { question: '还要单位开收入证明吗？', answer: '不需要。还款能力根据住房公积金缴存基数核定，收入证明已取消。' },
    { question: '面签需要跑几次？', answer: '一次。审批通过后预约面签时间，借款人及配偶到场一次签署借款合同和抵押合同，抵押登记由中心与不动产登记机构在线办理。' },
  ],
  form: buildForm([
    F.name('borrowerName', '借款人姓名'),
    F.idNumber('borrowerIdNumber', '借款人公民身份号码'),
    F.phone(),
    F.radio('maritalStatus', '婚姻状况', ['未婚', '已婚', '离异', '丧偶']),
    F.text('spouseName', '配偶姓名', { required: false, maxLength: 50 }),
    F.personId('spouseIdNumber', '配偶公民身份号码', { required: false }),
    F.text('contractNumber', '网签备案合同编号', { maxLength: 50 }),
    F.amount('housePrice', '房屋总价（万元）', { minimum: 0.01 }),
    F.amount('loanAmount', '申请贷款金额（万元）', { minimum: 0.01 }),
    F.integer('termYears', '贷款期限（年）', { minimum: 1, maximum: 30 }),
    F.radio('repayment', '还款方式', ['等额本息', '等额本金']),
  ], [{ when: ['maritalStatus', '已婚'], require: ['spouseName', 'spouseIdNumber'] }]),
});

const hfEmployerImpl = implement(hfEmployer, 'gjj', {
  conditions: [
    '在本市依法设立的国家机关、国有企业、城镇集体企业、外商投资企业、城镇私营企业、其他城镇企业、事业单位、民办非企业单位、社会团体',
    '新设立的单位自设立之日起 30 日内办理缴存登记',
  ],
  materials: [
    businessLicense(`${HF}第十四条`, { necessity: 'conditional', condition: '单位为企业的' }),
    idCard(`${HF}第十四条`, { key: 'handler-id', name: '经办人居民身份证' }),
  ],
  fees: [],
  legalLimit: workingDays(0, SAME_DAY),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('按统一社会信用代码核验单位登记信息；核对缴存比例在 5%—12% 之间；开立单位住房公积金账户。'),
  specialProcedures: [],
  result: { name: '单位住房公积金缴存登记信息（单位账号）', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'public_institution', 'government_organ', 'social_organization'],
  themes: ['employment_hr', 'establishment'],
  faq: [
    { question: '企业开办时能同步办理吗？', answer: '可以。通过企业开办“一网通办”平台设立登记时勾选住房公积金缴存登记，领取营业执照即同步开户。' },
    { question: '机关、事业单位需要提交法人证书吗？', answer: '不需要。系统按统一社会信用代码核验机构编制部门的登记信息。' },
  ],
  form: buildForm([
    F.entityName('entityName', '单位名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '法定代表人（负责人）'),
    F.select('entityType', '单位性质', ['国家机关', '事业单位', '国有企业', '城镇集体企业', '外商投资企业', '私营企业', '社会团体', '民办非企业单位']),
    F.name('handlerName', '经办人姓名'),
    F.phone('handlerPhone', '经办人联系电话'),
    F.select('contributionRate', '缴存比例（单位和职工各）', ['5%', '6%', '7%', '8%', '9%', '10%', '11%', '12%']),
    F.integer('employeeCount', '职工人数', { minimum: 1 }),
    F.date('firstMonth', '首次缴存年月'),
  ]),
});

// ---------------------------------------------------------------------------------------------------------------
// 民政

const marriageImpl = implement(marriage, 'mzj', {
  window: 'A 区婚姻登记处（颁证大厅）',
  conditions: [
    '男女双方完全自愿',
    '男方年满 22 周岁，女方年满 20 周岁',
    '双方均无配偶',
    '双方没有直系血亲和三代以内旁系血亲关系',
    '双方亲自到婚姻登记机关共同申请',
  ],
  materials: [
    idCard('《婚姻登记条例》', { key: 'applicant-id', name: '本人居民身份证' }),
    material('partner-id', '对方当事人居民身份证', '《婚姻登记条例》', {
      source: 'government',
      sourceNote: '公安机关核发；现场人证比对',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '在有效期内，与到场当事人一致',
    }),
    material('declaration', '申请结婚登记声明书', '《婚姻登记条例》', {
      form: 'paper',
      paperCopies: 1,
      sourceNote: '双方在婚姻登记员面前当场填写并签名按指纹，代替婚姻状况证明',
      acceptanceStandard: '声明本人无配偶、与对方没有直系血亲和三代以内旁系血亲关系，双方亲笔签名',
    }),
    material('photos', '双方近期半身免冠合影照片', '《婚姻登记条例》', {
      necessity: 'conditional',
      condition: '未在婚姻登记处现场拍摄合影的',
      form: 'paper',
      paperCopies: 3,
      paperSize: '2 寸',
      acceptanceStandard: '红色背景，近 3 个月内拍摄，双方合影',
    }),
  ],
  fees: [],
  legalLimit: workingDays(0, '《婚姻登记条例》：符合结婚条件的当场予以登记，发给结婚证'),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('人证比对核验双方身份；查询全国婚姻登记信息系统确认双方无配偶；询问双方结婚意愿；符合条件的当场登记、颁发结婚证。'),
  specialProcedures: [],
  result: { name: '结婚证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.marriageCertificate },
  onlineDepth: 3,
  tripsToSite: 1,
  visitReason: '法律规定须双方当事人亲自到场：《中华人民共和国民法典》第一千零四十九条规定，要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记',
  channels: ['hall', 'appointment', 'online', 'mobile'],
  crossRegionScope: 'nationwide',
  audiences: ['natural_person'],
  themes: ['marriage'],
  faq: [
    { question: '还需要户口簿和单位开的婚姻状况证明吗？', answer: '都不需要。双方只需携带本人有效居民身份证，婚姻状况以当场签署的声明和全国婚姻登记信息核验为准，婚姻状况证明已取消。' },
    { question: '能在非户籍地办理结婚登记吗？', answer: '可以。结婚登记已实行全国通办，双方可选择在任一婚姻登记机关办理。' },
    { question: '可以预约特殊日期吗？', answer: '可以通过“蒙速办”或本平台提前 30 日预约登记日期和颁证方式；特殊日期名额有限，以预约成功为准。' },
  ],
  form: buildForm([
    F.name('applicantName', '预约人姓名'),
    F.idNumber('applicantIdNumber', '预约人公民身份号码'),
    F.text('partnerName', '对方姓名', { maxLength: 50 }),
    F.personId('partnerIdNumber', '对方公民身份号码'),
    F.phone(),
    F.date('appointmentDate', '预约登记日期'),
    F.radio('ceremony', '颁证方式', ['普通颁证', '集体颁证仪式', '个性化颁证仪式']),
    F.radio('mongolianService', '是否需要蒙汉双语服务', ['是', '否']),
  ]),
});

const dibaoImpl = implement(dibao, 'mzj', {
  place: '户籍所在地或经常居住地乡镇人民政府（街道办事处）社会救助窗口；也可在赤峰市政务服务中心 A 区 A02 号综合受理窗口（赤峰市红山区临潢大街 1 号）提交，由系统转交',
  conditions: [
    '共同生活的家庭成员人均收入低于本市公布的最低生活保障标准',
    '家庭财产状况符合本市最低生活保障家庭财产状况规定',
    '申请人在户籍所在地或经常居住地申请，共同生活的家庭成员均同意进行家庭经济状况核对',
  ],
  materials: [
    idCard(DIBAO),
    householdRegister(DIBAO),
    material('check-authorization', '家庭经济状况核对授权书', DIBAO, {
      sourceNote: '共同生活的家庭成员在线签署，授权核对收入、存款、车辆、房产等信息',
      acceptanceStandard: '全部共同生活的成年家庭成员均已签署',
    }),
    material('disability-certificate', '中华人民共和国残疾人证（电子证照调取）', DIBAO, {
      necessity: 'conditional',
      condition: '家庭成员中有残疾人的',
      source: 'government',
      sourceNote: '残疾人联合会核发；系统通过残疾人证电子证照核验',
      satisfiedByLicenseType: LICENSE_TYPES.disabilityCertificate,
      acceptanceStandard: '残疾类别、等级信息完整，证件有效',
    }),
    material('medical-bills', '自付医疗费用票据', DIBAO, {
      necessity: 'conditional',
      condition: '申请按规定扣减因病支出的',
      acceptanceStandard: '申请前 12 个月内的医疗机构收费票据，医保已结算部分不计入',
    }),
  ],
  fees: [],
  legalLimit: workingDays(30, `${DIBAO}：乡镇（街道）审核和县级民政部门确认的期限合计，不含公示期`),
  promisedLimit: workingDays(7, '入户调查和公示期间不计入'),
  caseKind: 'promised',
  process: reviewCheckDecide(3, 2, 2, {
    review: '乡镇（街道）开展家庭经济状况核对和入户调查（入户调查时间不计入承诺时限），提出审核意见并在村（居）务公开栏公示 7 日。',
    check: '民政部门复核审核意见，对公示有异议的和随机抽查的家庭进行入户核实。',
    decide: '作出确认或不予确认决定；确认的自作出决定之月起发放最低生活保障金，不予确认的书面说明理由。',
  }),
  specialProcedures: ['site_inspection', 'public_notice'],
  result: { name: '最低生活保障审核确认决定', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 5,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'cross_county',
  audiences: ['natural_person'],
  themes: ['social_security', 'disability'],
  faq: [
    { question: '还需要村里或单位开收入证明吗？', answer: '不需要。家庭收入和财产通过居民家庭经济状况核对系统核对，收入证明已取消。' },
    { question: '行动不便无法上网怎么办？', answer: '可委托村（居）民委员会或他人代为提出申请，也可由村（社区）帮办代办员上门帮办。' },
    { question: '单身重病、重残人员可以单独申请吗？', answer: '可以。脱离生活困难家庭单独生活的重病、重度残疾人员，可以单人户纳入最低生活保障范围。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.address('hukouAddress', '户籍地址'),
    F.address('residence', '经常居住地址'),
    F.integer('householdSize', '共同生活家庭成员人数', { minimum: 1, maximum: 20 }),
    F.textarea('members', '共同生活家庭成员（姓名、关系、公民身份号码）', { maxLength: 1000 }),
    F.amount('monthlyIncome', '家庭月收入合计（元）', { minimum: 0 }),
    F.select('reason', '主要困难原因', ['因病', '因残', '因灾', '缺乏劳动能力', '失业', '子女就学']),
    F.radio('singlePerson', '是否申请单人户纳入', ['是', '否']),
    F.select('singlePersonCategory', '单人户情形', ['重病患者', '重度残疾人'], { required: false }),
  ], [{ when: ['singlePerson', '是'], require: ['singlePersonCategory'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 公安

const birthImpl = implement(birth, 'gaj', {
  conditions: [
    '婴儿在境内出生，已取得出生医学证明',
    '婴儿父亲或母亲具有本市常住户口，随父或随母落户',
    '在婴儿出生后一个月以内申报；逾期申报的仍可办理',
  ],
  materials: [
    material('birth-certificate', '出生医学证明', `${HUKOU}第七条`, {
      source: 'government',
      sourceNote: '助产机构签发；已签发电子出生医学证明的系统自动调取',
      proofCode: PROOF.birthMedical,
      satisfiedByLicenseType: LICENSE_TYPES.birthCertificate,
      acceptanceStandard: '婴儿姓名与申报一致，父母信息完整',
    }),
    householdRegister(`${HUKOU}第七条`, { name: '落户方居民户口簿' }),
    idCard(`${HUKOU}第七条`, { name: '申报人居民身份证' }),
    material('marriage-certificate', '父母结婚证（电子证照调取）', HUKOU_REFORM, {
      necessity: 'conditional',
      condition: '父母已登记结婚的',
      source: 'government',
      sourceNote: '民政部门核发；系统通过婚姻登记信息核验',
      satisfiedByLicenseType: LICENSE_TYPES.marriageCertificate,
      acceptanceStandard: '婚姻关系有效',
    }),
    material('guardianship', '监护关系证明', `${HUKOU}第七条`, {
      necessity: 'conditional',
      condition: '申报人不是婴儿父母，且监护关系无法通过户籍信息核验的',
      source: 'government',
      sourceNote: '公安派出所或村（居）民委员会出具',
      proofCode: PROOF.kinship,
      acceptanceStandard: '写明申报人与婴儿的关系，加盖出具单位印章',
    }),
  ],
  fees: [],
  legalLimit: workingDays(0, '当场办结'),
  promisedLimit: workingDays(0),
  caseKind: 'immediate',
  process: onTheSpot('核验出生医学证明真伪及父母身份、户籍信息；确定落户地址；当场登记并打印新增户口页（在线申报的邮寄送达）。'),
  specialProcedures: [],
  result: { name: '居民户口簿（新增婴儿户口页）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.householdRegister },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall', 'post'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['birth', 'household'],
  faq: [
    { question: '出生登记能和医保参保、社保卡一起办吗？', answer: '可以。选择“出生一件事”，一次填报即可同时办理出生医学证明核验、出生登记、城乡居民医保参保登记和社会保障卡申领。' },
    { question: '新的户口页怎么领取？', answer: '在线申报的，新增户口页免费邮寄到家；申报人到窗口办理的当场领取。' },
  ],
  form: buildForm([
    F.text('babyName', '婴儿姓名', { maxLength: 30 }),
    F.radio('babySex', '婴儿性别', ['男', '女']),
    F.date('babyBirthDate', '出生日期'),
    F.text('ethnicity', '民族', { maxLength: 20 }),
    F.text('birthCertificateNumber', '出生医学证明编号', { maxLength: 20 }),
    F.name('declarantName', '申报人姓名'),
    F.idNumber('declarantIdNumber', '申报人公民身份号码'),
    F.radio('relation', '申报人与婴儿关系', ['父亲', '母亲', '其他监护人']),
    F.text('guardianBasis', '监护关系说明', { required: false, maxLength: 200 }),
    F.radio('settleWith', '落户方式', ['随父落户', '随母落户']),
    F.address('settleAddress', '落户地址'),
    F.phone(),
  ], [{ when: ['relation', '其他监护人'], require: ['guardianBasis'] }]),
});

const migrationKinImpl = implement(migrationKin, 'gaj', {
  conditions: [
    '被投靠人具有本市城镇常住户口，且有合法稳定住所（含租赁）',
    '属于夫妻投靠、未成年子女投靠父母、父母投靠子女或成年子女投靠父母',
  ],
  materials: [
    idCard(`${HUKOU}第十三条`, { name: '迁移人居民身份证' }),
    householdRegister(`${HUKOU}第十三条`, { name: '被投靠人居民户口簿' }),
    material('marriage-certificate', '结婚证（电子证照调取）', HUKOU_REFORM, {
      necessity: 'conditional',
      condition: '夫妻投靠的',
      source: 'government',
      sourceNote: '民政部门核发；系统通过婚姻登记信息核验',
      satisfiedByLicenseType: LICENSE_TYPES.marriageCertificate,
      acceptanceStandard: '婚姻关系有效',
    }),
    material('kinship', '亲属关系证明', HUKOU_REFORM, {
      necessity: 'conditional',
      condition: '父母子女关系无法通过户籍、出生登记信息核验的',
      source: 'government',
      sourceNote: '公安派出所或村（居）民委员会出具',
      proofCode: PROOF.kinship,
      acceptanceStandard: '写明迁移人与被投靠人的关系，加盖出具单位印章',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '户口登记条例未规定期限，按公安机关户口迁移业务规范确定'),
  promisedLimit: workingDays(5),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '通过人口库核验迁移人和被投靠人户籍、亲属关系；跨省迁移的通过“跨省通办”系统向迁出地发起迁出核验。',
    '准予迁入的签发迁入手续，迁出地同步办理迁出，申请人在迁入地一次领取新户口簿。'),
  specialProcedures: [],
  result: { name: '居民户口簿（迁入）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.householdRegister },
  onlineDepth: 4,
  tripsToSite: 1,
  visitReason: '需本人到迁入地户籍窗口核验身份、交回原户口簿并领取新户口簿（跨省迁移“一站式”办理，无需返回迁出地）',
  channels: ['online', 'mobile', 'hall', 'appointment'],
  crossRegionScope: 'cross_province',
  audiences: ['natural_person'],
  themes: ['household', 'marriage'],
  faq: [
    { question: '从外省迁来需要先回老家开准迁证吗？', answer: '不需要。实行户口迁移“跨省通办”，在迁入地一次申请，迁出手续由两地公安机关网上流转办理。' },
    { question: '需要开户籍证明吗？', answer: '不需要。户籍信息通过全国人口信息系统核验，户籍证明已取消。' },
  ],
  form: buildForm([
    F.name('migrantName', '迁移人姓名'),
    F.idNumber('migrantIdNumber', '迁移人公民身份号码'),
    F.phone(),
    F.text('hostName', '被投靠人姓名', { maxLength: 50 }),
    F.personId('hostIdNumber', '被投靠人公民身份号码'),
    F.select('relation', '投靠关系', ['夫妻投靠', '未成年子女投靠父母', '成年子女投靠父母', '父母投靠子女']),
    F.address('originalHukou', '原户籍地址'),
    F.address('destination', '迁入地址'),
    F.radio('hasAccompanying', '是否有随迁人员', ['是', '否']),
    F.textarea('accompanyingMembers', '随迁人员（姓名、与迁移人关系、公民身份号码）', { required: false, maxLength: 500, help: '每行一人' }),
  ], [{ when: ['hasAccompanying', '是'], require: ['accompanyingMembers'] }]),
});

const migrationHomeImpl = implement(migrationHome, 'gaj', {
  conditions: [
    '在本市城镇购买住房并已取得不动产权证书',
    '迁移人为产权人本人或其配偶、未成年子女',
  ],
  materials: [
    idCard(`${HUKOU}第十三条`, { name: '迁移人居民身份证' }),
    material('real-estate-certificate', '不动产权证书（电子证照调取）', HUKOU_REFORM, {
      source: 'government',
      sourceNote: '不动产登记机构核发；系统通过不动产登记信息核验，无需提交房产证明',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '权利人为迁移人本人或配偶，用途为住宅',
    }),
    householdRegister(`${HUKOU}第十三条`, { name: '迁移人原居民户口簿' }),
  ],
  fees: [],
  legalLimit: workingDays(20, '户口登记条例未规定期限，按公安机关户口迁移业务规范确定'),
  promisedLimit: workingDays(3),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '通过不动产登记信息核验住房产权；核验迁移人身份和户籍；确定落户地址与不动产坐落一致。',
    '准予迁入的签发迁入手续，迁出地同步办理迁出。'),
  specialProcedures: [],
  result: { name: '居民户口簿（迁入）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.householdRegister },
  onlineDepth: 4,
  tripsToSite: 1,
  visitReason: '需本人到迁入地户籍窗口核验身份、交回原户口簿并领取新户口簿（跨省迁移“一站式”办理，无需返回迁出地）',
  channels: ['online', 'mobile', 'hall', 'appointment'],
  crossRegionScope: 'cross_province',
  audiences: ['natural_person'],
  themes: ['household', 'housing'],
  faq: [
    { question: '买的二手房能落户吗？', answer: '能。取得不动产权证书的住宅即可申请落户，新建商品房和二手房均适用。' },
    { question: '需要提供房产证明吗？', answer: '不需要。产权信息通过不动产登记信息共享核验，房产证明已取消。' },
  ],
  form: buildForm([
    F.name('migrantName', '迁移人姓名'),
    F.idNumber('migrantIdNumber', '迁移人公民身份号码'),
    F.phone(),
    F.text('certificateNumber', '不动产权证书号', { maxLength: 50 }),
    F.radio('ownerRelation', '迁移人与产权人关系', ['本人', '配偶', '未成年子女']),
    F.address('originalHukou', '原户籍地址'),
    F.address('destination', '迁入地址（不动产坐落）'),
  ]),
});

const idCardImpl = implement(idCardIssue, 'gaj', {
  conditions: [
    '具有本市常住户口的中国公民，或在本市居住的外省户籍居民（异地受理）',
    '首次申领、有效期满换领、证件损坏换领或丢失补领',
  ],
  materials: [
    householdRegister(ID_LAW, { necessity: 'conditional', condition: '首次申领居民身份证的' }),
    material('old-id-card', '原居民身份证', ID_LAW, {
      necessity: 'conditional',
      condition: '有效期满换领或证件损坏换领的',
      source: 'government',
      sourceNote: '办理时交回，由受理窗口收回',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '与申请人一致',
    }),
    material('guardian-id', '监护人居民身份证', ID_LAW, {
      necessity: 'conditional',
      condition: '申请人未满 16 周岁的',
      source: 'government',
      sourceNote: '公安机关核发；现场人证比对',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '监护关系通过户籍信息核验',
    }),
  ],
  fees: [{
    item: '居民身份证工本费',
    standard: '申领、换领、补领居民身份证每证 20 元；临时居民身份证每证 10 元',
    basis: `${ID_LAW}；国家发展改革委、财政部关于居民身份证收费标准的规定`,
    reducible: true,
    reductionBasis: `${ID_LAW}：城市中领取最低生活保障金的居民、农村中有特殊生活困难的居民初次申领和换领免收工本费；其他生活确有困难的居民可以减收`,
  }],
  legalLimit: workingDays(60, `${ID_LAW}：自公民提交申领登记表之日起 60 日内发放居民身份证`),
  promisedLimit: workingDays(15, '含制证和邮寄时间'),
  caseKind: 'promised',
  process: reviewAndDecide(15,
    '核对人口信息、相片和指纹质量；补领的比对挂失信息；上传省制证中心制证（制证时间计入审查环节）。',
    '审核签发，证件制成后邮寄或通知领取。'),
  specialProcedures: [],
  result: { name: '居民身份证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.residentIdCard },
  onlineDepth: 3,
  tripsToSite: 1,
  visitReason: '须本人到场采集人像和指纹信息：《中华人民共和国居民身份证法》规定居民身份证登记本人相片和指纹信息，须现场采集',
  channels: ['hall', 'appointment', 'online', 'mobile', 'payment', 'post'],
  crossRegionScope: 'nationwide',
  audiences: ['natural_person'],
  themes: ['household'],
  faq: [
    { question: '证件办好后还要再跑一趟领取吗？', answer: '不用。受理时选择免费邮寄，证件制成后寄送到家，全程只需跑一次。' },
    { question: '在外地能换领身份证吗？', answer: '可以。居民身份证换领、补领已实行全国通办，可在居住地任一受理点办理。' },
    { question: '急需身份证怎么办？', answer: '可同时申领临时居民身份证，当场办结，有效期 3 个月。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.radio('applyType', '申领类型', ['首次申领', '有效期满换领', '损坏换领', '丢失补领']),
    F.radio('isMinor', '申请人是否未满 16 周岁', ['是', '否']),
    F.text('guardianName', '监护人姓名', { required: false, maxLength: 50 }),
    F.personId('guardianIdNumber', '监护人公民身份号码', { required: false }),
    F.radio('delivery', '领取方式', ['邮寄送达', '窗口领取']),
    F.address('deliveryAddress', '邮寄地址', { required: false }),
  ], [
    { when: ['isMinor', '是'], require: ['guardianName', 'guardianIdNumber'] },
    { when: ['delivery', '邮寄送达'], require: ['deliveryAddress'] },
  ]),
});

const noCrimeImpl = implement(noCrimeCert, 'gaj', {
  conditions: [
    '申请人为本市户籍居民，或在本市居住的外省户籍居民',
    '查询本人在中国境内有无犯罪记录，用于就业、出国（境）、资格认定等用途',
  ],
  materials: [
    idCard('《公安机关办理犯罪记录查询工作规定》'),
    ...agentMaterials('《公安机关办理犯罪记录查询工作规定》'),
  ],
  fees: [],
  legalLimit: workingDays(3, '《公安机关办理犯罪记录查询工作规定》：受理后 3 个工作日内出具'),
  promisedLimit: workingDays(0, '系统比对无记录的即时出具电子证明'),
  caseKind: 'immediate',
  process: onTheSpot('系统比对全国违法犯罪人员信息；查询无犯罪记录的即时生成带电子印章的证明；比对有疑似记录的转人工核查。'),
  specialProcedures: [],
  result: { name: '无犯罪记录证明（电子证明）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.criminalRecordCertificate },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'nationwide',
  audiences: ['natural_person'],
  themes: ['employment'],
  faq: [
    { question: '电子证明和纸质证明效力一样吗？', answer: '一样。电子证明加盖电子印章，使用单位可扫描二维码或在线核验真伪。' },
    { question: '用人单位能替我查询吗？', answer: '单位不能直接查询个人是否有犯罪记录，法律另有规定的除外；可由本人申请后出示电子证明。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.select('purpose', '查询用途', ['就业', '出国（境）', '入学', '资格认定', '驾驶员从业资格', '签证办理']),
    F.radio('abroad', '是否用于出国（境）', ['是', '否']),
    F.text('destinationCountry', '前往国家（地区）', { required: false, maxLength: 50 }),
  ], [{ when: ['abroad', '是'], require: ['destinationCountry'] }]),
});

const passportImpl = implement(passportIssue, 'gaj', {
  conditions: [
    '中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国',
    '首次申请、护照有效期即将届满换发、签证页即将使用完毕换发，或护照损毁、遗失补发',
  ],
  materials: [
    material('old-passport', '原普通护照', `${PASSPORT_LAW}第十一条`, {
      necessity: 'conditional',
      condition: '换发护照的',
      source: 'government',
      sourceNote: '办理时交回，由受理窗口收回',
      acceptanceStandard: '护照与申请人一致，未被宣布作废',
    }),
    material('guardian-consent', '监护人出具的同意出境意见书', `${PASSPORT_LAW}第五条；《中国公民因私出国（境）证件申请规定》`, {
      necessity: 'conditional',
      condition: '申请人未满 16 周岁的',
      source: 'applicant',
      acceptanceStandard: '监护人签名，并由监护人陪同办理',
    }),
  ],
  fees: [{
    item: '普通护照工本费',
    standard: '每本 120 元',
    basis: '国家发展改革委、财政部关于降低部分行政事业性收费标准的通知（发改价格〔2019〕914号）',
    reducible: false,
  }],
  legalLimit: workingDays(15, `${PASSPORT_LAW}第六条：公安机关出入境管理机构应当自收到申请材料之日起十五日内签发普通护照`),
  promisedLimit: workingDays(3, '含制证时间，可选择邮寄送达'),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '核对申请人身份和出境事由，比对人像指纹，核查法定不准出境情形（《中华人民共和国护照法》第十三条）。',
    '审批签发，证件制成后邮寄或通知领取。'),
  specialProcedures: [],
  result: { name: '中华人民共和国普通护照', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.ordinaryPassport },
  onlineDepth: 3,
  tripsToSite: 1,
  visitReason: '须本人到场采集人像和指纹信息：《中华人民共和国护照法》第六条规定申请人应当本人到场',
  channels: ['hall', 'appointment', 'online', 'mobile', 'payment', 'post'],
  crossRegionScope: 'nationwide',
  audiences: ['natural_person'],
  themes: ['travel'],
  faq: [
    { question: '可以在赤峰办理外地户籍人员的护照吗？', answer: '可以。普通护照签发已实行全国通办，凭居民身份证即可在居住地出入境窗口申请。' },
    { question: '办好的护照能寄到家吗？', answer: '能。受理时选择邮寄送达，护照制成后寄到指定地址，全程只跑一次。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.radio('applyType', '申请类别', ['首次申请', '换发', '补发']),
    F.radio('isMinor', '申请人是否未满 16 周岁', ['是', '否']),
    F.text('guardianName', '监护人姓名', { required: false, maxLength: 50 }),
    F.radio('delivery', '领取方式', ['邮寄送达', '窗口领取']),
    F.address('deliveryAddress', '邮寄地址', { required: false }),
  ], [
    { when: ['isMinor', '是'], require: ['guardianName'] },
    { when: ['delivery', '邮寄送达'], require: ['deliveryAddress'] },
  ]),
});

export const PEOPLE_BASIC_ITEMS: DemoBasicItem[] = [
  pensionEnrolment, ssCard, employmentCard, unemploymentBenefit, remoteCare, medicalEnrolment, chronicCare, hfWithdrawal, hfPurchase,
  hfRent, hfRetire, hfLoanRepay, hfLoan, hfEmployer, marriage, dibao, birth, migration, migrationKin, migrationHome, idCardIssue,
  noCrimeCert, passportIssue,
];

export const PEOPLE_IMPLEMENTATIONS: DemoImplementation[] = [
  pensionImpl, ssCardImpl, employmentCardImpl, unemploymentImpl, remoteCareImpl, medicalEnrolmentImpl, chronicImpl, hfPurchaseImpl,
  hfRentImpl, hfRetireImpl, hfLoanRepayImpl, hfLoanImpl, hfEmployerImpl, marriageImpl, dibaoImpl, birthImpl, migrationKinImpl,
  migrationHomeImpl, idCardImpl, noCrimeImpl, passportImpl,
];
