/**
 * Building blocks of the guide checker (智能纠错): the rule shape, defensive readers (a stored document may be older
 * or hand-edited, so no rule trusts the static types at run time), JSON pointers, and time-limit arithmetic.
 */
import type { CheckContext, Severity } from '../guide-check.ts';
import type { ImplementationContent, TimeLimit } from '../implementation.ts';
import type { Channel, LimitUnit } from '../catalog-codes.ts';
import { LIMIT_UNITS } from '../catalog-codes.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

/** What the UI lists about a rule. */
export interface RuleDefinition {
  /** Stable id; findings carry it in `rule`. */
  readonly id: string;
  readonly severity: Severity;
  /** Consistency rule: a save is refused while it fires. */
  readonly blocksSave: boolean;
  readonly title: Bilingual;
}

/** One problem a rule found; the engine adds rule id, severity and blocksSave from the rule's definition. */
export interface Issue {
  path: string;
  message: Bilingual;
  hint: Bilingual;
}

export interface GuideRule extends RuleDefinition {
  readonly check: (content: ImplementationContent, ctx: CheckContext) => Issue[];
}

export function defineRule(
  definition: RuleDefinition,
  check: (content: ImplementationContent, ctx: CheckContext) => Issue[],
): GuideRule {
  return { ...definition, check };
}

/** JSON pointer (RFC 6901) from segments; `~` and `/` inside keys are escaped. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Trimmed text, or '' for anything that is not a string. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The array, or [] for anything that is not an array. */
export function list<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

/** The object entries of an array with their original index (indices stay true to the stored document). */
export function indexed<T>(value: readonly T[] | null | undefined): { item: T; index: number }[] {
  const out: { item: T; index: number }[] = [];
  list(value).forEach((item, index) => {
    if (typeof item === 'object' && item !== null) out.push({ item, index });
  });
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Channels through which an applicant can submit online (PC or mobile). */
export function hasOnlineChannel(channels: readonly Channel[]): boolean {
  return channels.includes('online') || channels.includes('mobile');
}

/** Chinese and English label of a material for messages: its name, or its position when unnamed. */
export function materialLabel(name: unknown, index: number): Bilingual {
  const n = text(name);
  return n ? { zh: `申请材料“${n}”`, en: `Material "${n}"` } : { zh: `第 ${index + 1} 项申请材料`, en: `Material #${index + 1}` };
}

export function stepLabel(name: unknown, index: number): Bilingual {
  const n = text(name);
  return n ? { zh: `第 ${index + 1} 个环节“${n}”`, en: `Step ${index + 1} "${n}"` } : { zh: `第 ${index + 1} 个环节`, en: `Step ${index + 1}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Time limits

/** The limit when it is well-formed (finite value ≥ 0, known unit), else null. */
export function validLimit(limit: unknown): TimeLimit | null {
  if (!isRecord(limit)) return null;
  const value = finiteNumber(limit.value);
  const unit = limit.unit;
  if (value === null || value < 0) return null;
  if (typeof unit !== 'string' || !(LIMIT_UNITS as readonly string[]).includes(unit)) return null;
  return { value, unit: unit as LimitUnit };
}

/**
 * Natural days of a limit. Working days are converted at 7/5 (five working days to a calendar week): an estimate
 * that makes limits in different units comparable without a holiday calendar.
 */
export function toNaturalDays(limit: TimeLimit): number {
  switch (limit.unit) {
    case 'working_days':
      return (limit.value * 7) / 5;
    case 'natural_days':
      return limit.value;
  }
}

/** Sum of several limits and one other limit in a common unit: their own unit when all agree (exact), else natural days. */
export function inCommonUnit(limits: readonly TimeLimit[], other: TimeLimit): { sum: number; other: number } {
  if (limits.every((l) => l.unit === other.unit)) {
    return { sum: limits.reduce((s, l) => s + l.value, 0), other: other.value };
  }
  return { sum: limits.reduce((s, l) => s + toNaturalDays(l), 0), other: toNaturalDays(other) };
}

/** Tolerance for comparing converted limits (7/5 is not exact in binary floating point). */
export const EPSILON = 1e-9;

/** Whether the sum of `limits` is longer than `b`. */
export function exceeds(limits: readonly TimeLimit[], b: TimeLimit): boolean {
  const { sum, other } = inCommonUnit(limits, b);
  return sum > other + EPSILON;
}

/**
 * Promised ÷ legal time limit, both converted to comparable units (N working days = N×7/5 natural days; exact when
 * both use the same unit). Null when the legal limit is 0 or either limit is malformed.
 */
export function compressionRatio(content: Pick<ImplementationContent, 'legalLimit' | 'promisedLimit'>): number | null {
  const legal = validLimit(content.legalLimit);
  const promised = validLimit(content.promisedLimit);
  if (!legal || !promised || legal.value === 0) return null;
  if (legal.unit === promised.unit) return promised.value / legal.value;
  return toNaturalDays(promised) / toNaturalDays(legal);
}

export function describeLimit(limit: TimeLimit): Bilingual {
  switch (limit.unit) {
    case 'working_days':
      return { zh: `${limit.value} 个工作日`, en: `${limit.value} working day${limit.value === 1 ? '' : 's'}` };
    case 'natural_days':
      return { zh: `${limit.value} 个自然日`, en: `${limit.value} natural day${limit.value === 1 ? '' : 's'}` };
  }
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

// ---------------------------------------------------------------------------------------------------------------
// Phones

/**
 * Government hotlines (12345 and the 123xx departmental lines such as 12315), mainland mobiles, and landlines with
 * area code ("0476-8336688", "(0476)8336688", "047683366880", optional extension "-801" or "转801").
 */
const PHONE_PATTERNS = [
  /^123\d{2}$/,
  /^1[3-9]\d{9}$/,
  /^(?:0\d{2,3}[-\s]?|[(（]0\d{2,3}[)）]\s?)[2-9]\d{6,7}(?:(?:-|转)\d{1,6})?$/,
];

/** Splits a phone field that lists several numbers ("0476-8336688、12345"). */
export function phoneNumbers(value: string): string[] {
  return value
    .split(/[、,，;；/]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Whether one phone number is a plausible consultation or complaint number. */
export function isValidServicePhone(value: string): boolean {
  const v = value.trim();
  return PHONE_PATTERNS.some((re) => re.test(v));
}

// ---------------------------------------------------------------------------------------------------------------
// Catch-all wording (兜底性条款)

/**
 * "申请材料不得有兜底性条款" [003]: 其他材料, 其它证明, 其他相关材料, 相关材料, 有关材料, …等材料 and the like leave the
 * applicant guessing and open the door to requirements beyond the guide.
 */
const CATCH_ALL_MATERIAL = /(?:其他|其它)(?:相关|有关|必要|所需|必需)?(?:材料|证明|文件|资料|证件|手续)|(?:相关|有关)(?:材料|证明|文件|资料|证件|手续)|等(?:相关|有关)?(?:材料|证明|文件|资料|证件|手续)/;

/** The catch-all phrase inside a material name, or null. */
export function findCatchAllPhrase(name: string): string | null {
  const m = CATCH_ALL_MATERIAL.exec(name);
  return m ? m[0] : null;
}

/** "法律、法规规定的其他条件" and similar open-ended acceptance conditions. */
const CATCH_ALL_CONDITION = /(?:其他|其它)(?:相关|有关)?(?:条件|要求|情形)|等(?:相关|有关)?条件/;

export function findCatchAllCondition(condition: string): string | null {
  const m = CATCH_ALL_CONDITION.exec(condition);
  return m ? m[0] : null;
}
