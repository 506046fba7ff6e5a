/**
 * The proof catalogue (证明事项清单, 减证便民) of the demo city: which proofs an item may still ask for and which were
 * cancelled, and how the fact is obtained instead. A cancelled proof is never required again [000][003].
 */
import type { DemoProof } from '../demo-catalog.ts';

export const PROOF = {
  criminalRecord: '150400-ZM-001',
  maritalStatus: '150400-ZM-002',
  householdRegistration: '150400-ZM-003',
  residence: '150400-ZM-004',
  income: '150400-ZM-005',
  kinship: '150400-ZM-006',
  businessLicenseCopy: '150400-ZM-007',
  realEstate: '150400-ZM-008',
  health: '150400-ZM-009',
  birthMedical: '150400-ZM-010',
  unemployment: '150400-ZM-011',
} as const;

export const PROOFS: DemoProof[] = [
  {
    code: PROOF.criminalRecord, name: '无犯罪记录证明', issuer: '公安机关', status: 'kept',
    note: '法律、行政法规明确要求的从业资格类事项保留；申请人可在线申请电子证明，业务部门优先通过公安数据共享核验。',
  },
  {
    code: PROOF.maritalStatus, name: '婚姻状况证明', issuer: '村（居）民委员会、单位人事部门', status: 'cancelled', reason: 'commitment',
    note: '改为申请人在办事时签署婚姻状况声明（告知承诺），婚姻登记信息由民政部门通过全国婚姻登记信息系统核验。',
  },
  {
    code: PROOF.householdRegistration, name: '户籍证明', issuer: '公安派出所', status: 'cancelled', reason: 'data_sharing',
    note: '通过人口基础信息库共享核验户籍信息，不再要求申请人到派出所开具。',
  },
  {
    code: PROOF.residence, name: '居住证明', issuer: '社区居民委员会、公安派出所', status: 'cancelled', reason: 'commitment',
    note: '改为申请人在申请表中承诺实际居住地址，部门事中事后抽查核实。',
  },
  {
    code: PROOF.income, name: '收入证明', issuer: '村（居）民委员会、工作单位', status: 'cancelled', reason: 'data_sharing',
    note: '社会救助类事项通过居民家庭经济状况核对系统核对收入、存款、车辆、房产；公积金类事项通过缴存数据核验。',
  },
  {
    code: PROOF.kinship, name: '亲属关系证明', issuer: '公安派出所、村（居）民委员会', status: 'kept',
    note: '户籍、婚姻登记信息能够证明亲属关系的，通过数据共享核验，不再要求；信息系统无记录的，保留提交。',
  },
  {
    code: PROOF.businessLicenseCopy, name: '营业执照复印件', issuer: '市场监督管理部门', status: 'cancelled', reason: 'license_lookup',
    note: '按统一社会信用代码从电子证照库调取电子营业执照，不再要求提交复印件。',
  },
  {
    code: PROOF.realEstate, name: '房产证明（有房或无房证明）', issuer: '不动产登记机构、住房保障部门', status: 'cancelled', reason: 'data_sharing',
    note: '通过不动产登记信息共享查询名下房产情况，不再要求申请人开具有房或无房证明。',
  },
  {
    code: PROOF.health, name: '健康证明（健康体检表）', issuer: '卫生健康部门指定的医疗机构', status: 'kept',
    note: '医师执业注册、教师资格认定依法需要体检结论的保留；体检机构已联网的，结果直接推送，无需申请人上传。',
  },
  {
    code: PROOF.birthMedical, name: '出生医学证明', issuer: '具有助产技术服务资质的医疗机构', status: 'kept',
    note: '出生登记依法需要；已签发电子出生医学证明的，通过电子证照库调取。',
  },
  {
    code: PROOF.unemployment, name: '终止或者解除劳动关系证明', issuer: '用人单位', status: 'cancelled', reason: 'data_sharing',
    note: '失业保险金申领改为通过社会保险参保信息核验参保缴费和停保状态，不再要求申请人提交单位出具的证明。',
  },
];
