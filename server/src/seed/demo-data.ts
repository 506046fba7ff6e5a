/**
 * Demo city modelled on the seeds: Chifeng (赤峰市, 150400), Inner Mongolia, with its districts and banners.
 * County-level codes are the real GB/T 2260 codes; townships, villages, departments' credit codes, people and
 * enterprises are synthetic but pass every national checksum.
 */
import { buildCreditCode, computeResidentIdCheck, type StaffRole } from '@onetrip/core';

export const DEMO_PASSWORD = 'OneTrip@2026';

export const DEMO_REGIONS: { code: string; name: string }[] = [
  { code: '150000', name: '内蒙古自治区' },
  { code: '150400', name: '赤峰市' },
  { code: '150402', name: '红山区' },
  { code: '150403', name: '元宝山区' },
  { code: '150404', name: '松山区' },
  { code: '150421', name: '阿鲁科尔沁旗' },
  { code: '150422', name: '巴林左旗' },
  { code: '150423', name: '巴林右旗' },
  { code: '150424', name: '林西县' },
  { code: '150425', name: '克什克腾旗' },
  { code: '150426', name: '翁牛特旗' },
  { code: '150428', name: '喀喇沁旗' },
  { code: '150429', name: '宁城县' },
  { code: '150430', name: '敖汉旗' },
  { code: '150402001000', name: '永巨街道' },
  { code: '150402002000', name: '站前街道' },
  { code: '150402003000', name: '西屯街道' },
  { code: '150402004000', name: '三中街街道' },
  { code: '150402100000', name: '文钟镇' },
  { code: '150402001001', name: '永巨社区' },
  { code: '150402001002', name: '清河社区' },
  { code: '150402100201', name: '文钟村' },
  { code: '150404001000', name: '振兴街道' },
  { code: '150404002000', name: '向阳街道' },
  { code: '150404100000', name: '穆家营子镇' },
  { code: '150404001001', name: '振兴社区' },
  { code: '150404100201', name: '穆家营子村' },
];

function govCode(region: string, n: number): string {
  // 1 = 机构编制 (registration authority), 1 = 机关 (government organ)
  return buildCreditCode('1', '1', region, `MB${String(n).padStart(6, '0')}`);
}

export interface DemoDepartment { key: string; name: string; shortName: string; region: string; kind: 'department' | 'service_center'; phone: string; address: string }

const CITY = '150400';
const cityDepts: [string, string, string, 'department' | 'service_center'][] = [
  ['center', '赤峰市政务服务中心', '市政务服务中心', 'service_center'],
  ['scjg', '赤峰市市场监督管理局', '市市场监管局', 'department'],
  ['zrzy', '赤峰市自然资源局', '市自然资源局', 'department'],
  ['zjj', '赤峰市住房和城乡建设局', '市住建局', 'department'],
  ['rsj', '赤峰市人力资源和社会保障局', '市人社局', 'department'],
  ['mzj', '赤峰市民政局', '市民政局', 'department'],
  ['gaj', '赤峰市公安局', '市公安局', 'department'],
  ['fgw', '赤峰市发展和改革委员会', '市发改委', 'department'],
  ['sthj', '赤峰市生态环境局', '市生态环境局', 'department'],
  ['jtj', '赤峰市交通运输局', '市交通运输局', 'department'],
  ['wjw', '赤峰市卫生健康委员会', '市卫健委', 'department'],
  ['ybj', '赤峰市医疗保障局', '市医保局', 'department'],
  ['gjj', '赤峰市住房公积金管理中心', '市公积金中心', 'department'],
  ['jyj', '赤峰市教育局', '市教育局', 'department'],
  ['wlj', '赤峰市文化和旅游局', '市文旅局', 'department'],
  ['nmj', '赤峰市农牧局', '市农牧局', 'department'],
  ['yjj', '赤峰市应急管理局', '市应急管理局', 'department'],
  ['swj', '赤峰市水利局', '市水利局', 'department'],
];

export const DEMO_DEPARTMENTS: (DemoDepartment & { creditCode: string })[] = [
  ...cityDepts.map(([key, name, shortName, kind], i) => ({
    key, name, shortName, kind, region: CITY, phone: `0476-83${String(10000 + i * 7).slice(-5)}`, address: '赤峰市红山区临潢大街政务服务中心', creditCode: govCode(CITY, i + 1),
  })),
  { key: 'hs.center', name: '红山区政务服务中心', shortName: '红山区政务中心', kind: 'service_center', region: '150402', phone: '0476-8251234', address: '赤峰市红山区钢铁街红山区政务服务中心', creditCode: govCode('150402', 1) },
  { key: 'hs.scjg', name: '红山区市场监督管理局', shortName: '红山区市场监管局', kind: 'department', region: '150402', phone: '0476-8252345', address: '赤峰市红山区钢铁街红山区政务服务中心', creditCode: govCode('150402', 2) },
  { key: 'ss.center', name: '松山区政务服务中心', shortName: '松山区政务中心', kind: 'service_center', region: '150404', phone: '0476-8461234', address: '赤峰市松山区玉龙大街松山区政务服务中心', creditCode: govCode('150404', 1) },
  { key: 'ss.scjg', name: '松山区市场监督管理局', shortName: '松山区市场监管局', kind: 'department', region: '150404', phone: '0476-8462345', address: '赤峰市松山区玉龙大街松山区政务服务中心', creditCode: govCode('150404', 2) },
];

export const DEMO_HALLS = [
  {
    key: 'city', name: '赤峰市政务服务中心大厅', region: CITY, address: '赤峰市红山区临潢大街 1 号', phone: '0476-12345',
    openingHours: '周一至周五 9:00–17:00（夏季 8:30–17:30）；周六 9:00–12:00 延时服务',
    windows: [
      { number: 'A01', name: '综合受理窗口 1', kind: 'comprehensive', dept: null },
      { number: 'A02', name: '综合受理窗口 2', kind: 'comprehensive', dept: null },
      { number: 'A03', name: '综合受理窗口 3', kind: 'comprehensive', dept: null },
      { number: 'B01', name: '企业开办专区', kind: 'enterprise', dept: 'scjg' },
      { number: 'C01', name: '工程建设项目审批专区', kind: 'project', dept: 'zjj' },
      { number: 'D01', name: '公安户籍出入境窗口', kind: 'special', dept: 'gaj' },
      { number: 'E01', name: '咨询导办台', kind: 'consultation', dept: null },
      { number: 'F01', name: '统一出件与邮寄窗口', kind: 'delivery', dept: null },
    ],
  },
  {
    key: 'hongshan', name: '红山区政务服务大厅', region: '150402', address: '赤峰市红山区钢铁街 28 号', phone: '0476-8251234',
    openingHours: '周一至周五 9:00–17:00',
    windows: [
      { number: 'A01', name: '综合受理窗口', kind: 'comprehensive', dept: null },
      { number: 'B01', name: '企业开办窗口', kind: 'enterprise', dept: 'hs.scjg' },
      { number: 'F01', name: '出件窗口', kind: 'delivery', dept: null },
    ],
  },
  {
    key: 'songshan', name: '松山区政务服务大厅', region: '150404', address: '赤峰市松山区玉龙大街 66 号', phone: '0476-8461234',
    openingHours: '周一至周五 9:00–17:00',
    windows: [
      { number: 'A01', name: '综合受理窗口', kind: 'comprehensive', dept: null },
      { number: 'B01', name: '企业开办窗口', kind: 'enterprise', dept: 'ss.scjg' },
    ],
  },
] as const;

export const DEMO_STAFF: { username: string; displayName: string; roles: StaffRole[]; region: string; dept: string | null; phone: string }[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['sysadmin'], region: CITY, dept: null, phone: '13804761001' },
  { username: 'center', displayName: '高明（市政务服务中心）', roles: ['center_admin'], region: CITY, dept: 'center', phone: '13804761002' },
  { username: 'items.scjg', displayName: '孙丽（市场监管局事项管理员）', roles: ['item_admin'], region: CITY, dept: 'scjg', phone: '13804761003' },
  { username: 'clerk', displayName: '周敏（综合受理窗口）', roles: ['clerk'], region: CITY, dept: 'center', phone: '13804761004' },
  { username: 'approver.scjg', displayName: '吴刚（市场监管局审批）', roles: ['approver'], region: CITY, dept: 'scjg', phone: '13804761005' },
  { username: 'approver.zrzy', displayName: '郑洁（自然资源局审批）', roles: ['approver'], region: CITY, dept: 'zrzy', phone: '13804761006' },
  { username: 'reviewer.rsj', displayName: '何静（人社局审查）', roles: ['approver'], region: CITY, dept: 'rsj', phone: '13804761009' },
  { username: 'decider.rsj', displayName: '韩冬（人社局决定）', roles: ['approver'], region: CITY, dept: 'rsj', phone: '13804761010' },
  { username: 'reviewer.gaj', displayName: '林峰（公安局审查）', roles: ['approver'], region: CITY, dept: 'gaj', phone: '13804761011' },
  { username: 'decider.gaj', displayName: '罗佳（公安局决定）', roles: ['approver'], region: CITY, dept: 'gaj', phone: '13804761012' },
  { username: 'supervisor', displayName: '王强（电子监察）', roles: ['supervisor'], region: CITY, dept: 'center', phone: '13804761007' },
  { username: 'hotline', displayName: '冯雪（12345 热线）', roles: ['hotline_operator'], region: CITY, dept: 'center', phone: '13804761008' },
  { username: 'center.hs', displayName: '陈晨（红山区政务服务中心）', roles: ['center_admin'], region: '150402', dept: 'hs.center', phone: '13804762001' },
  { username: 'clerk.hs', displayName: '李娟（红山区综合窗口）', roles: ['clerk'], region: '150402', dept: 'hs.center', phone: '13804762002' },
  { username: 'clerk.ss', displayName: '赵鹏（松山区综合窗口）', roles: ['clerk'], region: '150404', dept: 'ss.center', phone: '13804763001' },
  // 帮办代办员 at the 永巨社区 proxy point: files cases for residents on their behalf (files the district's and the city's items).
  { username: 'agent.hs', displayName: '马兰（永巨社区帮办代办点）', roles: ['agent'], region: '150402001001', dept: null, phone: '13804762003' },
];

function residentId(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + computeResidentIdCheck(first17);
}

export const DEMO_PERSONS = [
  { name: '张伟', idNumber: residentId('150402', '19860312', '013'), phone: '13904760001' },
  { name: '李娜', idNumber: residentId('150402', '19920825', '024'), phone: '13904760002' },
  { name: '王芳', idNumber: residentId('150404', '19790107', '046'), phone: '13904760003' },
  { name: '刘洋', idNumber: residentId('150403', '19951130', '017'), phone: '13904760004' },
  { name: '陈静', idNumber: residentId('150421', '19880419', '062'), phone: '13904760005' },
  { name: '杨帆', idNumber: residentId('150429', '20000214', '035'), phone: '13904760006' },
  { name: '巴特尔', idNumber: residentId('150425', '19830906', '051'), phone: '13904760007' },
];

export const DEMO_ENTERPRISES = [
  { name: '赤峰草原乳业有限公司', creditCode: buildCreditCode('9', '1', '150402', 'MA0N1P2Q'), legalRepresentative: '张伟', phone: '13904761001', operators: ['张伟'] },
  { name: '赤峰鑫源建筑工程有限公司', creditCode: buildCreditCode('9', '1', '150404', 'MA0R3T4U'), legalRepresentative: '王芳', phone: '13904761002', operators: ['王芳', '刘洋'] },
  { name: '赤峰蒙东物流有限公司', creditCode: buildCreditCode('9', '1', '150403', 'MA0W5X6Y'), legalRepresentative: '刘洋', phone: '13904761003', operators: [] },
  { name: '红山区惠民便利店', creditCode: buildCreditCode('9', '2', '150402', 'MA0K7L8M'), legalRepresentative: '李娜', phone: '13904760002', operators: [] },
];
