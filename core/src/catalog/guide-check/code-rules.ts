/**
 * Item codes (同一编码): the basic code and the 31-character implementation code built from the department's credit
 * code, the exercise level and the basic code. Codes live beside the content, so these findings point at "".
 */
import { ITEM_TYPES } from '../catalog-codes.ts';
import type { ImplementationCodeProblem } from '../item-codes.ts';
import { isValidBasicCode, itemTypeOfBasicCode, validateImplementationCode } from '../item-codes.ts';
import type { Bilingual, GuideRule } from './shared.ts';
import { defineRule } from './shared.ts';

const basicCodeInvalid = defineRule(
  { id: 'basic-code-invalid', severity: 'error', blocksSave: true, title: { zh: '基本编码不合规', en: 'Invalid basic code' } },
  (_c, ctx) => {
    const code = typeof ctx.basicItem.code === 'string' ? ctx.basicItem.code : '';
    if (isValidBasicCode(code)) return [];
    return [{
      path: '',
      message: {
        zh: `基本编码“${code}”不合规：应为 12 位数字或大写字母。`,
        en: `Basic code "${code}" is invalid: it must be 12 digits or capital letters.`,
      },
      hint: {
        zh: '从基本目录选择事项，沿用基本目录赋予的 12 位基本编码，不得自行编码。',
        en: 'Pick the item from the basic catalogue and keep its 12-character basic code.',
      },
    }];
  },
);

const basicCodeTypeMismatch = defineRule(
  { id: 'basic-code-type-mismatch', severity: 'warning', blocksSave: false, title: { zh: '基本编码与事项类型不符', en: 'Basic code does not match the item type' } },
  (_c, ctx) => {
    const code = typeof ctx.basicItem.code === 'string' ? ctx.basicItem.code : '';
    if (!isValidBasicCode(code)) return [];
    const prefix = itemTypeOfBasicCode(code);
    const typeCode = ctx.basicItem.typeCode;
    if (prefix === null || prefix === typeCode) return [];
    const typeName = ITEM_TYPES[typeCode]?.zh ?? typeCode;
    return [{
      path: '',
      message: {
        zh: `基本编码“${code}”以“${prefix}”（${ITEM_TYPES[prefix].zh}）开头，与事项类型“${typeName}”不符。`,
        en: `Basic code "${code}" starts with type ${prefix} (${ITEM_TYPES[prefix].en}) but the item type is ${typeCode}.`,
      },
      hint: {
        zh: '核对基本目录中的事项类型与基本编码，二者应一致。',
        en: 'Check the item type and the basic code in the basic catalogue; they must agree.',
      },
    }];
  },
);

function problemText(problem: ImplementationCodeProblem): Bilingual {
  switch (problem) {
    case 'length':
      return { zh: '长度应为 31 位', en: 'it must be 31 characters long' };
    case 'credit_code':
      return { zh: '前 18 位不是有效的实施主体统一社会信用代码', en: 'the first 18 characters are not a valid unified social credit code' };
    case 'level':
      return { zh: '第 19 位行使层级应为 1—7', en: 'character 19 (exercise level) must be 1–7' };
    case 'basic_code':
      return { zh: '后 12 位不是有效的基本编码', en: 'the last 12 characters are not a valid basic code' };
    case 'mismatch':
      return {
        zh: '与“实施主体统一社会信用代码 + 行使层级 + 基本编码”不一致',
        en: "it is not the department's credit code + exercise level + basic code",
      };
  }
}

const implementationCodeInvalid = defineRule(
  { id: 'implementation-code-invalid', severity: 'error', blocksSave: true, title: { zh: '实施编码不合规', en: 'Invalid implementation code' } },
  (_c, ctx) => {
    const basicCode = typeof ctx.basicItem.code === 'string' ? ctx.basicItem.code : '';
    // The implementation code is derived from the basic code: an invalid basic code is reported once, by its own rule.
    if (!isValidBasicCode(basicCode)) return [];
    const code = typeof ctx.implementationCode === 'string' ? ctx.implementationCode : '';
    const result = validateImplementationCode(code, {
      departmentCreditCode: ctx.departmentCreditCode,
      level: ctx.level,
      basicCode,
    });
    if (result.valid) return [];
    const why = problemText(result.problem);
    return [{
      path: '',
      message: { zh: `实施编码“${code}”不合规：${why.zh}。`, en: `Implementation code "${code}" is invalid: ${why.en}.` },
      hint: {
        zh: '实施编码由实施主体统一社会信用代码（18 位）、行使层级（1 位）和基本编码（12 位）组成，请由系统按实施主体重新生成。',
        en: "The code is the department's credit code (18) + exercise level (1) + basic code (12); regenerate it from the department.",
      },
    }];
  },
);

export const CODE_RULES: readonly GuideRule[] = [basicCodeInvalid, basicCodeTypeMismatch, implementationCodeInvalid];
