/**
 * Sector permits (准营) and qualifications: health (卫健), transport (交通), education (教育), culture and tourism
 * (文旅), agriculture and animal husbandry (农牧), pollutant discharge (生态环境), hazardous chemicals (应急) and water
 * abstraction (水利).
 */
import type { DemoBasicItem, DemoImplementation } from '../demo-catalog.ts';
import { PROOF } from './proofs.ts';
import {
  basicItem, buildForm, businessLicense, F, householdRegister, idCard, implement, LICENSE_TYPES, material, onTheSpot, reviewAndDecide,
  reviewCheckDecide, workingDays,
} from './common.ts';

const DOCTOR = '《中华人民共和国医师法》';
const DOCTOR_REG = '《医师执业注册管理办法》';
const HOSPITAL = '《医疗机构管理条例》';
const HOSPITAL_RULES = '《医疗机构管理条例实施细则》';
const HYGIENE = '《公共场所卫生管理条例》';
const HYGIENE_RULES = '《公共场所卫生管理条例实施细则》';
const ROAD = '《中华人民共和国道路运输条例》';
const FREIGHT = '《道路货物运输及站场管理规定》';
const RIDEHAIL = '《网络预约出租汽车经营服务管理暂行办法》';
const TAXI_DRIVER = '《出租汽车驾驶员从业资格管理规定》';
const TEACHER = '《中华人民共和国教师法》';
const TEACHER_RULES = '《〈教师资格条例〉实施办法》';
const STATUS = '《中小学生学籍管理办法》';
const ENTERTAINMENT = '《娱乐场所管理条例》';
const PERFORMANCE = '《营业性演出管理条例》';
const PESTICIDE = '《农药管理条例》';
const PESTICIDE_RULES = '《农药经营许可管理办法》';
const ANIMAL = '《中华人民共和国动物防疫法》';
const ANIMAL_RULES = '《动物防疫条件审查办法》';
const DISCHARGE = '《排污许可管理条例》';
const HAZCHEM = '《危险化学品安全管理条例》';
const HAZCHEM_RULES = '《危险化学品经营许可证管理办法》';
const WATER = '《取水许可和水资源费征收管理条例》';

// ---------------------------------------------------------------------------------------------------------------
// Basic items

const physician = basicItem('01', 40, 0, '医师执业注册', `${DOCTOR}第十三条、第十四条；${DOCTOR_REG}`, 7);
const hospital = basicItem('01', 41, 0, '医疗机构执业登记', `${HOSPITAL}；${HOSPITAL_RULES}`, 7);
const hygiene = basicItem('01', 42, 0, '公共场所卫生许可', `${HYGIENE}第八条；${HYGIENE_RULES}`, 7);
const freight = basicItem('01', 50, 0, '道路货物运输经营许可', `${ROAD}；${FREIGHT}`, 7);
const ridehail = basicItem('01', 51, 0, '网络预约出租汽车驾驶员证核发', `${RIDEHAIL}第十四条、第十五条；${TAXI_DRIVER}`, 7);
const teacher = basicItem('01', 60, 0, '教师资格认定', `${TEACHER}第十条、第十一条、第十三条；《教师资格条例》；${TEACHER_RULES}`, 7);
const transfer = basicItem('20', 10, 0, '义务教育阶段学生转学', `《中华人民共和国义务教育法》第十二条；${STATUS}`, 7);
const entertainment = basicItem('01', 70, 0, '娱乐场所经营许可', `${ENTERTAINMENT}；《娱乐场所管理办法》`, 7);
const performance = basicItem('01', 71, 0, '营业性演出审批', `${PERFORMANCE}；《营业性演出管理条例实施细则》`, 7);
const pesticide = basicItem('01', 80, 0, '农药经营许可', `${PESTICIDE}；${PESTICIDE_RULES}`, 7);
const animal = basicItem('01', 81, 0, '动物防疫条件合格证核发', `${ANIMAL}；${ANIMAL_RULES}`, 7);
const discharge = basicItem('01', 90, 0, '排污许可证核发', `《中华人民共和国环境保护法》第四十五条；${DISCHARGE}`, 7);
const hazchem = basicItem('01', 100, 0, '危险化学品经营许可证核发', `${HAZCHEM}第三十三条、第三十四条、第三十五条；${HAZCHEM_RULES}`, 7);
const water = basicItem('01', 110, 0, '取水许可', `《中华人民共和国水法》第七条、第四十八条；${WATER}；《取水许可管理办法》`, 7);

// ---------------------------------------------------------------------------------------------------------------
// 卫健

const physicianImpl = implement(physician, 'wjw', {
  conditions: [
    '已取得医师资格',
    '已被医疗卫生机构聘用，拟在该机构执业',
    '不具有《中华人民共和国医师法》规定的不予注册情形',
  ],
  materials: [
    idCard(DOCTOR_REG),
    material('physician-qualification', '医师资格证书（电子证照调取）', `${DOCTOR}第十三条`, {
      source: 'government',
      sourceNote: '卫生健康主管部门核发；系统按公民身份号码调取',
      satisfiedByLicenseType: LICENSE_TYPES.physicianQualification,
      acceptanceStandard: '资格类别与申请的执业类别一致',
    }),
    material('health-check', '申请人 6 个月内的健康体检表', DOCTOR_REG, {
      source: 'other',
      sourceNote: '县级以上医疗机构出具；体检机构已联网的直接推送',
      proofCode: PROOF.health,
      acceptanceStandard: '6 个月内出具，体检结论明确，能够胜任医师工作',
    }),
    material('employment', '拟执业医疗卫生机构的聘用证明', DOCTOR_REG, {
      source: 'other',
      sourceNote: '由拟执业机构在电子化注册系统中在线确认，无需纸质件',
      acceptanceStandard: '机构名称、执业地点与申请一致',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, `${DOCTOR}第十三条：自受理申请之日起二十个工作日内准予注册`),
  promisedLimit: workingDays(3),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '核验医师资格和身份信息；核对拟执业机构执业许可证载明的诊疗科目与申请执业范围相符；核查是否存在不予注册情形。',
    '准予注册的在电子化注册系统中生成电子医师执业证书；不予注册的书面说明理由。'),
  specialProcedures: [],
  result: { name: '医师执业证书（电子证照）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.physicianPractice },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['employment'],
  faq: [
    { question: '在多个医院执业需要分别注册吗？', answer: '不需要。医师以一个医疗卫生机构为主要执业机构注册，在其他机构执业的，通过电子化注册系统进行备案即可。' },
    { question: '纸质医师执业证书还发吗？', answer: '实行电子证照，电子医师执业证书与纸质证书具有同等效力，可在“蒙速办”和电子化注册系统查看、出示。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.text('qualificationNumber', '医师资格证书编码', { maxLength: 30 }),
    F.select('category', '执业类别', ['临床', '中医', '口腔', '公共卫生']),
    F.text('scope', '执业范围', { maxLength: 100, help: '如：内科专业、外科专业、全科医学专业' }),
    F.text('institution', '拟执业医疗卫生机构名称', { maxLength: 100 }),
    F.orgCode('institutionCreditCode', '拟执业机构统一社会信用代码'),
    F.radio('registrationType', '注册类型', ['首次注册', '重新注册']),
    F.text('previousRegistration', '原注册执业机构及注销日期', { required: false, maxLength: 200 }),
  ], [{ when: ['registrationType', '重新注册'], require: ['previousRegistration'] }]),
});

const hospitalImpl = implement(hospital, 'wjw', {
  conditions: [
    '按照规定应当办理设置医疗机构批准书的，已取得设置医疗机构批准书（实行设置审批与执业登记“两证合一”的一并申请）',
    '符合医疗机构基本标准',
    '有适合的名称、组织机构和场所',
    '有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员',
    '有相应的规章制度，能够独立承担民事责任',
  ],
  materials: [
    businessLicense(HOSPITAL_RULES, { necessity: 'conditional', condition: '申请人为营利性医疗机构的' }),
    material('premises-title', '医疗机构用房不动产权证书（电子证照调取）', HOSPITAL_RULES, {
      necessity: 'conditional',
      condition: '医疗机构用房为自有房屋的',
      source: 'government',
      sourceNote: '不动产登记机构核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '坐落与执业地址一致，用途适合开展诊疗活动',
    }),
    material('premises-lease', '医疗机构用房租赁合同', HOSPITAL_RULES, {
      necessity: 'conditional',
      condition: '医疗机构用房为租赁房屋的',
      acceptanceStandard: '租赁期限不少于 1 年，地址与执业地址一致',
    }),
    material('floor-plan', '医疗机构建筑平面布局图', HOSPITAL_RULES, {
      acceptanceStandard: '标明各科室、诊室、医技用房位置和面积，符合医疗机构基本标准和院感布局要求',
    }),
    material('equipment-list', '医疗设备清单', HOSPITAL_RULES, {
      acceptanceStandard: '与申请的诊疗科目相适应，大型医用设备附配置许可',
    }),
    material('staff-roster', '卫生技术人员名录（含执业证书编号）', HOSPITAL_RULES, {
      acceptanceStandard: '人员数量和资质符合医疗机构基本标准，执业证书编号可在电子化注册系统核验',
    }),
    material('rules', '医疗机构规章制度目录', HOSPITAL_RULES, {
      acceptanceStandard: '至少包括医疗质量安全核心制度、院感管理、医疗废物处置、传染病报告制度',
    }),
  ],
  fees: [],
  legalLimit: workingDays(45, `${HOSPITAL}：自受理执业登记申请之日起 45 日内进行审核`),
  promisedLimit: workingDays(10, '现场审核时间不计入'),
  caseKind: 'promised',
  process: reviewCheckDecide(7, 2, 1, {
    review: '审查申请材料；组织现场审核：房屋布局、设施设备、人员资质与申报一致（现场审核时间不计入承诺时限）。',
    check: '复核现场审核意见和整改情况，核定诊疗科目和床位。',
    decide: '准予登记的核发医疗机构执业许可证；不予登记的书面说明理由。',
  }),
  specialProcedures: ['site_inspection'],
  result: { name: '医疗机构执业许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.medicalInstitutionLicense },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall', 'post'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'public_institution', 'social_organization'],
  themes: ['permits'],
  faq: [
    { question: '诊所需要先办设置审批吗？', answer: '不需要。诊所实行备案管理，向所在地县级卫生健康主管部门备案后即可开展执业活动；本事项适用于医院、门诊部等医疗机构。' },
    { question: '医疗机构执业许可证需要校验吗？', answer: '需要。床位在 100 张以上的综合医院等每 3 年校验一次，其他医疗机构每年校验一次。' },
  ],
  form: buildForm([
    F.entityName('institutionName', '医疗机构名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '法定代表人（主要负责人）'),
    F.phone(),
    F.select('category', '医疗机构类别', ['综合医院', '中医医院', '中西医结合医院', '民族医医院', '专科医院', '门诊部', '医学检验实验室']),
    F.radio('nature', '经营性质', ['营利性', '非营利性']),
    F.textarea('departments', '诊疗科目', { maxLength: 500 }),
    F.integer('beds', '床位数', { minimum: 0 }),
    F.address('address', '执业地址'),
    F.radio('premisesTenure', '用房权属', ['自有', '租赁']),
  ]),
});

const hygieneImpl = implement(hygiene, 'wjw', {
  conditions: [
    '属于依法需要取得卫生许可的公共场所：宾馆、旅店、招待所，公共浴室，理发店、美容店，游泳场（馆）',
    '卫生设施设备和布局符合公共场所卫生标准和卫生规范',
    '建立卫生管理制度，配备专（兼）职卫生管理人员',
    '直接为顾客服务的从业人员取得有效健康合格证明',
  ],
  materials: [
    businessLicense(HYGIENE_RULES),
    material('floor-plan', '公共场所平面布局图', HYGIENE_RULES, {
      acceptanceStandard: '标明经营场所面积和卫生设施（消毒间、通风设施、更衣室等）位置',
    }),
    material('hygiene-rules', '公共场所卫生管理制度', HYGIENE_RULES, {
      acceptanceStandard: '包括卫生管理人员职责、从业人员健康管理、清洗消毒、卫生检测、危害健康事故应急处置',
    }),
    material('staff-health', '从业人员健康合格证明', `${HYGIENE}第七条`, {
      source: 'other',
      sourceNote: '卫生健康部门指定的体检机构出具；已联网的机构直接推送',
      proofCode: PROOF.health,
      acceptanceStandard: '直接为顾客服务的从业人员全部在有效期内',
    }),
    material('hygiene-test', '公共场所卫生检测（评价）报告', HYGIENE_RULES, {
      necessity: 'conditional',
      condition: '选择一般程序（不作告知承诺）办理的',
      source: 'other',
      sourceNote: '具备资质的检测机构出具；选择告知承诺的，在取证后 3 个月内补交',
      acceptanceStandard: '检测项目覆盖空气质量、微小气候、水质、采光照明、公共用品用具',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, `${HYGIENE_RULES}：自受理申请之日起 20 日内作出决定`),
  promisedLimit: workingDays(1, '选择告知承诺的，材料齐全即作出许可决定；事后 3 个月内现场核查'),
  caseKind: 'promised',
  process: reviewAndDecide(1,
    '审查材料；选择告知承诺的，核对承诺内容后直接进入决定，现场核查改为事后核查；一般程序的结合检测报告审查。',
    '作出许可决定，核发电子公共场所卫生许可证。'),
  specialProcedures: [],
  result: { name: '公共场所卫生许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.hygieneLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'natural_person'],
  themes: ['permits'],
  allowsCommitment: true,
  faq: [
    { question: '开饭馆、咖啡馆需要办卫生许可证吗？', answer: '不需要。饭馆、咖啡馆、酒吧、茶座等场所的公共场所卫生许可已经取消，餐饮服务按食品经营许可办理。' },
    { question: '告知承诺后没有按时补交检测报告会怎样？', answer: '承诺期满未补交或经核查不符合承诺条件的，依法撤销许可，并记入信用记录。' },
  ],
  form: buildForm([
    F.entityName('entityName', '单位名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '法定代表人（负责人）'),
    F.phone(),
    F.address('address', '经营地址'),
    F.select('category', '场所类别', ['宾馆、旅店、招待所', '公共浴室', '理发店、美容店', '游泳场（馆）']),
    F.amount('area', '营业面积（平方米）', { minimum: 1 }),
    F.integer('staff', '从业人员人数', { minimum: 1 }),
    F.radio('procedure', '办理方式', ['告知承诺', '一般程序']),
    F.text('testReportNumber', '卫生检测报告编号', { required: false, maxLength: 50 }),
    F.pledge('truthPledge', '信息真实承诺', '本单位承诺所填信息和提交材料真实有效；选择告知承诺的，承诺已符合许可条件，并在 3 个月内补交卫生检测报告。'),
  ], [{ when: ['procedure', '一般程序'], require: ['testReportNumber'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 交通

const freightImpl = implement(freight, 'jtj', {
  conditions: [
    '有与其经营业务相适应并经检测合格的车辆（使用总质量 4.5 吨以上的普通货运车辆）',
    '有符合规定条件的驾驶人员：取得相应的机动车驾驶证，年龄不超过 60 周岁，经考试合格取得道路运输从业人员从业资格证',
    '有健全的安全生产管理制度',
  ],
  materials: [
    businessLicense(FREIGHT),
    material('vehicle-license', '拟投入车辆行驶证（电子证照调取）', FREIGHT, {
      necessity: 'conditional',
      condition: '已购置拟投入经营的车辆的',
      source: 'government',
      sourceNote: '公安机关交通管理部门核发，系统按号牌号码调取',
      satisfiedByLicenseType: LICENSE_TYPES.vehicleLicense,
      acceptanceStandard: '车辆所有人与申请人一致，检验合格',
    }),
    material('driver-qualification', '驾驶人员从业资格证（电子证照调取）', FREIGHT, {
      source: 'government',
      sourceNote: '道路运输管理机构核发，系统按驾驶员公民身份号码调取',
      satisfiedByLicenseType: LICENSE_TYPES.driverQualification,
      acceptanceStandard: '从业资格类别为道路货物运输驾驶员，在有效期内',
    }),
    material('safety-rules', '安全生产管理制度文本', FREIGHT, {
      acceptanceStandard: '包括安全生产责任制度、安全生产业务操作规程、安全生产监督检查制度、驾驶员和车辆安全生产管理制度',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, `${ROAD}：自受理申请之日起 20 日内审查完毕`),
  promisedLimit: workingDays(3),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '核验车辆技术等级和驾驶员从业资格；审查安全生产管理制度是否健全；尚未购车的，核对拟投入车辆承诺。',
    '作出许可决定，核发电子道路运输经营许可证；已购车辆同步配发道路运输证。'),
  specialProcedures: [],
  result: { name: '道路运输经营许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.roadTransportLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'natural_person'],
  themes: ['permits'],
  faq: [
    { question: '用小货车拉货需要办道路运输经营许可吗？', answer: '不需要。使用总质量 4.5 吨及以下普通货运车辆从事普通货运经营的，无需申请道路运输经营许可和道路运输证。' },
    { question: '还没买车可以先申请吗？', answer: '可以。在线签署拟投入车辆承诺书后先取得许可，购车后再申领道路运输证。' },
  ],
  form: buildForm([
    F.entityName('entityName', '申请人名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '法定代表人（经营者）'),
    F.phone(),
    F.checkbox('scope', '申请经营范围', ['普通货运', '货物专用运输（集装箱）', '货物专用运输（冷藏保鲜）', '大型物件运输']),
    F.integer('vehicleCount', '拟投入车辆数', { minimum: 1 }),
    F.integer('driverCount', '驾驶人员人数', { minimum: 1 }),
    F.radio('vehiclesPurchased', '车辆是否已购置', ['是', '否']),
    F.textarea('plateNumbers', '车辆号牌号码', { required: false, maxLength: 500, help: '每行一个号牌号码' }),
    F.address('parking', '停车场地地址'),
    F.pledge('vehiclePledge', '拟投入车辆承诺', '本单位承诺投入经营的车辆符合国家有关技术标准，未购车的在取得许可后按承诺数量购置。'),
  ], [{ when: ['vehiclesPurchased', '是'], require: ['plateNumbers'] }]),
});

const ridehailImpl = implement(ridehail, 'jtj', {
  conditions: [
    '取得相应准驾车型机动车驾驶证并具有 3 年以上驾驶经历',
    '无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续 3 个记分周期内没有记满 12 分记录',
    '无暴力犯罪记录',
    '经全国公共科目和区域科目考试合格',
  ],
  materials: [
    idCard(TAXI_DRIVER),
    material('driving-license', '机动车驾驶证（电子证照调取）', `${RIDEHAIL}第十四条`, {
      source: 'government',
      sourceNote: '公安机关交通管理部门核发，系统自动调取驾驶证和记分信息',
      satisfiedByLicenseType: LICENSE_TYPES.drivingLicense,
      acceptanceStandard: '初次领证满 3 年，状态正常',
    }),
    material('no-crime', '无犯罪记录证明', `${RIDEHAIL}第十四条`, {
      necessity: 'conditional',
      condition: '背景核查信息无法通过公安机关数据共享获取的（如近 5 年在外省居住）',
      source: 'government',
      sourceNote: '公安机关出具；可在线申请电子证明后调取',
      proofCode: PROOF.criminalRecord,
      satisfiedByLicenseType: LICENSE_TYPES.criminalRecordCertificate,
      acceptanceStandard: '3 个月内出具，载明无犯罪记录',
    }),
    material('photo', '驾驶员近期正面免冠彩色照片', TAXI_DRIVER, {
      acceptanceStandard: '白色背景，JPG 格式，不小于 358×441 像素',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, '《中华人民共和国行政许可法》第四十二条'),
  promisedLimit: workingDays(5, '考试时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '通过公安数据共享完成背景核查（驾驶经历、犯罪、吸毒、酒驾、记分记录）；安排考试并核对考试成绩。',
    '考试合格且背景核查通过的，核发网络预约出租汽车驾驶员证（电子证照同步签发）。'),
  specialProcedures: [],
  result: { name: '网络预约出租汽车驾驶员证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.ridehailDriverCertificate },
  onlineDepth: 4,
  tripsToSite: 1,
  visitReason: '须本人到指定考点参加全国公共科目和区域科目考试（计算机考试，现场核验身份并采集人像）',
  channels: ['online', 'mobile', 'hall', 'appointment'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['employment'],
  faq: [
    { question: '已经有巡游出租车从业资格证还要考试吗？', answer: '已取得巡游出租汽车驾驶员从业资格的，只需参加网络预约出租汽车区域科目考试。' },
    { question: '考试不合格可以补考吗？', answer: '可以。考试不合格的可在线预约补考，补考合格后继续办理，无需重新申请。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.text('drivingLicenseFileNumber', '驾驶证档案编号', { maxLength: 12 }),
    F.date('firstLicensedDate', '初次领取驾驶证日期'),
    F.select('licenseClass', '准驾车型', ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']),
    F.text('platform', '拟服务的网约车平台', { maxLength: 100 }),
    F.radio('hasTaxiQualification', '是否已取得巡游出租汽车驾驶员从业资格证', ['是', '否']),
    F.text('taxiQualificationNumber', '巡游出租汽车驾驶员从业资格证号', { required: false, maxLength: 30 }),
  ], [{ when: ['hasTaxiQualification', '是'], require: ['taxiQualificationNumber'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 教育

const teacherImpl = implement(teacher, 'jyj', {
  conditions: [
    '中国公民，遵守宪法和法律，热爱教育事业，具有良好的思想品德',
    '具备《中华人民共和国教师法》规定的相应学历',
    '中小学教师资格考试合格，或属于免试认定改革范围的师范类专业毕业生并取得教育教学能力测试合格证明',
    '普通话水平达到二级乙等及以上（语文教师二级甲等及以上）',
    '具有良好的身体素质和心理素质，体检合格',
  ],
  materials: [
    idCard(TEACHER_RULES),
    material('diploma', '学历证书', `${TEACHER}第十一条`, {
      source: 'other',
      sourceNote: '高等学校颁发；通过中国高等教育学生信息网（学信网）在线核验，核验通过的无需上传',
      acceptanceStandard: '学历层次符合申请资格种类的要求',
    }),
    material('exam-certificate', '中小学教师资格考试合格证明（电子证照调取）', TEACHER_RULES, {
      source: 'government',
      sourceNote: '教育部教育考试院出具，系统按公民身份号码调取',
      satisfiedByLicenseType: LICENSE_TYPES.teacherExamCertificate,
      acceptanceStandard: '在有效期内，类别与学科与申请一致',
    }),
    material('mandarin-certificate', '普通话水平测试等级证书（电子证照调取）', TEACHER_RULES, {
      source: 'government',
      sourceNote: '语言文字工作部门颁发，系统调取电子证书',
      satisfiedByLicenseType: LICENSE_TYPES.mandarinCertificate,
      acceptanceStandard: '等级达到要求',
    }),
    material('health-check', '教师资格认定体检表', TEACHER_RULES, {
      form: 'paper',
      source: 'other',
      sourceNote: '认定机构指定的县级以上医疗机构出具',
      proofCode: PROOF.health,
      acceptanceStandard: '按教师资格认定体检标准体检，结论为合格，医院加盖公章',
    }),
    material('photo', '本人近期免冠正面证件照', TEACHER_RULES, {
      acceptanceStandard: '白色背景，JPG 格式，用于制作证书',
    }),
  ],
  fees: [],
  legalLimit: workingDays(30, '《教师资格条例》：受理申请的机关应当自收到申请之日起 30 日内作出决定'),
  promisedLimit: workingDays(7, '自现场确认之日起计算'),
  caseKind: 'promised',
  process: reviewCheckDecide(4, 2, 1, {
    review: '现场确认后审查学历、考试合格证明、普通话等级和体检结论；通过公安数据核查有无犯罪记录。',
    check: '专家审查组复核审查意见，对学历、专业与任教学科不一致的情形提出意见。',
    decide: '作出认定决定，颁发教师资格证书（同步生成电子证照）。',
  }),
  specialProcedures: [],
  result: { name: '教师资格证书', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.teacherQualification },
  onlineDepth: 4,
  tripsToSite: 1,
  visitReason: '须本人持居民身份证和体检表到认定机构现场确认，核验身份并提交体检表原件',
  channels: ['online', 'hall', 'appointment', 'post'],
  crossRegionScope: 'none',
  audiences: ['natural_person'],
  themes: ['employment', 'education'],
  faq: [
    { question: '一年可以申请几次？', answer: '本市每年春季、秋季各组织一次认定，具体时间以教育局发布的公告为准。' },
    { question: '证书可以邮寄吗？', answer: '可以。现场确认时选择邮寄，证书制作完成后免费寄送。' },
  ],
  form: buildForm([
    F.name(),
    F.idNumber(),
    F.phone(),
    F.select('qualificationType', '申请资格种类', ['幼儿园教师资格', '小学教师资格', '初级中学教师资格', '高级中学教师资格', '中等职业学校教师资格', '中等职业学校实习指导教师资格']),
    F.text('subject', '任教学科', { maxLength: 50 }),
    F.select('education', '最高学历', ['中专', '大专', '本科', '硕士研究生', '博士研究生']),
    F.text('school', '毕业院校', { maxLength: 100 }),
    F.text('examCertificateNumber', '考试合格证明编号', { maxLength: 30 }),
    F.select('mandarinLevel', '普通话等级', ['一级甲等', '一级乙等', '二级甲等', '二级乙等']),
    F.radio('employed', '是否在职', ['是', '否']),
    F.text('employer', '工作单位', { required: false, maxLength: 100 }),
    F.pledge('conductPledge', '思想品德承诺', '本人承诺遵守宪法和法律，无违反教师职业道德的行为，无犯罪记录，所填信息真实。'),
  ], [{ when: ['employed', '是'], require: ['employer'] }]),
});

const transferImpl = implement(transfer, 'jyj', {
  conditions: [
    '学生已在全国中小学生学籍信息管理系统中建立学籍',
    '因户籍迁移、监护人工作调动或家庭居住地变更需要转学',
    '转入学校所在学区有学位，符合就近入学原则',
  ],
  materials: [
    idCard(STATUS, { name: '监护人居民身份证' }),
    householdRegister(STATUS, { necessity: 'conditional', condition: '因户籍迁移转学的', name: '学生居民户口簿' }),
    material('home-title', '住房不动产权证书（电子证照调取）', '《中华人民共和国义务教育法》第十二条', {
      necessity: 'conditional',
      condition: '因购买住房变更家庭居住地转学的',
      source: 'government',
      sourceNote: '不动产登记机构核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '权利人为监护人，坐落在转入学校学区内',
    }),
    material('home-lease', '住房租赁合同（已网签备案）', '《中华人民共和国义务教育法》第十二条', {
      necessity: 'conditional',
      condition: '因租赁住房变更家庭居住地转学的',
      acceptanceStandard: '承租人为监护人，房屋在转入学校学区内',
    }),
  ],
  fees: [],
  legalLimit: workingDays(10, `${STATUS}：转出、转入学校和学籍主管部门在学籍系统中办理转学手续的期限`),
  promisedLimit: workingDays(2),
  caseKind: 'promised',
  process: reviewAndDecide(2,
    '核对学籍信息和转学原因；通过户籍、不动产、网签备案信息核验居住情况（居住证明已取消，由监护人承诺）；协调转入学校学位。',
    '同意转学的在学籍系统中发起转接，通知转出和转入学校。'),
  specialProcedures: [],
  result: { name: '转学联系单（学籍转接完成通知）', type: 'other', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'cross_province',
  audiences: ['natural_person'],
  themes: ['education'],
  faq: [
    { question: '学期中间可以转学吗？', answer: '原则上在学期初或学期末办理；因监护人工作调动等确需学期中转学的，可随时申请。' },
    { question: '从外省转入需要回原学校办手续吗？', answer: '不需要。转学通过全国学籍系统网上流转，转出学校在线确认即可。' },
  ],
  form: buildForm([
    F.name('guardianName', '监护人姓名'),
    F.idNumber('guardianIdNumber', '监护人公民身份号码'),
    F.phone(),
    F.text('studentName', '学生姓名', { maxLength: 30 }),
    F.personId('studentIdNumber', '学生公民身份号码'),
    F.text('currentSchool', '现就读学校', { maxLength: 100 }),
    F.select('grade', '年级', ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级']),
    F.text('targetSchool', '拟转入学校', { maxLength: 100 }),
    F.radio('reason', '转学原因', ['户籍迁移', '监护人工作调动', '家庭居住地变更']),
    F.address('newResidence', '现居住地址', { required: false }),
    F.pledge('residencePledge', '居住承诺', '本人承诺学生随监护人在所填地址实际居住，如有虚假愿承担相应责任。'),
  ], [{ when: ['reason', '家庭居住地变更'], require: ['newResidence'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 文旅

const entertainmentImpl = implement(entertainment, 'wlj', {
  conditions: [
    '投资人、法定代表人、主要负责人不具有《娱乐场所管理条例》规定的禁止情形',
    '经营场所不设在居民楼、博物馆、图书馆和被核定为文物保护单位的建筑物内，与学校等场所的距离符合规定',
    '歌舞娱乐场所包厢、包间设置符合规定，内部不设隔断、不安装内锁',
    '游艺娱乐场所设置的游戏游艺设备符合国家标准，未成年人专用设备区域与其他区域分隔',
  ],
  materials: [
    businessLicense(ENTERTAINMENT),
    idCard(ENTERTAINMENT, { key: 'legal-rep-id', name: '法定代表人（主要负责人）居民身份证' }),
    material('floor-plan', '经营场所平面示意图', '《娱乐场所管理办法》', {
      acceptanceStandard: '标明包厢、包间、舞池、游戏游艺设备区的位置和面积，以及安全出口和疏散通道',
    }),
    material('premises-title', '经营场所不动产权证书（电子证照调取）', '《娱乐场所管理办法》', {
      necessity: 'conditional',
      condition: '经营场所为自有房屋的',
      source: 'government',
      sourceNote: '不动产登记机构核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '坐落与经营地址一致',
    }),
    material('premises-lease', '经营场所租赁合同', '《娱乐场所管理办法》', {
      necessity: 'conditional',
      condition: '经营场所为租赁房屋的',
      acceptanceStandard: '租赁期限覆盖申请之日，地址与申请一致',
    }),
    material('game-devices', '游戏游艺设备清单', '《娱乐场所管理办法》', {
      necessity: 'conditional',
      condition: '经营游艺娱乐场所的',
      acceptanceStandard: '列明设备名称、型号、数量和生产企业，均为通过内容审核的机型',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, `${ENTERTAINMENT}：自受理申请之日起 20 日内作出决定`),
  promisedLimit: workingDays(5, '实地检查时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '审查投资人、负责人是否存在禁止情形；实地检查场所位置、包厢设置、设备机型与申报一致（实地检查时间不计入承诺时限）。',
    '作出许可决定，核发娱乐经营许可证；不予许可的书面说明理由。'),
  specialProcedures: ['site_inspection'],
  result: { name: '娱乐经营许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.entertainmentLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise'],
  themes: ['permits'],
  faq: [
    { question: '取得娱乐经营许可证后还要办消防手续吗？', answer: '需要。公众聚集场所投入使用、营业前，应当向消防救援机构申请消防安全检查，可通过本平台一并提交。' },
    { question: '网吧也在这里办吗？', answer: '不是。互联网上网服务营业场所经营许可按《互联网上网服务营业场所管理条例》另行办理。' },
  ],
  form: buildForm([
    F.entityName('entityName', '经营单位名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '法定代表人（主要负责人）'),
    F.phone(),
    F.address('address', '经营地址'),
    F.radio('venueType', '场所类型', ['歌舞娱乐场所', '游艺娱乐场所']),
    F.amount('area', '经营面积（平方米）', { minimum: 1 }),
    F.integer('roomCount', '包厢、包间数量', { required: false, minimum: 0 }),
    F.integer('deviceCount', '游戏游艺设备数量', { required: false, minimum: 1 }),
    F.radio('premisesTenure', '经营场所权属', ['自有', '租赁']),
    F.pledge('noProhibitedPledge', '投资人及负责人声明', '本单位声明投资人、法定代表人、主要负责人不具有《娱乐场所管理条例》规定的禁止情形。'),
  ], [
    { when: ['venueType', '歌舞娱乐场所'], require: ['roomCount'] },
    { when: ['venueType', '游艺娱乐场所'], require: ['deviceCount'] },
  ]),
});

const performanceImpl = implement(performance, 'wlj', {
  conditions: [
    '举办单位为取得营业性演出许可证的文艺表演团体或演出经纪机构',
    '演出场所合法，符合安全、消防要求',
    '演出内容不含《营业性演出管理条例》禁止的内容',
    '预计参加人数达到 1000 人以上的，已取得公安机关大型群众性活动安全许可',
  ],
  materials: [
    material('performance-license', '营业性演出许可证（电子证照调取）', PERFORMANCE, {
      source: 'government',
      sourceNote: '文化和旅游主管部门核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.performanceLicense,
      acceptanceStandard: '在有效期内，持证单位与举办单位一致',
    }),
    material('venue-agreement', '演出场地使用协议', '《营业性演出管理条例实施细则》', {
      acceptanceStandard: '载明演出场所、日期和场次，与申请一致',
    }),
    material('program', '演出节目内容及演员名单', '《营业性演出管理条例实施细则》', {
      acceptanceStandard: '列明节目名称、内容简介、演员姓名和身份证件号码',
      commonMistakes: ['节目单只写“歌舞表演若干”，未列出具体节目'],
    }),
    material('mass-event-permit', '大型群众性活动安全许可决定书（电子证照调取）', '《大型群众性活动安全管理条例》', {
      necessity: 'conditional',
      condition: '预计参加人数达到 1000 人以上的',
      source: 'government',
      sourceNote: '公安机关核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.massEventPermit,
      acceptanceStandard: '活动名称、时间、地点与申请一致',
    }),
  ],
  fees: [],
  legalLimit: workingDays(3, `${PERFORMANCE}：自受理申请之日起 3 日内作出决定`),
  promisedLimit: workingDays(0, '材料齐全、内容符合规定的当场作出决定'),
  caseKind: 'immediate',
  process: onTheSpot('审核演出节目内容和演员名单；核验举办单位资质和场地协议；大型演出核验安全许可；当场作出准予或不予许可决定。'),
  specialProcedures: [],
  result: { name: '营业性演出准予许可决定书', type: 'approval_document', sampleFile: null, licenseTypeCode: LICENSE_TYPES.performanceApproval },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'public_institution'],
  themes: ['operation'],
  faq: [
    { question: '有外国演员参加的演出在这里审批吗？', answer: '不是。涉外及港澳台营业性演出由自治区文化和旅游厅审批。' },
    { question: '演出节目变更怎么办？', answer: '演出前变更节目或演员的，应当重新报送变更后的节目内容和演员名单，审核通过后方可演出。' },
  ],
  form: buildForm([
    F.entityName('entityName', '举办单位名称'),
    F.creditCode(),
    F.phone(),
    F.text('showName', '演出名称', { maxLength: 100 }),
    F.date('startDate', '演出开始日期'),
    F.date('endDate', '演出结束日期'),
    F.address('venue', '演出场所'),
    F.integer('sessions', '演出场次', { minimum: 1 }),
    F.integer('expectedAudience', '每场预计观众人数', { minimum: 1 }),
    F.radio('largeEvent', '预计参加人数是否达到 1000 人以上', ['是', '否']),
    F.text('massEventPermitNumber', '大型群众性活动安全许可文号', { required: false, maxLength: 50 }),
  ], [{ when: ['largeEvent', '是'], require: ['massEventPermitNumber'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 农牧

const pesticideImpl = implement(pesticide, 'nmj', {
  conditions: [
    '有具备农学、植保、农药等相关专业中专以上学历或者专业教育培训机构 56 学时以上学习经历，熟悉农药管理规定，能够指导安全合理使用农药的经营人员',
    '有与饮用水水源、生活区域等有效隔离的营业场所和仓储场所，并配备与所申请经营农药相适应的防护设施',
    '有与所申请经营农药相适应的质量管理、台账记录、安全防护、应急处置、仓储管理制度和岗位操作规程',
    '经营限制使用农药的，还应当配备相应的专业技术人员和限制使用农药专柜',
  ],
  materials: [
    businessLicense(PESTICIDE_RULES),
    material('staff-qualification', '经营人员学历证书或农药经营培训合格证明', PESTICIDE_RULES, {
      source: 'other',
      sourceNote: '学历通过学信网核验；培训证明由专业教育培训机构出具',
      acceptanceStandard: '专业和学时符合要求',
    }),
    material('premises-plan', '营业场所和仓储场所平面图及面积说明', PESTICIDE_RULES, {
      acceptanceStandard: '标明地址、面积、与饮用水水源和生活区域的隔离情况，以及防护设施位置',
    }),
    material('management-rules', '农药经营质量管理、台账记录、安全防护、应急处置、仓储管理制度和岗位操作规程', PESTICIDE_RULES, {
      acceptanceStandard: '制度齐全，可操作',
    }),
    material('restricted-counter', '限制使用农药专柜设置及专人管理说明', PESTICIDE_RULES, {
      necessity: 'conditional',
      condition: '申请经营限制使用农药的',
      acceptanceStandard: '专柜位置、专门技术人员姓名和资质明确',
    }),
  ],
  fees: [],
  legalLimit: workingDays(20, `${PESTICIDE}：自受理申请之日起 20 个工作日内作出审批决定`),
  promisedLimit: workingDays(5, '现场核查时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '审查经营人员资质和管理制度；现场核查营业场所、仓储场所的隔离和防护设施（现场核查时间不计入承诺时限）。',
    '作出许可决定，核发农药经营许可证。'),
  specialProcedures: ['site_inspection'],
  result: { name: '农药经营许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.pesticideLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'natural_person'],
  themes: ['permits'],
  faq: [
    { question: '只卖卫生用农药需要办证吗？', answer: '不需要。专门经营卫生用农药的，不需要取得农药经营许可证。' },
    { question: '农药经营许可证有效期多久？', answer: '有效期 5 年。期满需要继续经营的，应当在有效期届满 90 日前申请延续。' },
  ],
  form: buildForm([
    F.entityName('entityName', '经营者名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '法定代表人（负责人）'),
    F.phone(),
    F.address('shopAddress', '营业场所地址'),
    F.address('warehouseAddress', '仓储场所地址'),
    F.radio('scope', '经营范围', ['农药（限制使用农药除外）', '农药（含限制使用农药）']),
    F.text('restrictedManager', '限制使用农药专门技术人员姓名', { required: false, maxLength: 50 }),
  ], [{ when: ['scope', '农药（含限制使用农药）'], require: ['restrictedManager'] }]),
});

const animalImpl = implement(animal, 'nmj', {
  conditions: [
    '场所的位置与居民生活区、生活饮用水水源地、学校、医院等公共场所的距离符合国务院农业农村主管部门的规定',
    '生产经营区域封闭隔离，工程设计和有关流程符合动物防疫要求',
    '有与其规模相适应的污水、污物处理设施，病死动物和病害动物产品无害化处理设施设备或者冷藏冷冻设施设备，以及清洗消毒设施设备',
    '有与其规模相适应的执业兽医或者动物防疫技术人员',
    '有完善的隔离消毒、购销台账、日常巡查等动物防疫制度',
  ],
  materials: [
    businessLicense(ANIMAL_RULES, { necessity: 'conditional', condition: '申请人为企业或个体工商户的' }),
    idCard(ANIMAL_RULES, { name: '申请人（负责人）居民身份证' }),
    material('site-layout', '场所地理位置图和各功能区布局平面图', ANIMAL_RULES, {
      acceptanceStandard: '标明与周边居民区、水源地、学校、医院的距离，以及生产区、生活区、隔离区、无害化处理区的位置',
    }),
    material('facility-list', '动物防疫设施设备清单', ANIMAL_RULES, {
      acceptanceStandard: '包括清洗消毒、污水污物处理、无害化处理或冷藏冷冻设施设备',
    }),
    material('vet-staff', '执业兽医或动物防疫技术人员名单', ANIMAL_RULES, {
      acceptanceStandard: '人数与场所规模相适应，执业兽医附执业证书编号',
    }),
    material('epidemic-rules', '动物防疫制度文本', ANIMAL_RULES, {
      acceptanceStandard: '包括隔离消毒、购销台账、日常巡查、疫情报告、无害化处理制度',
    }),
  ],
  fees: [],
  legalLimit: workingDays(15, `${ANIMAL_RULES}：自受理申请之日起 15 个工作日内完成材料审核和现场核查`),
  promisedLimit: workingDays(3, '现场核查时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(3,
    '审核布局和制度材料；结合选址风险评估开展现场核查（不计入承诺时限）。',
    '审查合格的颁发动物防疫条件合格证；不合格的书面通知并说明理由。'),
  specialProcedures: ['site_inspection'],
  result: { name: '动物防疫条件合格证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.animalEpidemicCertificate },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'natural_person'],
  themes: ['permits'],
  faq: [
    { question: '小规模养殖户需要办证吗？', answer: '达到自治区规定的畜禽规模养殖场标准的需要办理；散养户不需要，但应当做好免疫、消毒等动物防疫工作。' },
    { question: '场所变更了怎么办？', answer: '变更场所地址或者经营范围的，应当重新申请办理；变更单位名称或者法定代表人的，办理变更手续。' },
  ],
  form: buildForm([
    F.radio('applicantType', '申请人类型', ['企业或个体工商户', '自然人']),
    F.entityName('applicantName', '申请人名称（姓名）'),
    F.creditCode('creditCode', '统一社会信用代码', { required: false }),
    F.idNumber('idNumber', '负责人公民身份号码'),
    F.phone(),
    F.select('siteType', '场所类型', ['动物饲养场', '动物隔离场所', '动物屠宰加工场所', '动物和动物产品无害化处理场所']),
    F.select('species', '畜禽种类', ['生猪', '肉牛', '奶牛', '肉羊', '蛋鸡', '肉鸡']),
    F.text('scale', '设计规模', { maxLength: 100, help: '如：年出栏生猪 5000 头' }),
    F.address('siteAddress', '场所地址'),
  ], [{ when: ['applicantType', '企业或个体工商户'], require: ['creditCode'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 生态环境

const dischargeImpl = implement(discharge, 'sthj', {
  conditions: [
    '依法取得建设项目环境影响报告书（表）批准文件，或者已经办理环境影响登记表备案手续',
    '污染物排放符合污染物排放标准要求，重点污染物排放符合排污许可证申请与核发技术规范、环境影响报告书（表）批准文件、重点污染物排放总量控制要求',
    '采用污染防治设施可以达到许可排放浓度要求或者符合污染防治可行技术',
    '自行监测方案的监测点位、指标、频次等符合国家自行监测规范',
  ],
  materials: [
    businessLicense(DISCHARGE),
    material('application-info', '排污许可证申请信息（全国排污许可证管理信息平台填报）', DISCHARGE, {
      acceptanceStandard: '按行业排污许可证申请与核发技术规范填报排污单位基本信息、产排污环节、污染防治设施、许可排放限值',
    }),
    material('monitoring-plan', '自行监测方案', DISCHARGE, {
      acceptanceStandard: '监测点位、指标、频次符合国家自行监测规范',
    }),
    material('outlet-note', '排污口规范化情况说明', DISCHARGE, {
      acceptanceStandard: '列明排污口位置、数量、设置标志牌情况',
    }),
    material('eia-approval', '建设项目环境影响评价审批意见（电子证照调取）', DISCHARGE, {
      necessity: 'conditional',
      condition: '依法需要取得环境影响报告书（表）批准文件的新建、改建、扩建项目',
      source: 'government',
      sourceNote: '生态环境主管部门核发，系统自动关联',
      satisfiedByLicenseType: LICENSE_TYPES.eiaApproval,
      acceptanceStandard: '项目名称、建设内容与申请一致',
    }),
    material('offset-plan', '污染物排放总量替代削减方案', DISCHARGE, {
      necessity: 'conditional',
      condition: '位于环境质量不达标地区，需要进行污染物排放量削减替代的',
      acceptanceStandard: '替代来源明确，削减量满足要求',
    }),
  ],
  fees: [],
  legalLimit: workingDays(30, `${DISCHARGE}：实行重点管理的自受理申请之日起 30 日内、实行简化管理的 20 日内作出审批决定`),
  promisedLimit: workingDays(5, '现场核查时间不计入'),
  caseKind: 'promised',
  process: reviewAndDecide(5,
    '按技术规范审查许可排放限值、污染防治设施和自行监测方案；重点管理单位必要时组织现场核查（不计入承诺时限）。',
    '作出审批决定，核发排污许可证并在全国排污许可证管理信息平台公开。'),
  specialProcedures: ['site_inspection'],
  result: { name: '排污许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.dischargePermit },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'public_institution'],
  themes: ['permits', 'operation'],
  faq: [
    { question: '排污登记管理的单位也需要申请许可证吗？', answer: '不需要。实行排污登记管理的排污单位在全国排污许可证管理信息平台填报排污登记表即可，不需要申请取得排污许可证。' },
    { question: '排污许可证有效期多久？', answer: '有效期 5 年。需要延续的，应当在有效期届满 60 日前向审批部门提出申请。' },
  ],
  form: buildForm([
    F.entityName('entityName', '排污单位名称'),
    F.creditCode(),
    F.legalRepresentative(),
    F.phone(),
    F.address('siteAddress', '生产经营场所地址'),
    F.text('industry', '行业类别', { maxLength: 100 }),
    F.radio('managementClass', '管理类别', ['重点管理', '简化管理']),
    F.checkbox('pollutants', '主要污染物类别', ['废气', '废水', '工业固体废物', '噪声']),
    F.text('onlineMonitoring', '自动监测设备安装及联网情况', { required: false, maxLength: 200 }),
    F.pledge('dischargePledge', '排污许可承诺', '本单位承诺申请材料真实，按证排污，按规定开展自行监测、建立环境管理台账、提交执行报告。'),
  ], [{ when: ['managementClass', '重点管理'], require: ['onlineMonitoring'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 应急

const hazchemImpl = implement(hazchem, 'yjj', {
  conditions: [
    '有符合国家标准、行业标准的经营场所和储存设施',
    '从业人员经过专业技术培训并经考核合格',
    '有健全的安全管理规章制度',
    '有专职安全管理人员',
    '有符合国家规定的危险化学品事故应急预案和必要的应急救援器材、设备',
  ],
  materials: [
    businessLicense(HAZCHEM_RULES),
    material('safety-competence', '主要负责人和安全管理人员安全生产知识和管理能力考核合格证（电子证照调取）', `${HAZCHEM}第三十四条`, {
      source: 'government',
      sourceNote: '应急管理部门核发，系统按公民身份号码调取',
      satisfiedByLicenseType: LICENSE_TYPES.safetyCompetence,
      acceptanceStandard: '在有效期内，人员与申请一致',
    }),
    material('premises-title', '经营和储存场所不动产权证书（电子证照调取）', HAZCHEM_RULES, {
      necessity: 'conditional',
      condition: '经营或储存场所为自有房屋的',
      source: 'government',
      sourceNote: '不动产登记机构核发，系统自动调取',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '坐落与申请一致',
    }),
    material('premises-lease', '经营和储存场所租赁合同', HAZCHEM_RULES, {
      necessity: 'conditional',
      condition: '经营或储存场所为租赁的',
      acceptanceStandard: '租赁期限覆盖申请之日，用途符合危险化学品储存要求',
    }),
    material('safety-rules', '安全生产规章制度和岗位操作规程目录', `${HAZCHEM}第三十四条`, {
      acceptanceStandard: '包括全员安全生产责任制、危险化学品购销管理、储存管理、安全检查和隐患排查治理制度',
    }),
    material('emergency-plan', '危险化学品事故应急预案', `${HAZCHEM}第三十四条`, {
      acceptanceStandard: '按规定完成评审，附应急救援器材、设备清单',
    }),
    material('safety-evaluation', '储存设施安全评价报告', HAZCHEM_RULES, {
      acceptanceStandard: '由具备资质的安全评价机构出具，结论明确',
    }),
  ],
  fees: [],
  legalLimit: workingDays(30, `${HAZCHEM}第三十五条：自收到申请之日起 30 日内作出批准或者不予批准的决定`),
  promisedLimit: workingDays(7, '现场核查时间不计入'),
  caseKind: 'promised',
  process: reviewCheckDecide(5, 1, 1, {
    review: '审查文件材料；组织现场核查储存设施、安全距离、应急器材（不计入承诺时限）。',
    check: '复核现场核查意见和整改情况，核定经营许可范围。',
    decide: '作出批准或不予批准决定，批准的核发危险化学品经营许可证。',
  }),
  specialProcedures: ['site_inspection'],
  result: { name: '危险化学品经营许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.hazardousChemicalsLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise'],
  themes: ['permits'],
  intermediaryServices: ['储存设施安全评价（申请人自主选择具备资质的安全评价机构）'],
  faq: [
    { question: '不带储存设施的经营也在市应急管理局办理吗？', answer: '不是。不带储存设施经营（票据经营）的，向所在地旗县区应急管理局申请；本事项适用于带有储存设施的经营企业。' },
    { question: '许可证有效期多久？', answer: '有效期 3 年。有效期满后需要继续经营的，应当在期满 3 个月前提出延期申请。' },
  ],
  form: buildForm([
    F.entityName('entityName', '企业名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '主要负责人'),
    F.phone(),
    F.address('businessAddress', '经营场所地址'),
    F.address('storageAddress', '储存设施地址'),
    F.textarea('chemicals', '经营的危险化学品品种', { maxLength: 1000, help: '按《危险化学品目录》名称填写' }),
    F.amount('maxStorage', '最大储存量（吨）', { minimum: 0.001 }),
    F.text('safetyManager', '专职安全管理人员姓名', { maxLength: 50 }),
    F.radio('majorHazard', '是否构成重大危险源', ['是', '否']),
    F.text('majorHazardFiling', '重大危险源备案编号', { required: false, maxLength: 50 }),
  ], [{ when: ['majorHazard', '是'], require: ['majorHazardFiling'] }]),
});

// ---------------------------------------------------------------------------------------------------------------
// 水利

const waterImpl = implement(water, 'swj', {
  conditions: [
    '取水符合流域综合规划、区域水资源规划和用水总量控制指标',
    '已按规定开展建设项目水资源论证',
    '取水不损害第三者合法权益，退水符合水功能区管理要求',
    '在地下水禁采区不新增取用地下水',
  ],
  materials: [
    businessLicense(WATER),
    material('water-assessment', '建设项目水资源论证报告书（表）', `${WATER}；《建设项目水资源论证管理办法》`, {
      acceptanceStandard: '论证取水水源、取水量的合理性和可靠性，以及取水和退水对水资源和第三者的影响',
    }),
    material('third-party', '与第三者利害关系及处理意见说明', WATER, {
      necessity: 'conditional',
      condition: '取水可能影响第三者合法权益的',
      acceptanceStandard: '说明利害关系人、影响程度，附协商意见或补偿方案',
    }),
  ],
  fees: [],
  legalLimit: workingDays(45, `${WATER}：自受理取水申请之日起 45 个工作日内决定批准或者不批准`),
  promisedLimit: workingDays(11, '水资源论证报告书技术审查时间不计入'),
  caseKind: 'promised',
  process: reviewCheckDecide(8, 2, 1, {
    review: '组织水资源论证报告书技术审查（不计入承诺时限）；审查用水总量控制指标、取水水源和取水量的合理性。',
    check: '复核审查意见，征求利害关系人意见的，汇总处理情况。',
    decide: '作出批准或不批准决定；批准的取水工程建成并验收合格后核发取水许可证。',
  }),
  specialProcedures: ['expert_review'],
  result: { name: '取水申请批准文件', type: 'approval_document', sampleFile: null, licenseTypeCode: null },
  onlineDepth: 6,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'hall'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'public_institution'],
  themes: ['permits', 'construction'],
  intermediaryServices: ['建设项目水资源论证报告书（表）编制（申请人自主委托技术单位）'],
  faq: [
    { question: '取水许可证什么时候发？', answer: '取水申请批准后，取水工程或者设施建成并试运行满 30 日，经验收合格的，核发电子取水许可证。' },
    { question: '农村家庭生活用水需要办取水许可吗？', answer: '不需要。农村集体经济组织及其成员使用本集体经济组织的水塘、水库中的水，以及家庭生活和零星散养、圈养畜禽饮用等少量取水的，不需要申请取水许可。' },
  ],
  form: buildForm([
    F.entityName('entityName', '取水单位名称'),
    F.creditCode(),
    F.legalRepresentative(),
    F.phone(),
    F.address('intakeLocation', '取水地点'),
    F.radio('sourceType', '取水水源类型', ['地表水', '地下水']),
    F.integer('wellCount', '取水井数量', { required: false, minimum: 1 }),
    F.amount('annualVolume', '年取水量（万立方米）', { minimum: 0.0001 }),
    F.select('purpose', '取水用途', ['工业', '城镇公共供水', '农业灌溉', '生态环境', '火（核）电']),
    F.textarea('dischargePlan', '退水地点、退水量和退水水质', { maxLength: 500 }),
  ], [{ when: ['sourceType', '地下水'], require: ['wellCount'] }]),
});

export const SECTOR_BASIC_ITEMS: DemoBasicItem[] = [
  physician, hospital, hygiene, freight, ridehail, teacher, transfer, entertainment, performance, pesticide, animal, discharge, hazchem, water,
];

export const SECTOR_IMPLEMENTATIONS: DemoImplementation[] = [
  physicianImpl, hospitalImpl, hygieneImpl, freightImpl, ridehailImpl, teacherImpl, transferImpl, entertainmentImpl, performanceImpl,
  pesticideImpl, animalImpl, dischargeImpl, hazchemImpl, waterImpl,
];
