/**
 * Time limits, case kind and process. Promised ≤ legal; local items promise at most 25 % of the legal limit,
 * national and provincial ones at most 50 % [003]; at most three steps, ideally review + decision (一审一核) [003];
 * immediate items (即办件) are concluded in one sitting, so one step and no special procedure.
 */
import { STEP_ROLES } from '../catalog-codes.ts';
import type { TimeLimit } from '../implementation.ts';
import type { GuideRule, Issue } from './shared.ts';
import {
  compressionRatio, defineRule, describeLimit, exceeds, indexed, isRecord, list, percent, pointer, stepLabel, text, validLimit, EPSILON,
} from './shared.ts';

/** Promised ÷ legal target for local items (city and below) [003]. */
export const LOCAL_COMPRESSION_TARGET = 0.25;
/** Promised ÷ legal target for national and provincial items, including those entrusted to local bodies [003]. */
export const UPPER_LEVEL_COMPRESSION_TARGET = 0.5;

/** Most steps a process should have [003]. */
export const MAX_PROCESS_STEPS = 3;

function limitIssues(limit: unknown, path: string, label: { zh: string; en: string }): Issue[] {
  const hint = {
    zh: '时限应为不小于 0 的数值，单位为“工作日”或“自然日”。',
    en: 'A limit is a number ≥ 0 in working days or natural days.',
  };
  if (!isRecord(limit)) {
    return [{ path, message: { zh: `未填写${label.zh}。`, en: `The ${label.en} is missing.` }, hint }];
  }
  const out: Issue[] = [];
  const value = limit.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    out.push({
      path: `${path}/value`,
      message: { zh: `${label.zh}“${String(value)}”不是有效的天数。`, en: `The ${label.en} "${String(value)}" is not a valid number of days.` },
      hint,
    });
  }
  if (limit.unit !== 'working_days' && limit.unit !== 'natural_days') {
    out.push({
      path: `${path}/unit`,
      message: { zh: `${label.zh}的单位“${String(limit.unit)}”无效。`, en: `The ${label.en} has the unknown unit "${String(limit.unit)}".` },
      hint,
    });
  }
  return out;
}

const limitInvalid = defineRule(
  { id: 'limit-invalid', severity: 'error', blocksSave: false, title: { zh: '时限填写不规范', en: 'Malformed time limit' } },
  (c) => [
    ...limitIssues(c.legalLimit, '/legalLimit', { zh: '法定时限', en: 'legal limit' }),
    ...limitIssues(c.promisedLimit, '/promisedLimit', { zh: '承诺时限', en: 'promised limit' }),
    ...indexed(c.process).flatMap(({ item, index }) => {
      const label = stepLabel(item.name, index);
      return limitIssues(item.limit, pointer('process', index, 'limit'), { zh: `${label.zh}的办理时限`, en: `limit of ${label.en}` });
    }),
  ],
);

const promisedExceedsLegal = defineRule(
  { id: 'promised-exceeds-legal', severity: 'error', blocksSave: true, title: { zh: '承诺时限超过法定时限', en: 'Promised limit exceeds legal limit' } },
  (c) => {
    const legal = validLimit(c.legalLimit);
    const promised = validLimit(c.promisedLimit);
    // A legal limit of 0 states no limit to compare with; zero-legal-limit reports it for promised items.
    if (!legal || !promised || legal.value === 0 || !exceeds([promised], legal)) return [];
    const p = describeLimit(promised);
    const l = describeLimit(legal);
    return [{
      path: '/promisedLimit',
      message: {
        zh: `承诺时限（${p.zh}）超过法定时限（${l.zh}）。`,
        en: `The promised limit (${p.en}) exceeds the legal limit (${l.en}).`,
      },
      hint: {
        zh: '承诺时限不得超过法定时限，请压缩承诺时限或核实法定时限。工作日与自然日按 5 个工作日折合 7 个自然日比较。',
        en: 'The promise may not exceed the law: shorten it or check the legal limit (5 working days count as 7 natural days).',
      },
    }];
  },
);

const zeroLegalLimit = defineRule(
  { id: 'zero-legal-limit', severity: 'error', blocksSave: false, title: { zh: '承诺件法定时限为 0', en: 'Promised item with zero legal limit' } },
  (c) => {
    const legal = validLimit(c.legalLimit);
    if (c.caseKind !== 'promised' || !legal || legal.value !== 0) return [];
    return [{
      path: '/legalLimit/value',
      message: { zh: '承诺件的法定时限为 0，无法计算压缩比例，也无法监察超期。', en: 'The legal limit of this promised item is 0.' },
      hint: {
        zh: '按设定依据填写法定办结时限；法律法规未规定的，填写本地规定的时限并在备注中说明。',
        en: 'Enter the statutory limit; where the law sets none, enter the locally set limit and explain it in the note.',
      },
    }];
  },
);

const promisedItemZeroLimit = defineRule(
  { id: 'promised-item-zero-limit', severity: 'error', blocksSave: false, title: { zh: '承诺件承诺时限为 0', en: 'Promised item with zero promised limit' } },
  (c) => {
    const promised = validLimit(c.promisedLimit);
    if (c.caseKind !== 'promised' || !promised || promised.value !== 0) return [];
    return [{
      path: '/promisedLimit/value',
      message: { zh: '办件类型为承诺件，但承诺时限为 0。', en: 'The item is a promised item but its promised limit is 0.' },
      hint: {
        zh: '填写承诺办结时限；能够当场办结的，将办件类型改为即办件。',
        en: 'Enter the promised limit; if the case is concluded on the spot, make it an immediate item.',
      },
    }];
  },
);

const immediatePromisedLimit = defineRule(
  { id: 'immediate-promised-limit', severity: 'warning', blocksSave: false, title: { zh: '即办件承诺时限过长', en: 'Immediate item with a long promised limit' } },
  (c) => {
    const promised = validLimit(c.promisedLimit);
    if (c.caseKind !== 'immediate' || !promised || promised.value <= 1 + EPSILON) return [];
    const p = describeLimit(promised);
    return [{
      path: '/promisedLimit/value',
      message: {
        zh: `办件类型为即办件，但承诺时限为 ${p.zh}。`,
        en: `The item is immediate but promises ${p.en}.`,
      },
      hint: {
        zh: '即办件应当场办结（承诺时限填 0），最长不超过 1 个工作日；不能当场办结的，改为承诺件。',
        en: 'An immediate item is concluded on the spot (promise 0, at most 1 day); otherwise make it a promised item.',
      },
    }];
  },
);

const compressionAboveTarget = defineRule(
  { id: 'compression-above-target', severity: 'warning', blocksSave: false, title: { zh: '承诺时限压缩未达标（本地事项 25%）', en: 'Promised limit above the 25 % target (local item)' } },
  (c, ctx) => {
    const ratio = compressionRatio(c);
    // Above 100 % is promised-exceeds-legal, reported once there.
    if (!ctx.isLocalItem || ratio === null || ratio <= LOCAL_COMPRESSION_TARGET + EPSILON || ratio > 1 + EPSILON) return [];
    return [{
      path: '/promisedLimit',
      message: {
        zh: `承诺时限为法定时限的 ${percent(ratio)}，超过本地事项压缩至法定时限 25% 以内的目标。`,
        en: `The promised limit is ${percent(ratio)} of the legal limit, above the 25 % target for local items.`,
      },
      hint: {
        zh: '通过减环节、并联审查、压缩环节时限，将承诺时限压缩至法定时限的 25% 以内；个别复杂事项确需超出的，在承诺时限备注中说明理由。',
        en: 'Cut steps and step limits to bring the promise within 25 % of the legal limit, or explain the exception in the note.',
      },
    }];
  },
);

const compressionAboveUpperTarget = defineRule(
  { id: 'compression-above-upper-target', severity: 'info', blocksSave: false, title: { zh: '承诺时限压缩未达标（国家、省级事项 50%）', en: 'Promised limit above the 50 % target (upper-level item)' } },
  (c, ctx) => {
    const ratio = compressionRatio(c);
    if (ctx.isLocalItem || ratio === null || ratio <= UPPER_LEVEL_COMPRESSION_TARGET + EPSILON || ratio > 1 + EPSILON) return [];
    return [{
      path: '/promisedLimit',
      message: {
        zh: `承诺时限为法定时限的 ${percent(ratio)}，国家、省级事项原则上压缩至法定时限的 50% 以内。`,
        en: `The promised limit is ${percent(ratio)} of the legal limit; national and provincial items aim for 50 % at most.`,
      },
      hint: { zh: '核实能否进一步压缩承诺时限。', en: 'Check whether the promise can be shortened.' },
    }];
  },
);

const immediateMultiStep = defineRule(
  { id: 'immediate-multi-step', severity: 'error', blocksSave: true, title: { zh: '即办件设置多个审批环节', en: 'Immediate item with several steps' } },
  (c) => {
    const steps = list(c.process);
    if (c.caseKind !== 'immediate' || steps.length <= 1) return [];
    return [{
      path: '/process',
      message: {
        zh: `办件类型为即办件，但办理流程有 ${steps.length} 个环节。`,
        en: `The item is immediate but its process has ${steps.length} steps.`,
      },
      hint: {
        zh: '即办件由窗口当场办结，流程只设一个环节；需要多个环节审批的，改为承诺件。',
        en: 'An immediate item is concluded at the window in one step; make it a promised item if it needs more.',
      },
    }];
  },
);

const processMissing = defineRule(
  { id: 'process-missing', severity: 'error', blocksSave: false, title: { zh: '承诺件未设置办理流程', en: 'Promised item without process' } },
  (c) =>
    c.caseKind === 'promised' && list(c.process).length === 0
      ? [{
        path: '/process',
        message: { zh: '承诺件未设置办理流程。', en: 'The promised item has no process steps.' },
        hint: { zh: '设置审查、决定等办理环节，并明确各环节的承办角色和时限。', en: 'Add the review and decision steps with roles and limits.' },
      }]
      : [],
);

const processTooManySteps = defineRule(
  { id: 'process-too-many-steps', severity: 'warning', blocksSave: false, title: { zh: '审批环节超过 3 个', en: 'More than three steps' } },
  (c) => {
    const steps = list(c.process);
    if (steps.length <= MAX_PROCESS_STEPS) return [];
    return [{
      path: '/process',
      message: {
        zh: `办理流程有 ${steps.length} 个环节，超过 3 个。`,
        en: `The process has ${steps.length} steps, more than three.`,
      },
      hint: {
        zh: '除个别复杂事项外，审批环节原则上控制在 3 个以内，逐步实现“审查 + 决定”两环节（一审一核）。',
        en: 'Keep to three steps at most, ideally review + decision; only complex items may need more.',
      },
    }];
  },
);

const lastStepNotDecision = defineRule(
  { id: 'last-step-not-decision', severity: 'warning', blocksSave: false, title: { zh: '最后环节不是审批决定', en: 'Last step is not a decision' } },
  (c) => {
    const steps = list(c.process);
    const index = steps.length - 1;
    const last = steps[index];
    // Only a clerk's step is flagged here: a missing or unknown role is process-step-invalid.
    if (!isRecord(last) || last.role !== 'clerk') return [];
    const label = stepLabel(last.name, index);
    return [{
      path: pointer('process', index, 'role'),
      message: {
        zh: `最后一个环节（${label.zh}）不由审批人作出决定。`,
        en: `The last step (${label.en}) is not an approver's decision.`,
      },
      hint: {
        zh: '流程应以有权审批人员作出的“决定”环节结束；窗口人员只负责受理和出件（受审分离）。',
        en: 'End the process with the approver\'s decision; window clerks only accept and deliver.',
      },
    }];
  },
);

const stepLimitsExceedPromised = defineRule(
  { id: 'step-limits-exceed-promised', severity: 'warning', blocksSave: false, title: { zh: '环节时限之和超过承诺时限', en: 'Step limits exceed the promised limit' } },
  (c) => {
    const promised = validLimit(c.promisedLimit);
    if (!promised || (c.caseKind === 'promised' && promised.value === 0)) return [];
    const steps = indexed(c.process);
    if (steps.length === 0) return [];
    const limits: TimeLimit[] = [];
    for (const { item } of steps) {
      const limit = validLimit(item.limit);
      if (!limit) return []; // reported by limit-invalid
      limits.push(limit);
    }
    if (!exceeds(limits, promised)) return [];
    const p = describeLimit(promised);
    return [{
      path: '/process',
      message: {
        zh: `各环节办理时限之和超过承诺时限（${p.zh}）。`,
        en: `The step limits add up to more than the promised limit (${p.en}).`,
      },
      hint: {
        zh: '调整各环节时限，使其合计不超过承诺时限（特殊环节不计入审批时限）。',
        en: 'Adjust the step limits so that they fit in the promised limit (special procedures are not counted).',
      },
    }];
  },
);

const processStepInvalid = defineRule(
  { id: 'process-step-invalid', severity: 'error', blocksSave: false, title: { zh: '办理环节信息不完整', en: 'Incomplete process step' } },
  (c) => {
    const seen = new Set<string>();
    return indexed(c.process).flatMap(({ item, index }): Issue[] => {
      const out: Issue[] = [];
      const label = stepLabel(item.name, index);
      if (!text(item.name)) {
        out.push({
          path: pointer('process', index, 'name'),
          message: { zh: `${label.zh}未填写环节名称。`, en: `${label.en} has no name.` },
          hint: { zh: '填写环节名称，如“受理”“审查”“决定”。', en: 'Name the step, e.g. review or decision.' },
        });
      }
      const key = text(item.key);
      if (!key || seen.has(key)) {
        out.push({
          path: pointer('process', index, 'key'),
          message: key
            ? { zh: `${label.zh}的标识“${key}”与其他环节重复。`, en: `${label.en} reuses the key "${key}".` }
            : { zh: `${label.zh}未设置环节标识。`, en: `${label.en} has no key.` },
          hint: { zh: '每个环节使用唯一标识，办件流转据此定位环节。', en: 'Give every step its own key; cases move through steps by key.' },
        });
      }
      seen.add(key);
      if (!(STEP_ROLES as readonly unknown[]).includes(item.role)) {
        out.push({
          path: pointer('process', index, 'role'),
          message: { zh: `${label.zh}未指定有效的承办角色。`, en: `${label.en} has no valid role.` },
          hint: { zh: '选择承办人（审查）或审批人（决定）。', en: 'Choose clerk (review) or approver (decision).' },
        });
      }
      return out;
    });
  },
);

const specialProcedureImmediate = defineRule(
  { id: 'special-procedure-immediate', severity: 'warning', blocksSave: false, title: { zh: '即办件设置特殊环节', en: 'Special procedure on an immediate item' } },
  (c) =>
    c.caseKind === 'immediate' && list(c.specialProcedures).length > 0
      ? [{
        path: '/specialProcedures',
        message: {
          zh: '办件类型为即办件，但设置了听证、专家评审、现场核查等特殊环节。',
          en: 'The item is immediate but lists special procedures (hearing, expert review, site inspection, …).',
        },
        hint: {
          zh: '需要特殊环节的事项无法当场办结，应改为承诺件；确无特殊环节的，删除该设置。',
          en: 'Items with special procedures cannot be concluded on the spot: make it promised, or remove them.',
        },
      }]
      : [],
);

export const LIMIT_RULES: readonly GuideRule[] = [
  limitInvalid,
  promisedExceedsLegal,
  zeroLegalLimit,
  promisedItemZeroLimit,
  immediatePromisedLimit,
  compressionAboveTarget,
  compressionAboveUpperTarget,
  immediateMultiStep,
  processMissing,
  processTooManySteps,
  lastStepNotDecision,
  stepLimitsExceedPromised,
  processStepInvalid,
  specialProcedureImmediate,
];
