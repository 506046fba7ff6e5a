/**
 * Application materials: named precisely, each with the basis for requiring it, no catch-all clauses [003], and
 * proofs reduced (减证便民): a cancelled proof is never required again; government-issued proofs are obtained by data
 * sharing rather than from the applicant [000][003].
 */
import type { GuideRule, Issue } from './shared.ts';
import { defineRule, findCatchAllPhrase, finiteNumber, indexed, list, materialLabel, pointer, text } from './shared.ts';

const materialsMissing = defineRule(
  { id: 'materials-missing', severity: 'warning', blocksSave: false, title: { zh: '未列明申请材料', en: 'No materials listed' } },
  (c) =>
    list(c.materials).length > 0
      ? []
      : [{
        path: '/materials',
        message: { zh: '办事指南未列明任何申请材料。', en: 'The guide lists no application materials.' },
        hint: {
          zh: '列明申请人需提交的全部材料；确实无需材料的，在备注中说明“无需提交材料”。',
          en: 'List every material the applicant submits; if none is needed, say so explicitly.',
        },
      }],
);

const materialNameMissing = defineRule(
  { id: 'material-name-missing', severity: 'error', blocksSave: false, title: { zh: '材料名称为空', en: 'Material name missing' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] =>
      text(item.name)
        ? []
        : [{
          path: pointer('materials', index, 'name'),
          message: { zh: `第 ${index + 1} 项申请材料未填写名称。`, en: `Material #${index + 1} has no name.` },
          hint: { zh: '填写规范、具体的材料名称。', en: 'Enter the precise name of the material.' },
        }]),
);

const materialCatchAll = defineRule(
  { id: 'material-catch-all', severity: 'error', blocksSave: false, title: { zh: '申请材料含兜底性条款', en: 'Catch-all material clause' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const name = text(item.name);
      const phrase = findCatchAllPhrase(name);
      if (!phrase) return [];
      return [{
        path: pointer('materials', index, 'name'),
        message: {
          zh: `申请材料“${name}”含有“${phrase}”等兜底性表述，申请人无法据此准备材料。`,
          en: `Material "${name}" contains the catch-all phrase "${phrase}"; applicants cannot tell what to bring.`,
        },
        hint: {
          zh: '申请材料不得设置兜底性条款。请逐项列明具体材料名称及设定依据，确需提交的另列一项，不需要的予以删除。',
          en: 'Catch-all material clauses are forbidden: list each material by name with its basis, or delete it.',
        },
      }];
    }),
);

const MATERIAL_KEY = /^[a-z0-9-]+$/;

const materialKeyFormat = defineRule(
  { id: 'material-key-format', severity: 'error', blocksSave: false, title: { zh: '材料标识格式不正确', en: 'Malformed material key' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const key = typeof item.key === 'string' ? item.key : '';
      if (MATERIAL_KEY.test(key)) return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'key'),
        message: {
          zh: `${label.zh}的标识“${key}”格式不正确。`,
          en: `${label.en} has the malformed key "${key}".`,
        },
        hint: {
          zh: '材料标识只能由小写字母、数字和连字符组成，如“business-license”。',
          en: 'Use lower-case letters, digits and hyphens only, e.g. "business-license".',
        },
      }];
    }),
);

const materialDuplicateKey = defineRule(
  { id: 'material-duplicate-key', severity: 'error', blocksSave: false, title: { zh: '材料标识重复', en: 'Duplicate material key' } },
  (c) => {
    const seen = new Map<string, number>();
    return indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const key = text(item.key);
      if (!key) return [];
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return [];
      }
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'key'),
        message: {
          zh: `${label.zh}的标识“${key}”与第 ${first + 1} 项材料重复。`,
          en: `${label.en} reuses the key "${key}" of material #${first + 1}.`,
        },
        hint: { zh: '每项材料使用唯一标识，办件据此关联上传的附件。', en: 'Give every material its own key; cases refer to materials by it.' },
      }];
    });
  },
);

const materialDuplicateName = defineRule(
  { id: 'material-duplicate-name', severity: 'error', blocksSave: false, title: { zh: '材料名称重复', en: 'Duplicate material name' } },
  (c) => {
    const seen = new Map<string, number>();
    return indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const name = text(item.name);
      const normalized = name.replace(/\s+/g, '');
      if (!normalized) return [];
      const first = seen.get(normalized);
      if (first === undefined) {
        seen.set(normalized, index);
        return [];
      }
      return [{
        path: pointer('materials', index, 'name'),
        message: {
          zh: `申请材料“${name}”与第 ${first + 1} 项材料重名，同一材料不得重复要求。`,
          en: `Material "${name}" has the same name as material #${first + 1}.`,
        },
        hint: {
          zh: '合并重复的材料；如确为不同材料，在名称中写明区别（如“法定代表人身份证”“委托代理人身份证”）。',
          en: 'Merge the duplicates, or make the names say how they differ.',
        },
      }];
    });
  },
);

const requiredMaterialWithoutBasis = defineRule(
  { id: 'required-material-without-basis', severity: 'error', blocksSave: true, title: { zh: '必要材料无设定依据', en: 'Required material without basis' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      if (item.necessity !== 'required' || text(item.legalBasis)) return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'legalBasis'),
        message: { zh: `${label.zh}为必要材料，但未列明设定依据。`, en: `${label.en} is required but names no legal basis.` },
        hint: {
          zh: '列明要求提交该材料的法律、法规、规章或规范性文件及条款；无依据的材料一律取消。',
          en: 'Name the law, regulation or normative document (and article) that requires it; without a basis, drop it.',
        },
      }];
    }),
);

const conditionalMaterialWithoutBasis = defineRule(
  { id: 'conditional-material-without-basis', severity: 'warning', blocksSave: false, title: { zh: '情形材料无设定依据', en: 'Conditional material without basis' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      if (item.necessity !== 'conditional' || text(item.legalBasis)) return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'legalBasis'),
        message: {
          zh: `${label.zh}在特定情形下须提交，但未列明设定依据。`,
          en: `${label.en} is required in some situations but names no legal basis.`,
        },
        hint: {
          zh: '列明该材料的设定依据；没有法律、法规、规章或规范性文件依据的，予以取消。',
          en: 'Name its legal basis; without one, drop the material.',
        },
      }];
    }),
);

const conditionalMaterialWithoutCondition = defineRule(
  { id: 'conditional-material-without-condition', severity: 'error', blocksSave: false, title: { zh: '情形材料未写明适用情形', en: 'Conditional material without condition' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      if (item.necessity !== 'conditional' || text(item.condition)) return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'condition'),
        message: {
          zh: `${label.zh}为情形材料，但未写明在何种情形下需要提交。`,
          en: `${label.en} is conditional but does not say when it is needed.`,
        },
        hint: {
          zh: '写明适用情形，如“委托他人代为办理的”“利用自动设备从事食品经营的”。',
          en: 'State the situation, e.g. "when an agent applies on the applicant\'s behalf".',
        },
      }];
    }),
);

const requiredMaterialWithCondition = defineRule(
  { id: 'required-material-with-condition', severity: 'warning', blocksSave: false, title: { zh: '必要材料设有适用情形', en: 'Required material has a condition' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const condition = text(item.condition);
      if (item.necessity !== 'required' || !condition) return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'necessity'),
        message: {
          zh: `${label.zh}写有适用情形“${condition}”，但必要性为“必要”，所有申请人都会被要求提交。`,
          en: `${label.en} has the condition "${condition}" but is marked required for everyone.`,
        },
        hint: {
          zh: '仅在特定情形下需要的，将必要性改为“情形必要”；所有申请人都需要的，删除适用情形。',
          en: 'Mark it conditional if only some applicants need it; otherwise remove the condition.',
        },
      }];
    }),
);

const materialPaperCopies = defineRule(
  { id: 'material-paper-copies', severity: 'error', blocksSave: false, title: { zh: '纸质材料份数不正确', en: 'Invalid number of paper copies' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      if (item.form !== 'paper' && item.form !== 'both') return [];
      const copies = finiteNumber(item.paperCopies);
      if (copies !== null && Number.isInteger(copies) && copies >= 1) return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'paperCopies'),
        message: {
          zh: `${label.zh}需提交纸质材料，但份数为“${String(item.paperCopies)}”。`,
          en: `${label.en} is submitted on paper but the number of copies is "${String(item.paperCopies)}".`,
        },
        hint: {
          zh: '纸质材料份数应为不小于 1 的整数；只需电子材料的，将材料形式改为“电子”。',
          en: 'Paper copies must be a whole number of at least 1; if only an electronic file is needed, set the form to electronic.',
        },
      }];
    }),
);

/** Forms the applicant fills in: they need a blank form and a filled-in sample [001][003]. */
const FILL_IN_FORM = /申请书|申请表|登记表|承诺书|委托书/;

const fillInFormWithoutTemplate = defineRule(
  { id: 'application-form-without-template', severity: 'warning', blocksSave: false, title: { zh: '表格类材料未提供空白表格', en: 'Form material without blank form' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const name = text(item.name);
      if (!FILL_IN_FORM.test(name) || text(item.blankFormFile)) return [];
      return [{
        path: pointer('materials', index, 'blankFormFile'),
        message: { zh: `申请材料“${name}”需申请人填写，但未提供空白表格下载。`, en: `Material "${name}" is a form to fill in but has no blank form to download.` },
        hint: { zh: '上传规范的空白表格（可编辑格式）及填写说明。', en: 'Upload the blank form (editable) and filling instructions.' },
      }];
    }),
);

const fillInFormWithoutSample = defineRule(
  { id: 'application-form-without-sample', severity: 'info', blocksSave: false, title: { zh: '表格类材料未提供示范文本', en: 'Form material without sample' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const name = text(item.name);
      if (!FILL_IN_FORM.test(name) || text(item.sampleFile)) return [];
      return [{
        path: pointer('materials', index, 'sampleFile'),
        message: { zh: `申请材料“${name}”未提供示范文本。`, en: `Material "${name}" has no filled-in sample.` },
        hint: {
          zh: '上传填写示例，并标注常见错误，减少因填写不规范导致的补正。',
          en: 'Upload a filled-in sample and point out common mistakes to avoid correction requests.',
        },
      }];
    }),
);

const cancelledProofRequired = defineRule(
  { id: 'cancelled-proof-required', severity: 'error', blocksSave: true, title: { zh: '要求提交已取消的证明', en: 'Cancelled proof required' } },
  (c, ctx) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      const proofCode = text(item.proofCode);
      if (!proofCode || !ctx.cancelledProofCodes.has(proofCode)) return [];
      if (item.necessity !== 'required' && item.necessity !== 'conditional') return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'necessity'),
        message: {
          zh: `${label.zh}对应的证明事项（${proofCode}）已列入取消清单，不得再要求申请人提交。`,
          en: `${label.en} is proof ${proofCode}, which the proof catalogue lists as cancelled; it can never be required again.`,
        },
        hint: {
          zh: '删除该材料，改为通过电子证照调取、部门间数据共享或申请人书面承诺（告知承诺）解决。',
          en: 'Remove it; obtain the fact by e-licence lookup, data sharing or a written commitment instead.',
        },
      }];
    }),
);

const governmentMaterialShareable = defineRule(
  { id: 'government-material-shareable', severity: 'info', blocksSave: false, title: { zh: '政府部门核发材料可共享获取', en: 'Government-issued material could be shared' } },
  (c) =>
    indexed(c.materials).flatMap(({ item, index }): Issue[] => {
      if (item.source !== 'government' || text(item.proofCode) || text(item.satisfiedByLicenseType)) return [];
      const label = materialLabel(item.name, index);
      return [{
        path: pointer('materials', index, 'source'),
        message: {
          zh: `${label.zh}由政府部门核发，但既未关联证明事项清单，也未关联电子证照类型。`,
          en: `${label.en} is issued by a government department but is linked neither to the proof catalogue nor to an e-licence type.`,
        },
        hint: {
          zh: '按照“减证便民”要求，能够通过部门间信息共享获取的，不再要求申请人提交：关联电子证照类型，或在证明事项清单中登记。',
          en: 'What departments can share should not be asked of the applicant: link an e-licence type or register the proof.',
        },
      }];
    }),
);

export const MATERIAL_RULES: readonly GuideRule[] = [
  materialsMissing,
  materialNameMissing,
  materialCatchAll,
  materialKeyFormat,
  materialDuplicateKey,
  materialDuplicateName,
  requiredMaterialWithoutBasis,
  conditionalMaterialWithoutBasis,
  conditionalMaterialWithoutCondition,
  requiredMaterialWithCondition,
  materialPaperCopies,
  fillInFormWithoutTemplate,
  fillInFormWithoutSample,
  cancelledProofRequired,
  governmentMaterialShareable,
];
