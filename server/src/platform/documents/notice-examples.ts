// Example data for every template, used by the tests and handy for previewing layouts.
import type { AcceptanceNoticeData } from './acceptance-notice.ts';
import type { CorrectionNoticeData } from './correction-notice.ts';
import type { DecisionLetterData } from './decision-letter.ts';
import type { NoticeBase } from './notice-layout.ts';
import type { PickupReceiptData } from './pickup-receipt.ts';
import type { RejectionNoticeData } from './rejection-notice.ts';

/** A red round seal as SVG (stand-in for the licences module's seal picture). */
export const EXAMPLE_SEAL_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">' +
  '<circle cx="60" cy="60" r="56" fill="none" stroke="#d40000" stroke-width="4"/>' +
  '<polygon points="60,38 66,54 83,54 69,64 74,80 60,70 46,80 51,64 37,54 54,54" fill="#d40000"/></svg>';

export const exampleBase: NoticeBase = {
  department: { name: '赤峰市红山区市场监督管理局' },
  documentNumber: '红市监许〔2026〕第0158号',
  issuedOn: '2026-11-23',
  caseNumber: '11150400MB159837483011300000000202611230007',
  applicant: { name: '张喆堃', maskedId: '150402********3412', idLabel: '居民身份证号码' },
  itemName: '食品经营许可（新办）',
  trackingUrl: 'https://zwfw.chifeng.example/track?case=111504020007',
};

export const exampleAcceptance: AcceptanceNoticeData = {
  ...exampleBase,
  submittedOn: '2026-11-20',
  materialsReceived: [
    { name: '食品经营许可申请书', form: '原件', copies: 1 },
    { name: '营业执照复印件', form: '复印件', copies: 1 },
    { name: '与食品经营相适应的主要设备设施布局、操作流程等文件', form: '电子件', copies: 1 },
  ],
  promisedConclusionDate: '2026-12-04',
  promisedWorkingDays: 9,
  contact: '咨询电话：0476-8888888（工作日 9:00—17:00）。',
};

export const exampleRejection: RejectionNoticeData = {
  ...exampleBase,
  submittedOn: '2026-11-20',
  reason: '该申请事项依法不属于本机关职权范围，应当向赤峰市市场监督管理局提出',
  legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
  advice: '请向赤峰市市场监督管理局提出申请。',
  remedies: { reconsiderationBody: '赤峰市红山区人民政府', court: '赤峰市红山区人民法院' },
};

export const exampleCorrection: CorrectionNoticeData = {
  ...exampleBase,
  submittedOn: '2026-11-20',
  materials: [
    { name: '营业执照复印件', problem: 'defective', detail: '复印件未加盖公章', remedy: '提交加盖公章的营业执照复印件1份' },
    { name: '法定代表人身份证明', problem: 'missing', detail: '未提交', remedy: '提交法定代表人居民身份证复印件1份' },
    { name: '食品安全管理制度', problem: 'defective', detail: '缺少进货查验记录制度', remedy: '补充进货查验记录制度后重新提交全文' },
    { name: '经营场所平面布局图', problem: 'defective', detail: '未标注面积和功能分区', remedy: '提交标注面积、功能分区的平面图' },
  ],
  correctionDeadline: '2026-12-08',
  resubmission: {
    onlineUrl: 'https://zwfw.chifeng.example/me/cases',
    window: { name: '红山区政务服务中心综合受理窗口', address: '赤峰市红山区钢铁街1号', hours: '工作日 9:00—17:00' },
  },
};

export const exampleApproval: DecisionLetterData = {
  ...exampleBase,
  submittedOn: '2026-11-20',
  acceptedOn: '2026-11-23',
  decision: {
    result: 'approved',
    content: '准予你单位从事预包装食品（含冷藏冷冻食品）销售',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    licence: { name: '食品经营许可证', number: 'JY11504020012345', validFrom: '2026-12-01', validUntil: '2031-11-30' },
    delivery: '请持本决定书到红山区政务服务中心综合出件窗口领取许可证，或选择邮寄送达。',
  },
};

export const exampleDenial: DecisionLetterData = {
  ...exampleBase,
  submittedOn: '2026-11-20',
  acceptedOn: '2026-11-23',
  decision: {
    result: 'denied',
    reason: '经现场核查，经营场所与有毒、有害场所的距离不符合食品安全要求',
    legalBasis: '《中华人民共和国食品安全法》第三十三条第一款第（一）项',
    remedies: { reconsiderationBody: '赤峰市红山区人民政府', court: '赤峰市红山区人民法院' },
  },
};

export const examplePickup: PickupReceiptData = {
  ...exampleBase,
  documents: [
    { name: '准予行政许可决定书', number: '红市监许〔2026〕第0158号', copies: 1 },
    { name: '食品经营许可证（正本）', number: 'JY11504020012345', copies: 1 },
    { name: '食品经营许可证（副本）', number: 'JY11504020012345', copies: 1 },
  ],
  windowName: '红山区政务服务中心综合出件窗口（3号）',
  clerkName: '李敏',
};
