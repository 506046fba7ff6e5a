/**
 * Basic elements of the guide: name, legal basis, acceptance conditions, place, hours, phones, audience, themes, FAQ.
 * The guide must list every element a citizen needs, and nothing may be required beyond it [001].
 */
import type { Audience, Theme } from '../catalog-codes.ts';
import { ENTERPRISE_THEMES, PERSON_THEMES } from '../catalog-codes.ts';
import type { GuideRule, Issue } from './shared.ts';
import { defineRule, findCatchAllCondition, indexed, isValidServicePhone, list, phoneNumbers, pointer, text } from './shared.ts';

const nameMissing = defineRule(
  { id: 'name-missing', severity: 'error', blocksSave: false, title: { zh: '缺少事项名称', en: 'Item name missing' } },
  (c) =>
    text(c.name)
      ? []
      : [{
        path: '/name',
        message: { zh: '未填写事项名称。', en: 'The item name is empty.' },
        hint: { zh: '按基本目录填写规范的事项名称，确保同一事项、同一名称。', en: 'Enter the item name as in the basic catalogue.' },
      }],
);

const nameDiffersFromBasicItem = defineRule(
  { id: 'name-differs-from-basic-item', severity: 'info', blocksSave: false, title: { zh: '事项名称与基本目录不一致', en: 'Name differs from the basic catalogue' } },
  (c, ctx) => {
    const name = text(c.name);
    const basic = text(ctx.basicItem.name);
    if (!name || !basic || name.includes(basic)) return [];
    return [{
      path: '/name',
      message: {
        zh: `实施清单事项名称“${name}”与基本目录事项名称“${basic}”不一致。`,
        en: `The item name "${name}" differs from the basic catalogue name "${basic}".`,
      },
      hint: {
        zh: '按照“同一事项、同一标准、同一编码”要求，实施清单应沿用基本目录名称；确需细化的，可在名称后以括号注明情形。',
        en: 'Use the basic catalogue name (one item, one standard, one code); add a qualifier in brackets if needed.',
      },
    }];
  },
);

const legalBasisMissing = defineRule(
  { id: 'legal-basis-missing', severity: 'error', blocksSave: false, title: { zh: '缺少设定依据', en: 'Legal basis missing' } },
  (c) =>
    text(c.legalBasis)
      ? []
      : [{
        path: '/legalBasis',
        message: { zh: '未填写事项的设定依据。', en: 'The legal basis of the item is empty.' },
        hint: {
          zh: '列明设定该事项的法律、法规、规章名称及具体条款，如“《中华人民共和国食品安全法》第三十五条”。',
          en: 'Name the law or regulation and the article that establishes the item.',
        },
      }],
);

const conditionsMissing = defineRule(
  { id: 'conditions-missing', severity: 'error', blocksSave: false, title: { zh: '缺少受理条件', en: 'Acceptance conditions missing' } },
  (c) => {
    const conditions = list(c.conditions);
    if (!conditions.some((x) => text(x) !== '')) {
      return [{
        path: '/conditions',
        message: { zh: '未列明受理条件。', en: 'No acceptance conditions are listed.' },
        hint: {
          zh: '逐条列明申请人应当具备的条件，做到具体、可判断；除指南列明的条件外不得自行增加办事要求。',
          en: 'List each condition the applicant must meet, concretely; nothing beyond the guide may be required.',
        },
      }];
    }
    return conditions.flatMap((x, i): Issue[] =>
      text(x) === ''
        ? [{
          path: pointer('conditions', i),
          message: { zh: `第 ${i + 1} 条受理条件为空。`, en: `Acceptance condition #${i + 1} is empty.` },
          hint: { zh: '删除空白条目或补充条件内容。', en: 'Remove the blank entry or fill it in.' },
        }]
        : []);
  },
);

const conditionCatchAll = defineRule(
  { id: 'condition-catch-all', severity: 'warning', blocksSave: false, title: { zh: '受理条件含兜底性表述', en: 'Catch-all acceptance condition' } },
  (c) =>
    list(c.conditions).flatMap((x, i): Issue[] => {
      const phrase = findCatchAllCondition(text(x));
      if (!phrase) return [];
      return [{
        path: pointer('conditions', i),
        message: {
          zh: `受理条件“${text(x)}”含有“${phrase}”等兜底性表述，申请人无法据此判断是否符合条件。`,
          en: `Acceptance condition "${text(x)}" contains the open-ended phrase "${phrase}".`,
        },
        hint: {
          zh: '将兜底条件所指的具体条件逐条列明并注明依据；确无其他条件的，删除该表述。',
          en: 'Spell out the conditions it refers to, each with its basis, or delete the phrase.',
        },
      }];
    }),
);

const placeMissing = defineRule(
  { id: 'place-missing', severity: 'error', blocksSave: false, title: { zh: '缺少办理地点', en: 'Place missing' } },
  (c) =>
    text(c.place)
      ? []
      : [{
        path: '/place',
        message: { zh: '未填写办理地点。', en: 'The place of handling is empty.' },
        hint: {
          zh: '写明政务服务中心名称、详细地址、楼层及窗口号，便于群众现场办理。',
          en: 'Give the service centre, full address, floor and window number.',
        },
      }],
);

const officeHoursMissing = defineRule(
  { id: 'office-hours-missing', severity: 'error', blocksSave: false, title: { zh: '缺少办理时间', en: 'Office hours missing' } },
  (c) =>
    text(c.officeHours)
      ? []
      : [{
        path: '/officeHours',
        message: { zh: '未填写办理时间。', en: 'Office hours are empty.' },
        hint: {
          zh: '写明工作日上午、下午的具体办公时间，以及节假日、延时或预约服务安排。',
          en: 'Give morning and afternoon hours on working days and any holiday, extended or appointment arrangements.',
        },
      }],
);

const PHONE_FIELDS = [
  { key: 'consultationPhone', zh: '咨询电话', en: 'consultation phone' },
  { key: 'complaintPhone', zh: '投诉电话', en: 'complaint phone' },
] as const;

const phoneMissing = defineRule(
  { id: 'phone-missing', severity: 'error', blocksSave: false, title: { zh: '缺少咨询或投诉电话', en: 'Consultation or complaint phone missing' } },
  (c) =>
    PHONE_FIELDS.flatMap((f): Issue[] =>
      text(c[f.key])
        ? []
        : [{
          path: pointer(f.key),
          message: { zh: `未填写${f.zh}。`, en: `The ${f.en} is empty.` },
          hint: {
            zh: `填写可接通的${f.zh}（含区号的固定电话，或 12345 政务服务便民热线）。`,
            en: `Enter a reachable ${f.en}: a landline with area code, or the 12345 hotline.`,
          },
        }]),
);

const phoneMalformed = defineRule(
  { id: 'phone-malformed', severity: 'error', blocksSave: false, title: { zh: '电话号码格式不正确', en: 'Malformed phone number' } },
  (c) =>
    PHONE_FIELDS.flatMap((f): Issue[] => {
      const value = text(c[f.key]);
      if (!value) return [];
      const bad = phoneNumbers(value).filter((n) => !isValidServicePhone(n));
      if (bad.length === 0) return [];
      return [{
        path: pointer(f.key),
        message: {
          zh: `${f.zh}“${bad.join('、')}”格式不正确。`,
          en: `The ${f.en} "${bad.join(', ')}" is not a valid number.`,
        },
        hint: {
          zh: '固定电话须带区号（如 0476-8336688），也可填写手机号码或 12345 等政务服务热线；多个号码用顿号分隔。',
          en: 'Use a landline with area code (e.g. 0476-8336688), a mobile number, or a hotline such as 12345; separate several numbers with "、".',
        },
      }];
    }),
);

const audienceMissing = defineRule(
  { id: 'audience-missing', severity: 'error', blocksSave: false, title: { zh: '缺少服务对象', en: 'Audience missing' } },
  (c) =>
    list(c.audiences).length > 0
      ? []
      : [{
        path: '/audiences',
        message: { zh: '未选择服务对象。', en: 'No audience is selected.' },
        hint: { zh: '选择自然人、企业法人、事业单位法人等服务对象类型。', en: 'Select who can apply: natural persons, enterprises, public institutions, …' },
      }],
);

const themesMissing = defineRule(
  { id: 'themes-missing', severity: 'info', blocksSave: false, title: { zh: '未关联主题分类', en: 'No theme' } },
  (c) =>
    list(c.themes).length > 0
      ? []
      : [{
        path: '/themes',
        message: { zh: '未关联个人或法人主题分类。', en: 'The item is not linked to any person or enterprise theme.' },
        hint: {
          zh: '关联个人生命周期或法人全生命周期主题，便于群众按“一件事”查找。',
          en: 'Link a life-event or enterprise life-cycle theme so applicants can find the item.',
        },
      }],
);

/** Chinese labels of the themes for messages (catalog-codes.ts keeps only the keys). */
const THEME_LABELS: Record<Theme, string> = {
  birth: '出生', household: '户籍', education: '教育', employment: '就业', social_security: '社会保障', medical: '医疗',
  housing: '住房', marriage: '婚姻', travel: '出行', retirement: '退休', disability: '残疾人', death: '身后事',
  establishment: '开办', permits: '准营', construction: '工程建设', operation: '经营', tax: '纳税', employment_hr: '用工',
  trade: '进出口', cancellation: '注销',
};

const PERSON_THEME_SET: ReadonlySet<Theme> = new Set(PERSON_THEMES);
const ENTERPRISE_THEME_SET: ReadonlySet<Theme> = new Set(ENTERPRISE_THEMES);
const ORGANISATIONS: readonly Audience[] = ['enterprise', 'public_institution', 'social_organization', 'government_organ', 'other_organization'];

const themeAudienceMismatch = defineRule(
  { id: 'theme-audience-mismatch', severity: 'warning', blocksSave: false, title: { zh: '主题分类与服务对象不符', en: 'Theme does not fit the audience' } },
  (c) => {
    const audiences = list(c.audiences);
    if (audiences.length === 0) return [];
    const hasPerson = audiences.includes('natural_person');
    const hasOrganisation = audiences.some((a) => ORGANISATIONS.includes(a));
    return list(c.themes).flatMap((theme, i): Issue[] => {
      if (PERSON_THEME_SET.has(theme) && !hasPerson) {
        return [{
          path: pointer('themes', i),
          message: {
            zh: `个人主题“${THEME_LABELS[theme]}”与服务对象不符：服务对象不含自然人。`,
            en: `Person theme "${theme}" does not fit: natural persons are not an audience.`,
          },
          hint: { zh: '改选法人主题，或在服务对象中增加自然人。', en: 'Choose an enterprise theme, or add natural persons to the audience.' },
        }];
      }
      if (ENTERPRISE_THEME_SET.has(theme) && !hasOrganisation) {
        return [{
          path: pointer('themes', i),
          message: {
            zh: `法人主题“${THEME_LABELS[theme]}”与服务对象不符：服务对象仅为自然人。`,
            en: `Enterprise theme "${theme}" does not fit: the only audience is natural persons.`,
          },
          hint: { zh: '改选个人主题，或在服务对象中增加法人或其他组织。', en: 'Choose a person theme, or add an organisation audience.' },
        }];
      }
      return [];
    });
  },
);

const faqMissing = defineRule(
  { id: 'faq-missing', severity: 'info', blocksSave: false, title: { zh: '未提供常见问题', en: 'No FAQ' } },
  (c) =>
    list(c.faq).length > 0
      ? []
      : [{
        path: '/faq',
        message: { zh: '办事指南未提供常见问题解答。', en: 'The guide has no FAQ.' },
        hint: {
          zh: '根据窗口咨询和 12345 热线的高频问题，补充常见问题及解答。',
          en: 'Add the questions most often asked at the window and on the 12345 hotline.',
        },
      }],
);

const faqEntryIncomplete = defineRule(
  { id: 'faq-entry-incomplete', severity: 'warning', blocksSave: false, title: { zh: '常见问题不完整', en: 'Incomplete FAQ entry' } },
  (c) =>
    indexed(c.faq).flatMap(({ item, index }): Issue[] => {
      const out: Issue[] = [];
      if (!text(item.question)) {
        out.push({
          path: pointer('faq', index, 'question'),
          message: { zh: `第 ${index + 1} 条常见问题缺少问题。`, en: `FAQ entry #${index + 1} has no question.` },
          hint: { zh: '补充问题，或删除该条目。', en: 'Add the question or delete the entry.' },
        });
      }
      if (!text(item.answer)) {
        out.push({
          path: pointer('faq', index, 'answer'),
          message: { zh: `第 ${index + 1} 条常见问题缺少解答。`, en: `FAQ entry #${index + 1} has no answer.` },
          hint: { zh: '补充准确、可操作的解答，或删除该条目。', en: 'Add a precise answer or delete the entry.' },
        });
      }
      return out;
    }),
);

const commitmentForImmediate = defineRule(
  { id: 'commitment-immediate', severity: 'info', blocksSave: false, title: { zh: '即办件设置告知承诺', en: 'Commitment on an immediate item' } },
  (c) =>
    c.allowsCommitment === true && c.caseKind === 'immediate'
      ? [{
        path: '/allowsCommitment',
        message: {
          zh: '即办件当场办结，同时设置告知承诺制意义不大。',
          en: 'The item is concluded on the spot (immediate); commitment-based approval adds little.',
        },
        hint: {
          zh: '确认是否确需告知承诺；告知承诺一般适用于需要核查条件的承诺件。',
          en: 'Check whether commitment is needed; it usually serves promised items whose conditions need checking.',
        },
      }]
      : [],
);

export const ELEMENT_RULES: readonly GuideRule[] = [
  nameMissing,
  nameDiffersFromBasicItem,
  legalBasisMissing,
  conditionsMissing,
  conditionCatchAll,
  placeMissing,
  officeHoursMissing,
  phoneMissing,
  phoneMalformed,
  audienceMissing,
  themesMissing,
  themeAudienceMismatch,
  faqMissing,
  faqEntryIncomplete,
  commitmentForImmediate,
];
