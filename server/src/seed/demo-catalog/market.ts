/**
 * Market regulation (市场监督管理): individual businesses (个体工商户) and food business licensing. The city distributes
 * 个体工商户设立登记 to the districts, which fill in only their local elements.
 */
import type { DemoBasicItem, DemoImplementation } from '../demo-catalog.ts';
import { PROOF } from './proofs.ts';
import {
  agentMaterials, basicItem, buildForm, businessLicense, F, idCard, implement, inheritFrom, LICENSE_TYPES, material, onTheSpot,
  reviewAndDecide, workingDays,
} from './common.ts';

const REG = '《中华人民共和国市场主体登记管理条例》';
const REG16 = `${REG}第十六条`;
const FOOD = '《食品经营许可和备案管理办法》';

const getihu = basicItem('01', 1, 0, '个体工商户登记', `《促进个体工商户发展条例》；${REG}第八条、第十九条`, 7);
const getihuSetup = basicItem('01', 1, 1, '个体工商户设立登记', `《促进个体工商户发展条例》；${REG}第八条、第十六条、第十九条；《中华人民共和国市场主体登记管理条例实施细则》`, 7, getihu);
const getihuChange = basicItem('01', 1, 2, '个体工商户变更登记', `《促进个体工商户发展条例》；${REG}第二十四条；《中华人民共和国市场主体登记管理条例实施细则》`, 7, getihu);
const foodLicense = basicItem('01', 2, 0, '食品经营许可', '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》', 7);

const setupCity = implement(getihuSetup, 'scjg', {
  conditions: [
    '经营者为具有经营能力的自然人；家庭经营的，参加经营的家庭成员均应具有经营能力',
    '有与经营范围相适应的经营场所，一个个体工商户只登记一个经营场所',
    '经营范围不属于法律、行政法规禁止个体工商户从事的项目；经营范围中含许可项目的，领取营业执照后向审批部门申请许可',
    '使用名称的，名称符合企业名称登记管理规定；个体工商户也可以不使用名称',
  ],
  materials: [
    idCard(REG16, { name: '经营者居民身份证' }),
    material('premises-lease', '经营场所租赁协议', REG16, {
      necessity: 'conditional',
      condition: '经营场所为租赁房屋的',
      acceptanceStandard: '租赁期限覆盖申请之日，出租人、房屋地址与申请表一致，双方签字',
      commonMistakes: ['租赁协议地址写到小区名称为止，未写楼栋和门牌号', '出租人不是房屋产权人且未附转租同意书'],
    }),
    material('premises-title', '经营场所不动产权证书（电子证照调取）', REG16, {
      necessity: 'conditional',
      condition: '经营场所为经营者本人或家庭成员自有房屋的',
      source: 'government',
      sourceNote: '不动产登记机构核发，系统通过不动产登记信息共享核验，无需提交有房证明',
      satisfiedByLicenseType: LICENSE_TYPES.realEstateCertificate,
      acceptanceStandard: '权利人为经营者或其家庭成员，坐落与经营场所一致',
    }),
    material('family-member-ids', '参加经营的家庭成员居民身份证', REG16, {
      necessity: 'conditional',
      condition: '组成形式为家庭经营的',
      source: 'government',
      sourceNote: '公安机关核发；系统按申请表填写的公民身份号码核验',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '与申请表所列家庭成员一致，均在有效期内',
    }),
    material('family-kinship', '家庭成员亲属关系证明', '《中华人民共和国市场主体登记管理条例实施细则》', {
      necessity: 'conditional',
      condition: '组成形式为家庭经营，且户籍、婚姻登记信息无法核验家庭成员关系的',
      source: 'government',
      sourceNote: '公安派出所或村（居）民委员会出具；能通过户籍、婚姻登记信息共享核验的无需提交',
      proofCode: PROOF.kinship,
      acceptanceStandard: '载明经营者与各家庭成员的亲属关系，加盖出具单位印章',
    }),
    ...agentMaterials(REG16),
  ],
  fees: [],
  legalLimit: workingDays(3, `${REG}第十九条：不能当场登记的，应当在 3 个工作日内予以登记`),
  promisedLimit: workingDays(0, '材料齐全、符合法定形式的当场登记，即时核发电子营业执照'),
  caseKind: 'immediate',
  process: onTheSpot('形式审查：经营者身份经实名认证；经营场所地址标准化、未列入禁止经营区域；经营范围按《经营范围登记规范表述目录》选择；名称（如有）通过自主申报系统且无重名；家庭经营的家庭成员已逐一核验。'),
  specialProcedures: [],
  result: { name: '营业执照（个体工商户）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.businessLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall', 'self_service', 'post'],
  crossRegionScope: 'cross_county',
  audiences: ['natural_person'],
  themes: ['employment'],
  faq: [
    { question: '个体工商户必须起名称吗？', answer: '不必须。个体工商户可以不使用名称，营业执照不载明名称；使用名称的，须通过名称自主申报系统申报且不得与同一登记机关已登记的同行业个体工商户名称相同。' },
    { question: '在家里开网店能否登记为个体工商户？', answer: '可以。网络经营者可以将网络经营场所登记为经营场所，填写网店的网址（平台名称及店铺名称）；从事线下经营的，须登记实际经营地址。' },
    { question: '家庭经营和个人经营有什么区别？', answer: '个人经营以经营者个人财产承担债务；家庭经营以家庭财产承担债务，并须填写参加经营的家庭成员，家庭成员关系由系统通过户籍、婚姻登记信息核验。' },
    { question: '领取营业执照后还要办理哪些手续？', answer: '经营范围含食品经营、卫生许可等许可项目的，须取得许可后方可开展该项经营；税务信息由登记机关推送税务部门，无需另行办理税务登记。' },
  ],
  form: buildForm([
    F.name('operatorName', '经营者姓名'),
    F.idNumber('operatorIdNumber', '经营者公民身份号码'),
    F.phone(),
    F.text('tradeName', '字号名称', { required: false, maxLength: 50, help: '可不填写；填写的须与名称自主申报结果一致' }),
    F.radio('organizationForm', '组成形式', ['个人经营', '家庭经营']),
    F.textarea('familyMembers', '参加经营的家庭成员（姓名、公民身份号码）', { required: false, maxLength: 500, help: '每行一人，格式：姓名 公民身份号码' }),
    F.address('premises', '经营场所'),
    F.radio('premisesTenure', '经营场所权属', ['自有', '租赁']),
    F.textarea('businessScope', '经营范围', { maxLength: 500, help: '按《经营范围登记规范表述目录》选择，许可项目与一般项目分别列明' }),
    F.integer('employees', '从业人数', { minimum: 1, maximum: 9999 }),
    F.amount('capital', '资金数额（万元）', { minimum: 0.01 }),
    F.pledge('premisesPledge', '经营场所申报承诺', '本人承诺申报的经营场所真实、合法、安全，并愿意承担因虚假申报产生的法律责任。'),
  ], [{ when: ['organizationForm', '家庭经营'], require: ['familyMembers'] }]),
});

const setupHongshan = inheritFrom(setupCity, 'hs.scjg');
const setupSongshan = inheritFrom(setupCity, 'ss.scjg');

const change = implement(getihuChange, 'scjg', {
  conditions: [
    '个体工商户登记状态为存续，未被列入经营异常名录或已移出',
    '变更经营者的，原经营者已结清依法应当缴纳的税款，并对原经营期间的债权债务作出妥善处理',
    '变更后的经营场所、经营范围符合个体工商户设立登记的要求',
  ],
  materials: [
    businessLicense(`${REG}第二十四条`),
    idCard(`${REG}第二十四条`, { name: '经营者居民身份证' }),
    material('new-operator-id', '新经营者居民身份证', '《促进个体工商户发展条例》', {
      necessity: 'conditional',
      condition: '变更经营者的',
      source: 'government',
      sourceNote: '公安机关核发；新经营者实名认证后在线签署确认',
      satisfiedByLicenseType: LICENSE_TYPES.residentIdCard,
      acceptanceStandard: '在有效期内，新经营者已在线确认接续经营',
    }),
    material('new-premises-lease', '新经营场所租赁协议', `${REG}第二十四条`, {
      necessity: 'conditional',
      condition: '变更经营场所且新场所为租赁房屋的',
      acceptanceStandard: '租赁期限覆盖申请之日，房屋地址与申请表一致',
    }),
    ...agentMaterials(`${REG}第二十四条`),
  ],
  fees: [],
  legalLimit: workingDays(3, `${REG}第十九条`),
  promisedLimit: workingDays(0, '当场办结，电子营业执照同步更新'),
  caseKind: 'immediate',
  process: onTheSpot('形式审查：变更事项与申请表一致；变更经营者的，原、新经营者均已实名确认，税务部门反馈无未结清税款；变更经营场所的，新地址已标准化。'),
  specialProcedures: [],
  result: { name: '营业执照（个体工商户，变更后）', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.businessLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall', 'self_service'],
  crossRegionScope: 'cross_county',
  audiences: ['natural_person', 'other_organization'],
  themes: ['employment', 'operation'],
  faq: [
    { question: '个体工商户转让给他人经营，需要先注销再重新登记吗？', answer: '不需要。根据《促进个体工商户发展条例》，个体工商户可以直接申请变更经营者，保留原统一社会信用代码和成立日期。' },
    { question: '变更后纸质营业执照怎么办？', answer: '电子营业执照即时更新；需要纸质执照的，可选择邮寄送达或在窗口自助打印，原纸质执照交回或自行作废。' },
  ],
  form: buildForm([
    F.entityName('businessName', '个体工商户名称'),
    F.creditCode(),
    F.name('operatorName', '经营者姓名'),
    F.phone(),
    F.radio('changeOperator', '是否变更经营者', ['是', '否']),
    F.text('newOperatorName', '新经营者姓名', { required: false, maxLength: 50 }),
    F.personId('newOperatorIdNumber', '新经营者公民身份号码', { required: false }),
    F.radio('changePremises', '是否变更经营场所', ['是', '否']),
    F.address('newPremises', '新经营场所', { required: false }),
    F.textarea('newBusinessScope', '变更后经营范围', { required: false, maxLength: 500, help: '不变更经营范围的不填' }),
    F.textarea('changeReason', '变更原因', { maxLength: 300 }),
  ], [
    { when: ['changeOperator', '是'], require: ['newOperatorName', 'newOperatorIdNumber'] },
    { when: ['changePremises', '是'], require: ['newPremises'] },
  ]),
});

const food = implement(foodLicense, 'scjg', {
  legalBasis: `《中华人民共和国食品安全法》第三十三条、第三十五条；${FOOD}`,
  conditions: [
    '已取得营业执照或者其他合法主体资格',
    '具有与经营的食品品种、数量相适应的食品贮存、处理、加工、销售场所，并与有毒、有害场所以及污染源保持规定的距离',
    '具有与经营的食品品种、数量相适应的经营设备或者设施，以及合理的设备布局和工艺流程，防止交叉污染',
    '有专职或者兼职的食品安全总监、食品安全员等食品安全管理人员和保证食品安全的规章制度',
  ],
  materials: [
    businessLicense(FOOD),
    idCard(FOOD, { key: 'legal-rep-id', name: '法定代表人（负责人）居民身份证' }),
    material('layout-and-process', '主要设备设施、经营布局及操作流程文件', FOOD, {
      acceptanceStandard: '标明经营场所各功能区面积、主要设备设施位置；餐饮服务应标明粗加工、切配、烹饪、餐用具清洗消毒等区域',
      commonMistakes: ['布局图未标注比例或面积', '专间、专用操作区未标明'],
    }),
    material('food-safety-rules', '食品安全规章制度目录清单', FOOD, {
      acceptanceStandard: '至少包括食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等制度',
    }),
    material('vending-equipment', '自动售货设备产品合格证明及放置地点说明', FOOD, {
      necessity: 'conditional',
      condition: '利用自动设备从事食品经营的',
      acceptanceStandard: '列明每台设备的具体放置地点、经营者名称和联系方式、许可证公示方法',
    }),
    ...agentMaterials(FOOD),
  ],
  fees: [],
  legalLimit: workingDays(10, `${FOOD}：自受理申请之日起 10 个工作日内作出是否准予许可的决定`),
  promisedLimit: workingDays(2),
  caseKind: 'promised',
  process: reviewAndDecide(2,
    '审查申请材料完整性与一致性；需要核实实质内容的，组织现场核查（现场核查时间不计入承诺时限）：场所布局、设施设备与申报一致，食品安全管理人员到岗。',
    '根据审查意见和现场核查结论作出准予或不予许可决定；准予许可的同步生成电子食品经营许可证。'),
  specialProcedures: ['site_inspection'],
  result: { name: '食品经营许可证', type: 'license', sampleFile: null, licenseTypeCode: LICENSE_TYPES.foodBusinessLicense },
  onlineDepth: 7,
  tripsToSite: 0,
  visitReason: null,
  channels: ['online', 'mobile', 'hall', 'post'],
  crossRegionScope: 'none',
  audiences: ['enterprise', 'natural_person', 'public_institution'],
  themes: ['permits'],
  faq: [
    { question: '仅销售预包装食品需要办理食品经营许可证吗？', answer: `不需要。仅销售预包装食品的，向所在地县级市场监督管理部门办理备案即可，依据为${FOOD}。` },
    { question: '现场核查会提前通知吗？', answer: '会。审查人员将提前通过短信告知核查时间，核查时需经营者或食品安全管理人员在场；核查时间不计入承诺办理时限。' },
    { question: '食品经营许可证有效期多久？', answer: '有效期为 5 年。需要延续的，应当在有效期届满前 90 个工作日至 15 个工作日期间提出延续申请。' },
  ],
  form: buildForm([
    F.entityName('operatorName', '经营者名称'),
    F.creditCode(),
    F.legalRepresentative('legalRepresentative', '法定代表人（负责人）'),
    F.phone(),
    F.address('premises', '经营场所'),
    F.select('businessType', '主体业态', ['食品销售经营者', '餐饮服务经营者', '单位食堂']),
    F.checkbox('businessItems', '经营项目', ['散装食品销售', '特殊食品销售', '热食类食品制售', '冷食类食品制售', '生食类食品制售', '半成品制售', '自制饮品制售', '糕点类食品制售']),
    F.amount('areaSqm', '经营场所面积（平方米）', { minimum: 1 }),
    F.text('safetyManager', '食品安全管理人员姓名', { maxLength: 50 }),
    F.radio('usesVending', '是否利用自动设备从事食品经营', ['是', '否']),
    F.textarea('vendingLocations', '自动设备放置地点', { required: false, maxLength: 500, help: '每台设备一行，写明详细地址' }),
  ], [{ when: ['usesVending', '是'], require: ['vendingLocations'] }]),
});

export const MARKET_BASIC_ITEMS: DemoBasicItem[] = [getihu, getihuSetup, getihuChange, foodLicense];
export const MARKET_IMPLEMENTATIONS: DemoImplementation[] = [setupCity, setupHongshan, setupSongshan, change, food];
