/**
 * What the platform tells people, per event: the in-app title and body (zh-CN, en-US) and the SMS text.
 *
 * SMS texts are written the way Chinese gateways want them registered (短信模板): `${name}` placeholders (Aliyun's
 * syntax; a Tencent adapter sends the values in `params` order as {1}, {2}, …), no personal data in any value, and
 * the signature (签名, 【一次办】) added by the gateway, not the text. Each template has a provider template code
 * (`smsTemplateCode`): a real gateway maps it to the code the provider assigned when the template was approved.
 */
import { maskPersonalDataInText } from '@onetrip/core';

interface Bilingual { zh: string; en: string }

export interface NotificationTemplate {
  /** Parameter names, in the order positional gateways expect them. */
  params: readonly string[];
  title: Bilingual;
  body: Bilingual;
  /** SMS text (Chinese); null when the event is in-app only. */
  sms: string | null;
  /** The provider's template code; null for in-app-only events. */
  smsTemplateCode: string | null;
  /** E-mail subject and text (Chinese), when the recipient has an address; null for in-app-only events. */
  email: { subject: string; text: string } | null;
}

export const NOTIFICATION_TEMPLATES = {
  'case.submitted': {
    params: ['caseNumber', 'itemName'],
    title: { zh: '申请已提交', en: 'Application submitted' },
    body: {
      zh: '您申请的“${itemName}”已提交，办件编号 ${caseNumber}。窗口将在 5 个工作日内完成预审。',
      en: 'Your application for "${itemName}" was submitted. Case number ${caseNumber}. The front desk will check it within 5 working days.',
    },
    sms: '您申请的“${itemName}”已提交，办件编号${caseNumber}，窗口将在5个工作日内完成预审，可登录一次办查看进度。',
    smsTemplateCode: 'SMS_CASE_SUBMITTED',
    email: { subject: '申请已提交：${caseNumber}', text: '您申请的“${itemName}”已提交，办件编号 ${caseNumber}。窗口将在 5 个工作日内完成预审，请登录一次办查看进度。' },
  },
  'case.accepted': {
    params: ['caseNumber', 'itemName', 'promisedDate'],
    title: { zh: '办件已受理', en: 'Application accepted' },
    body: {
      zh: '您申请的“${itemName}”已受理，办件编号 ${caseNumber}，承诺办结日期 ${promisedDate}。',
      en: 'Your application for "${itemName}" was accepted. Case number ${caseNumber}; promised conclusion by ${promisedDate}.',
    },
    sms: '您申请的“${itemName}”已受理，办件编号${caseNumber}，承诺办结日期${promisedDate}，可登录一次办查看进度。',
    smsTemplateCode: 'SMS_CASE_ACCEPTED',
    email: { subject: '办件已受理：${caseNumber}', text: '您申请的“${itemName}”已受理，办件编号 ${caseNumber}，承诺办结日期 ${promisedDate}。请登录一次办查看办理进度。' },
  },
  'case.correction_requested': {
    params: ['caseNumber', 'itemName'],
    title: { zh: '请补正材料', en: 'Correction requested' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）需要补正材料，请查看一次性补正告知书，一次补齐后重新提交。',
      en: 'Your application for "${itemName}" (case ${caseNumber}) needs corrections. See the correction notice, which lists everything at once, and resubmit.',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）需补正材料，请登录一次办查看一次性补正告知书，补齐后重新提交。',
    smsTemplateCode: 'SMS_CASE_CORRECTION_REQUESTED',
    email: { subject: '请补正材料：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）需要补正材料。请登录一次办查看一次性补正告知书，一次补齐后重新提交。' },
  },
  'case.rejected': {
    params: ['caseNumber', 'itemName'],
    title: { zh: '申请不予受理', en: 'Application not accepted' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）不予受理，请登录查看理由和法律依据。',
      en: 'Your application for "${itemName}" (case ${caseNumber}) was not accepted. Log in to see the reason and the legal basis.',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）不予受理，请登录一次办查看不予受理通知书中的理由和依据。',
    smsTemplateCode: 'SMS_CASE_REJECTED',
    email: { subject: '不予受理：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）不予受理。请登录一次办查看不予受理通知书中的理由和法律依据。' },
  },
  'case.concluded': {
    params: ['caseNumber', 'itemName', 'result'],
    title: { zh: '办件已办结', en: 'Case concluded' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）已办结，结果：${result}。',
      en: 'Your application for "${itemName}" (case ${caseNumber}) is concluded. Result: ${result}.',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）已办结，结果：${result}，请登录一次办查看并领取办理结果。',
    smsTemplateCode: 'SMS_CASE_CONCLUDED',
    email: { subject: '办件已办结：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）已办结，结果：${result}。请登录一次办查看并按您选择的方式领取办理结果。' },
  },
  // Art. 42: the reason for an extension is told to the applicant; the reason itself is free text (it may name
  // people), so the message carries the new date and the case page shows the reason.
  'case.extended': {
    params: ['caseNumber', 'itemName', 'days', 'promisedDate'],
    title: { zh: '办理期限已延长', en: 'Time limit extended' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）办理期限依法延长 ${days} 日，承诺办结日期调整为 ${promisedDate}，延期理由请在办件详情中查看。',
      en: 'The time limit of your application for "${itemName}" (case ${caseNumber}) was extended by ${days} days as the law allows; the promised conclusion date is now ${promisedDate}. The reason is on the case page.',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）办理期限依法延长${days}日，承诺办结日期调整为${promisedDate}，理由请登录一次办查看。',
    smsTemplateCode: 'SMS_CASE_EXTENDED',
    email: { subject: '办理期限已延长：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）办理期限依法延长 ${days} 日，承诺办结日期调整为 ${promisedDate}。延期理由请登录一次办在办件详情中查看。' },
  },
  'case.voided': {
    params: ['caseNumber', 'itemName'],
    title: { zh: '办件已作废', en: 'Case voided' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）已作废，作废理由请在办件详情中查看。如有疑问，请联系办理窗口。',
      en: 'Your application for "${itemName}" (case ${caseNumber}) was voided. The reason is on the case page; if you have questions, please contact the service window.',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）已作废，理由请登录一次办查看，如有疑问请联系办理窗口。',
    smsTemplateCode: 'SMS_CASE_VOIDED',
    email: { subject: '办件已作废：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）已作废。作废理由请登录一次办在办件详情中查看；如有疑问，请联系办理窗口。' },
  },
  // Art. 45: the applicant is told in writing of the time a hearing, inspection, expert review … takes.
  'case.suspended': {
    params: ['caseNumber', 'itemName', 'procedure', 'plannedEnd'],
    title: { zh: '办件进入特殊环节', en: 'Special procedure started' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）进入${procedure}环节，预计 ${plannedEnd} 结束，期间不计入办理时限（中止计时）。',
      en: 'Your application for "${itemName}" (case ${caseNumber}) is in a special procedure (${procedure}), planned to end on ${plannedEnd}. The time it takes does not count towards the time limit (the clock is stopped).',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）进入${procedure}环节，预计${plannedEnd}结束，期间不计入办理时限。',
    smsTemplateCode: 'SMS_CASE_SUSPENDED',
    email: { subject: '办件进入特殊环节：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）进入${procedure}环节，预计 ${plannedEnd} 结束，期间不计入办理时限。' },
  },
  'case.resumed': {
    params: ['caseNumber', 'itemName', 'procedure', 'promisedDate'],
    title: { zh: '特殊环节结束，恢复计时', en: 'Special procedure ended' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）${procedure}环节已结束，恢复计时，承诺办结日期为 ${promisedDate}。',
      en: 'The special procedure (${procedure}) of your application for "${itemName}" (case ${caseNumber}) has ended and the clock runs again; the promised conclusion date is ${promisedDate}.',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）${procedure}环节已结束，恢复计时，承诺办结日期${promisedDate}。',
    smsTemplateCode: 'SMS_CASE_RESUMED',
    email: { subject: '恢复计时：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）${procedure}环节已结束，恢复计时，承诺办结日期为 ${promisedDate}。' },
  },
  'case.delivered_electronically': {
    params: ['caseNumber', 'itemName'],
    title: { zh: '办理结果已电子送达', en: 'Result delivered electronically' },
    body: {
      zh: '您申请的“${itemName}”（办件编号 ${caseNumber}）的办理结果已电子送达，请在办件详情中查看和下载决定书。',
      en: 'The result of your application for "${itemName}" (case ${caseNumber}) was delivered electronically. Open the case to read and download the decision.',
    },
    sms: '您申请的“${itemName}”（办件编号${caseNumber}）的办理结果已电子送达，请登录一次办下载决定书。',
    smsTemplateCode: 'SMS_CASE_DELIVERED_ELECTRONICALLY',
    email: { subject: '办理结果已电子送达：${caseNumber}', text: '您申请的“${itemName}”（办件编号 ${caseNumber}）的办理结果已电子送达，请登录一次办在办件详情中查看和下载决定书。' },
  },
  'licence.issued': {
    params: ['caseNumber', 'licenceName'],
    title: { zh: '电子证照已颁发', en: 'Electronic licence issued' },
    body: {
      zh: '您的办件 ${caseNumber} 已颁发电子证照“${licenceName}”，可在“我的证照”中查看、下载和分享。',
      en: 'The electronic licence "${licenceName}" of your case ${caseNumber} was issued. See, download and share it under "My licences".',
    },
    sms: '您的办件${caseNumber}已颁发电子证照“${licenceName}”，可登录一次办在“我的证照”中查看、下载和分享。',
    smsTemplateCode: 'SMS_LICENCE_ISSUED',
    email: { subject: '电子证照已颁发：${caseNumber}', text: '您的办件 ${caseNumber} 已颁发电子证照“${licenceName}”。请登录一次办在“我的证照”中查看、下载和分享。' },
  },
  // In-app only: the issuing department revoked, suspended or reinstated a licence (manage-licences.ts).
  'licence.status_changed': {
    params: ['licenceName', 'change'],
    title: { zh: '电子证照状态变更', en: 'Licence status changed' },
    body: {
      zh: '您的电子证照“${licenceName}”${change}。详情请在“我的证照”中查看。',
      en: 'The status of your electronic licence "${licenceName}" changed: ${change}. See "My licences" for details.',
    },
    sms: null,
    smsTemplateCode: null,
    email: null,
  },
  // For the front desk (in-app only): art. 32's five working days end on `deadline`; after it the application counts
  // as accepted on the day of receipt.
  'case.pre_review_due': {
    params: ['caseNumber', 'itemName', 'deadline'],
    title: { zh: '预审期限将至', en: 'Pre-review deadline near' },
    body: {
      zh: '办件 ${caseNumber}（${itemName}）的预审期限 ${deadline} 届满。逾期未告知补正的，依《行政许可法》第三十二条自收到申请材料之日起即为受理。',
      en: 'The pre-review period of case ${caseNumber} (${itemName}) ends on ${deadline}. Without a correction request by then, the application counts as accepted from the day of receipt (Administrative Licensing Law art. 32).',
    },
    sms: null,
    smsTemplateCode: null,
    email: null,
  },
} as const satisfies Record<string, NotificationTemplate>;

export type TemplateKey = keyof typeof NOTIFICATION_TEMPLATES;
export type TemplateParams<K extends TemplateKey> = Record<(typeof NOTIFICATION_TEMPLATES)[K]['params'][number], string>;

export function isTemplateKey(value: string): value is TemplateKey {
  return Object.hasOwn(NOTIFICATION_TEMPLATES, value);
}

/** Replaces `${name}` placeholders; an unknown placeholder stays as it is (visible in review, never silently empty). */
export function renderTemplate(text: string, params: Record<string, string>): string {
  return text.replace(/\$\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Checks that params are exactly the template's, as non-empty strings without personal data (ID numbers and phones
 * would end up in provider logs and in our outbox in clear). A violation is a programming error, not user input.
 */
export function checkTemplateParams(template: TemplateKey, params: Record<string, unknown>): Record<string, string> {
  const expected: readonly string[] = NOTIFICATION_TEMPLATES[template].params;
  const given = Object.keys(params);
  const missing = expected.filter((name) => typeof params[name] !== 'string' || params[name] === '');
  const unknown = given.filter((name) => !expected.includes(name));
  if (missing.length > 0 || unknown.length > 0) throw new Error(`notification ${template}: missing or empty params [${missing.join(', ')}], unknown params [${unknown.join(', ')}]`);
  const result: Record<string, string> = {};
  for (const name of expected) {
    const value = params[name] as string;
    if (maskPersonalDataInText(value) !== value) throw new Error(`notification ${template}: param ${name} holds personal data`);
    if (value.length > 200) throw new Error(`notification ${template}: param ${name} is longer than 200 characters`);
    result[name] = value;
  }
  return result;
}
