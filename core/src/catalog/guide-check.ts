/**
 * Guide checking (智能纠错) [004]: a rule engine that reads an implementation and reports missing or inconsistent
 * elements with a severity and a fix hint. Consistency rules (`blocksSave`) refuse a save while they fire; the
 * others guide the maintainer and the reviewing centre. Rules live in ./guide-check/, one file per group.
 */
import type { ImplementationContent } from './implementation.ts';
import type { ExerciseLevel, ItemTypeCode } from './catalog-codes.ts';
import type { GuideRule, Issue, RuleDefinition } from './guide-check/shared.ts';
import { ELEMENT_RULES } from './guide-check/element-rules.ts';
import { CODE_RULES } from './guide-check/code-rules.ts';
import { MATERIAL_RULES } from './guide-check/material-rules.ts';
import { LIMIT_RULES } from './guide-check/limit-rules.ts';
import { ONLINE_RULES } from './guide-check/online-rules.ts';
import { FORM_RULES } from './guide-check/form-rules.ts';
import { FEE_RESULT_RULES } from './guide-check/fee-result-rules.ts';

export type { RuleDefinition } from './guide-check/shared.ts';
export { compressionRatio, findCatchAllPhrase, isValidServicePhone } from './guide-check/shared.ts';
export { LOCAL_COMPRESSION_TARGET, MAX_PROCESS_STEPS, UPPER_LEVEL_COMPRESSION_TARGET } from './guide-check/limit-rules.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id, e.g. "promised-exceeds-legal". */
  rule: string;
  severity: Severity;
  /** Consistency rule: a save is refused while it fires. */
  blocksSave: boolean;
  /** JSON pointer into the content, e.g. "/materials/2/legalBasis"; "" for the whole implementation. */
  path: string;
  message: { zh: string; en: string };
  hint: { zh: string; en: string };
}

export interface CheckContext {
  basicItem: { code: string; typeCode: ItemTypeCode; name: string };
  implementationCode: string;
  departmentCreditCode: string;
  level: ExerciseLevel;
  /** Local items (city level and below) have a promised/legal target of at most 25 % [003]. */
  isLocalItem: boolean;
  /** Proof codes the proof catalogue lists as cancelled. */
  cancelledProofCodes: ReadonlySet<string>;
}

const RULES: readonly GuideRule[] = [
  ...CODE_RULES,
  ...ELEMENT_RULES,
  ...MATERIAL_RULES,
  ...LIMIT_RULES,
  ...ONLINE_RULES,
  ...FORM_RULES,
  ...FEE_RESULT_RULES,
];

/** Every rule the checker runs, for the UI to list (ids are unique; findings carry them in `rule`). */
export const CHECK_RULES: readonly RuleDefinition[] = Object.freeze(
  RULES.map((r) => Object.freeze({ id: r.id, severity: r.severity, blocksSave: r.blocksSave, title: Object.freeze({ ...r.title }) })),
);

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders JSON pointers segment by segment, numeric segments numerically ("/materials/2" before "/materials/10"). */
function comparePaths(a: string, b: string): number {
  const as = a === '' ? [] : a.slice(1).split('/');
  const bs = b === '' ? [] : b.slice(1).split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i += 1) {
    const x = as[i]!;
    const y = bs[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || comparePaths(a.path, b.path) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function toFinding(rule: GuideRule, issue: Issue): Finding {
  return { rule: rule.id, severity: rule.severity, blocksSave: rule.blocksSave, path: issue.path, message: issue.message, hint: issue.hint };
}

/** Runs every rule over an implementation; findings are sorted by severity (error, warning, info), then path. */
export function checkImplementation(content: ImplementationContent, ctx: CheckContext): Finding[] {
  return RULES.flatMap((rule) => rule.check(content, ctx).map((issue) => toFinding(rule, issue))).sort(compareFindings);
}

/** The findings that refuse a save. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.blocksSave);
}

export function summarizeFindings(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return summary;
}
