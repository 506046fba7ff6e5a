/**
 * Fees (every charge names its basis; online payment for charged full-online items) and the result (named, with
 * a sample, linked to an e-licence type when it is a licence).
 */
import { FULL_ONLINE_DEPTH } from '../catalog-codes.ts';
import type { ItemResult } from '../implementation.ts';
import type { GuideRule, Issue } from './shared.ts';
import { defineRule, indexed, isRecord, list, pointer, text } from './shared.ts';

function feeLabel(item: unknown, index: number): { zh: string; en: string } {
  const n = text(item);
  return n ? { zh: `收费项目“${n}”`, en: `Fee "${n}"` } : { zh: `第 ${index + 1} 项收费`, en: `Fee #${index + 1}` };
}

const paymentWithoutFees = defineRule(
  { id: 'payment-without-fees', severity: 'warning', blocksSave: false, title: { zh: '设置网上缴费但无收费项目', en: 'Payment channel without fees' } },
  (c) => {
    const channels = list(c.channels);
    const index = channels.indexOf('payment');
    if (index < 0 || list(c.fees).length > 0) return [];
    return [{
      path: pointer('channels', index),
      message: { zh: '办理渠道包含“网上缴费”，但事项未列明任何收费项目。', en: 'The payment channel is set but no fee is listed.' },
      hint: {
        zh: '不收费的事项应删除“网上缴费”渠道；收费的，列明收费项目、标准和依据。',
        en: 'Remove the payment channel for a free item; otherwise list the fees with standard and basis.',
      },
    }];
  },
);

const feeWithoutOnlinePayment = defineRule(
  { id: 'fee-without-online-payment', severity: 'info', blocksSave: false, title: { zh: '收费事项全程网办未开通网上缴费', en: 'Charged full-online item without online payment' } },
  (c) => {
    const channels = list(c.channels);
    const depth = c.onlineDepth;
    if (list(c.fees).length === 0 || typeof depth !== 'number' || depth < FULL_ONLINE_DEPTH || channels.includes('payment')) return [];
    return [{
      path: '/channels',
      message: { zh: '事项收费且全程网办，但未开通网上缴费。', en: 'The item is charged and full-online but cannot be paid online.' },
      hint: { zh: '开通网上缴费渠道，避免申请人为缴费专程跑现场。', en: 'Add online payment so that nobody travels just to pay.' },
    }];
  },
);

const feeIncomplete = defineRule(
  { id: 'fee-incomplete', severity: 'error', blocksSave: false, title: { zh: '收费项目信息不完整', en: 'Incomplete fee' } },
  (c) =>
    indexed(c.fees).flatMap(({ item, index }): Issue[] => {
      const out: Issue[] = [];
      const label = feeLabel(item.item, index);
      if (!text(item.item)) {
        out.push({
          path: pointer('fees', index, 'item'),
          message: { zh: `${label.zh}未填写收费项目名称。`, en: `${label.en} has no name.` },
          hint: { zh: '填写收费项目名称，与收费目录清单一致。', en: 'Name the fee as in the official list of charges.' },
        });
      }
      if (!text(item.standard)) {
        out.push({
          path: pointer('fees', index, 'standard'),
          message: { zh: `${label.zh}未填写收费标准。`, en: `${label.en} has no standard (amount).` },
          hint: { zh: '写明收费标准（金额及计费方式）。', en: 'State the amount and how it is computed.' },
        });
      }
      return out;
    }),
);

const feeWithoutBasis = defineRule(
  { id: 'fee-without-basis', severity: 'error', blocksSave: false, title: { zh: '收费项目无收费依据', en: 'Fee without basis' } },
  (c) =>
    indexed(c.fees).flatMap(({ item, index }): Issue[] => {
      if (text(item.basis)) return [];
      const label = feeLabel(item.item, index);
      return [{
        path: pointer('fees', index, 'basis'),
        message: { zh: `${label.zh}未列明收费依据。`, en: `${label.en} names no basis.` },
        hint: {
          zh: '列明收费依据（法律法规或价格、财政部门的批准文件及文号）；无依据的一律不得收费。',
          en: 'Name the law or the pricing/finance authority\'s approval; without a basis nothing may be charged.',
        },
      }];
    }),
);

const reducibleFeeWithoutBasis = defineRule(
  { id: 'reducible-fee-without-reduction-basis', severity: 'warning', blocksSave: false, title: { zh: '可减免收费无减免依据', en: 'Reducible fee without reduction basis' } },
  (c) =>
    indexed(c.fees).flatMap(({ item, index }): Issue[] => {
      if (item.reducible !== true || text(item.reductionBasis)) return [];
      const label = feeLabel(item.item, index);
      return [{
        path: pointer('fees', index, 'reductionBasis'),
        message: { zh: `${label.zh}标注为可减免，但未列明减免依据。`, en: `${label.en} is marked reducible but names no basis for the reduction.` },
        hint: { zh: '写明减免的适用对象、情形及依据文件。', en: 'State who qualifies, when, and the document that allows it.' },
      }];
    }),
);

function resultOf(c: { result: ItemResult }): Partial<ItemResult> {
  return isRecord(c.result) ? c.result : {};
}

const resultNameMissing = defineRule(
  { id: 'result-name-missing', severity: 'error', blocksSave: false, title: { zh: '缺少办理结果名称', en: 'Result name missing' } },
  (c) => {
    const result = resultOf(c);
    if (result.type === 'none' || text(result.name)) return [];
    return [{
      path: '/result/name',
      message: { zh: '未填写办理结果名称。', en: 'The result has no name.' },
      hint: { zh: '写明申请人最终获得的证照或批文名称，如“食品经营许可证”。', en: 'Name what the applicant receives, e.g. the licence.' },
    }];
  },
);

const resultSampleMissing = defineRule(
  { id: 'result-sample-missing', severity: 'warning', blocksSave: false, title: { zh: '办理结果未提供样本', en: 'Result without sample' } },
  (c) => {
    const result = resultOf(c);
    if (result.type === 'none' || text(result.sampleFile)) return [];
    const name = text(result.name);
    return [{
      path: '/result/sampleFile',
      message: {
        zh: name ? `办理结果“${name}”未提供样本。` : '办理结果未提供样本。',
        en: name ? `The result "${name}" has no sample.` : 'The result has no sample.',
      },
      hint: { zh: '上传办理结果（证照、批文）的样本，便于申请人核对。', en: 'Upload a sample of the licence or decision.' },
    }];
  },
);

const resultLicenseTypeMissing = defineRule(
  { id: 'result-license-type-missing', severity: 'info', blocksSave: false, title: { zh: '证照类结果未关联电子证照类型', en: 'Licence result without e-licence type' } },
  (c) => {
    const result = resultOf(c);
    // At depth 7 the stronger e-license-depth-without-license reports the same gap.
    if (result.type !== 'license' || text(result.licenseTypeCode) || c.onlineDepth === 7) return [];
    return [{
      path: '/result/licenseTypeCode',
      message: { zh: '办理结果为证照，但未关联电子证照类型。', en: 'The result is a licence but no e-licence type is linked.' },
      hint: {
        zh: '关联电子证照类型代码，办结时同步签发电子证照，供后续办事免提交。',
        en: 'Link the e-licence type so the licence is issued electronically and reused later.',
      },
    }];
  },
);

export const FEE_RESULT_RULES: readonly GuideRule[] = [
  paymentWithoutFees,
  feeWithoutOnlinePayment,
  feeIncomplete,
  feeWithoutBasis,
  reducibleFeeWithoutBasis,
  resultNameMissing,
  resultSampleMissing,
  resultLicenseTypeMissing,
];
