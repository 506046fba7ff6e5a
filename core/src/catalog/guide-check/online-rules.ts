/**
 * Online depth, trips to the site and channels must tell one story: full-online handling (depth ≥ 5) means zero
 * trips and an online channel; every trip needs a reason and a hall; zero trips needs full-online handling or
 * two-way postal delivery; "at most one trip" (最多跑一次) is the promise.
 */
import { FULL_ONLINE_DEPTH, ONLINE_DEPTHS } from '../catalog-codes.ts';
import type { OnlineDepth } from '../catalog-codes.ts';
import type { ItemResult } from '../implementation.ts';
import type { GuideRule } from './shared.ts';
import { defineRule, finiteNumber, hasOnlineChannel, isRecord, list, text } from './shared.ts';

function validDepth(value: unknown): OnlineDepth | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7 ? (value as OnlineDepth) : null;
}

/** Trips when they are a whole number ≥ 0, else null. */
function validTrips(value: unknown): number | null {
  const n = finiteNumber(value);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

const onlineDepthInvalid = defineRule(
  { id: 'online-depth-invalid', severity: 'error', blocksSave: false, title: { zh: '网办深度无效', en: 'Invalid online depth' } },
  (c) =>
    validDepth(c.onlineDepth) !== null
      ? []
      : [{
        path: '/onlineDepth',
        message: { zh: `网办深度“${String(c.onlineDepth)}”无效。`, en: `Online depth "${String(c.onlineDepth)}" is invalid.` },
        hint: { zh: '网办深度应为一至七级之一（一级网上咨询……七级电子证照反馈）。', en: 'Online depth is a level from 1 (consultation) to 7 (e-licence feedback).' },
      }],
);

const channelsMissing = defineRule(
  { id: 'channels-missing', severity: 'error', blocksSave: false, title: { zh: '未设置办理渠道', en: 'No channel' } },
  (c) =>
    list(c.channels).length > 0
      ? []
      : [{
        path: '/channels',
        message: { zh: '未设置任何办理渠道。', en: 'No handling channel is set.' },
        hint: { zh: '选择窗口办理、网上办理、移动端、邮寄等渠道。', en: 'Choose the channels: hall, online, mobile, post, …' },
      }],
);

const fullOnlineWithTrips = defineRule(
  { id: 'full-online-with-trips', severity: 'error', blocksSave: true, title: { zh: '全程网办但需到现场', en: 'Full-online item with trips' } },
  (c) => {
    const depth = validDepth(c.onlineDepth);
    const trips = validTrips(c.tripsToSite);
    if (depth === null || depth < FULL_ONLINE_DEPTH || trips === null || trips === 0) return [];
    return [{
      path: '/tripsToSite',
      message: {
        zh: `网办深度为“${ONLINE_DEPTHS[depth].zh}”（全程网办），但到办事现场次数为 ${trips} 次。`,
        en: `Online depth "${ONLINE_DEPTHS[depth].en}" means full-online handling, but ${trips} trip(s) are required.`,
      },
      hint: {
        zh: '全程网办事项到现场次数应为 0；确需到现场的，降低网办深度并说明到现场的理由。',
        en: 'Full-online items need zero trips; if a visit is needed, lower the online depth and give the reason.',
      },
    }];
  },
);

const fullOnlineWithoutOnlineChannel = defineRule(
  { id: 'full-online-without-online-channel', severity: 'error', blocksSave: false, title: { zh: '全程网办但未开通网上渠道', en: 'Full-online item without online channel' } },
  (c) => {
    const depth = validDepth(c.onlineDepth);
    const channels = list(c.channels);
    if (depth === null || depth < FULL_ONLINE_DEPTH || channels.length === 0 || hasOnlineChannel(channels)) return [];
    return [{
      path: '/channels',
      message: {
        zh: '网办深度为全程网办，但办理渠道中没有网上办理或移动端办理。',
        en: 'The item is full-online but has neither the online nor the mobile channel.',
      },
      hint: { zh: '增加“网上办理”渠道并填写网上办理地址，或降低网办深度。', en: 'Add the online channel, or lower the online depth.' },
    }];
  },
);

const onlineDepthWithoutOnlineChannel = defineRule(
  { id: 'online-depth-without-online-channel', severity: 'error', blocksSave: false, title: { zh: '可网上申请但未开通网上渠道', en: 'Online application without online channel' } },
  (c) => {
    const depth = validDepth(c.onlineDepth);
    const channels = list(c.channels);
    if (depth === null || depth < 2 || depth >= FULL_ONLINE_DEPTH || channels.length === 0 || hasOnlineChannel(channels)) return [];
    return [{
      path: '/channels',
      message: {
        zh: `网办深度为“${ONLINE_DEPTHS[depth].zh}”，但办理渠道中没有网上办理或移动端办理。`,
        en: `Online depth "${ONLINE_DEPTHS[depth].en}" needs an online or mobile channel, and there is none.`,
      },
      hint: { zh: '增加“网上办理”或“移动端”渠道，或将网办深度调整为“网上咨询”。', en: 'Add the online or mobile channel, or set the depth to consultation.' },
    }];
  },
);

const tripsInvalid = defineRule(
  { id: 'trips-invalid', severity: 'error', blocksSave: false, title: { zh: '到现场次数无效', en: 'Invalid number of trips' } },
  (c) =>
    validTrips(c.tripsToSite) !== null
      ? []
      : [{
        path: '/tripsToSite',
        message: { zh: `到办事现场次数“${String(c.tripsToSite)}”无效。`, en: `Trips to the site "${String(c.tripsToSite)}" is invalid.` },
        hint: { zh: '到现场次数应为不小于 0 的整数。', en: 'Trips must be a whole number ≥ 0.' },
      }],
);

const tripsWithoutVisitReason = defineRule(
  { id: 'trips-without-visit-reason', severity: 'error', blocksSave: false, title: { zh: '需到现场但未说明理由', en: 'Trips without a reason' } },
  (c) => {
    const trips = validTrips(c.tripsToSite);
    if (trips === null || trips === 0 || text(c.visitReason)) return [];
    return [{
      path: '/visitReason',
      message: { zh: `需到办事现场 ${trips} 次，但未说明必须到现场的理由。`, en: `${trips} trip(s) are required but no reason is given.` },
      hint: {
        zh: '写明必须到现场的法定理由及依据（如需现场核验身份、采集指纹、查验原件）；无法定理由的，应实现零跑腿。',
        en: 'State the legal reason for the visit (identity check, fingerprints, originals); without one, make it zero-trip.',
      },
    }];
  },
);

const tripsExceedOne = defineRule(
  { id: 'trips-exceed-one', severity: 'warning', blocksSave: false, title: { zh: '到现场次数超过 1 次', en: 'More than one trip' } },
  (c) => {
    const trips = validTrips(c.tripsToSite);
    if (trips === null || trips <= 1) return [];
    return [{
      path: '/tripsToSite',
      message: { zh: `需到办事现场 ${trips} 次，未实现“最多跑一次”。`, en: `${trips} trips are required, more than "at most one trip".` },
      hint: {
        zh: '通过网上预审、容缺受理、结果邮寄等方式，将到现场次数压减至 1 次以内。',
        en: 'Use online pre-review, acceptance with deficiency and postal delivery to get down to one trip.',
      },
    }];
  },
);

const tripsWithoutHallChannel = defineRule(
  { id: 'trips-without-hall-channel', severity: 'warning', blocksSave: false, title: { zh: '需到现场但未设窗口渠道', en: 'Trips without the hall channel' } },
  (c) => {
    const trips = validTrips(c.tripsToSite);
    const channels = list(c.channels);
    if (trips === null || trips === 0 || channels.length === 0 || channels.includes('hall')) return [];
    return [{
      path: '/channels',
      message: { zh: `需到办事现场 ${trips} 次，但办理渠道中没有窗口办理。`, en: `${trips} trip(s) are required but the hall channel is missing.` },
      hint: { zh: '增加“窗口办理”渠道并填写办理地点，或将到现场次数改为 0。', en: 'Add the hall channel and place, or set trips to 0.' },
    }];
  },
);

const zeroTripsUnsupported = defineRule(
  { id: 'zero-trips-unsupported', severity: 'warning', blocksSave: false, title: { zh: '零跑腿缺少支撑渠道', en: 'Zero trips without support' } },
  (c) => {
    const trips = validTrips(c.tripsToSite);
    const depth = validDepth(c.onlineDepth);
    const channels = list(c.channels);
    if (trips !== 0 || depth === null || depth >= FULL_ONLINE_DEPTH || channels.length === 0 || channels.includes('post')) return [];
    return [{
      path: '/tripsToSite',
      message: {
        zh: '到现场次数为 0，但事项既非全程网办，也不支持邮寄递送。',
        en: 'Zero trips are promised, but the item is neither full-online nor delivered by post.',
      },
      hint: {
        zh: '零跑腿须依托全程网办或材料、结果双向寄递：提高网办深度或增加“邮寄”渠道；否则如实填写到现场次数。',
        en: 'Zero trips need full-online handling or two-way postal delivery; otherwise state the real number of trips.',
      },
    }];
  },
);

const eLicenseDepthWithoutLicense = defineRule(
  { id: 'e-license-depth-without-license', severity: 'warning', blocksSave: false, title: { zh: '电子证照反馈但未关联证照类型', en: 'E-licence feedback without licence type' } },
  (c) => {
    if (validDepth(c.onlineDepth) !== 7) return [];
    const result: Partial<ItemResult> = isRecord(c.result) ? c.result : {};
    if (result.type === 'license' && text(result.licenseTypeCode)) return [];
    return [{
      path: '/onlineDepth',
      message: {
        zh: '网办深度为“电子证照反馈”，但办理结果不是关联了电子证照类型的证照。',
        en: 'Online depth is e-licence feedback, but the result is not a licence linked to an e-licence type.',
      },
      hint: {
        zh: '将办理结果类型设为“证照”并关联电子证照类型代码；不出具电子证照的，网办深度最高为“网上办理结果信息反馈”。',
        en: 'Make the result a licence with its e-licence type code, or lower the depth to result feedback.',
      },
    }];
  },
);

export const ONLINE_RULES: readonly GuideRule[] = [
  onlineDepthInvalid,
  channelsMissing,
  fullOnlineWithTrips,
  fullOnlineWithoutOnlineChannel,
  onlineDepthWithoutOnlineChannel,
  tripsInvalid,
  tripsWithoutVisitReason,
  tripsExceedOne,
  tripsWithoutHallChannel,
  zeroTripsUnsupported,
  eLicenseDepthWithoutLicense,
];
