/**
 * Query and document terms for catalogue search. Chinese has no spaces, so text is segmented (jieba, on the
 * server) and, for recall on two-character queries that the segmenter does not treat as words, every item name
 * also contributes its character bigrams. Synonyms map what citizens type to what guides say.
 */

/** True synonyms: any term in a group finds the others. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['户口', '户籍'],
  ['社保', '社会保险'],
  ['社保卡', '社会保障卡'],
  ['医保', '医疗保险', '医疗保障'],
  ['公积金', '住房公积金'],
  ['身份证', '居民身份证'],
  ['个体户', '个体工商户'],
  ['低保', '最低生活保障'],
  ['环评', '环境影响评价'],
  ['危化品', '危险化学品'],
  ['网约车', '网络预约出租汽车'],
  ['失业金', '失业保险金'],
  ['慢性病', '慢特病'],
  ['货运', '货物运输'],
  ['护照', '普通护照'],
  ['驾照', '驾驶证'],
  ['营业执照', '市场主体登记'],
  ['迁户口', '户口迁移'],
];

/** Broader terms: what a citizen's word should also find (one direction only). */
export const RELATED_TERMS: Readonly<Record<string, readonly string[]>> = {
  社保: ['社会保障', '养老保险', '失业保险', '参保'],
  医保: ['就医', '医疗'],
  上户口: ['出生', '户口'],
  开店: ['个体工商户', '食品经营'],
  营业执照: ['个体工商户', '设立登记'],
  结婚: ['结婚登记', '婚姻'],
  领证: ['结婚登记'],
  退休: ['离退休', '离休', '养老'],
  养老金: ['养老保险'],
  施工证: ['施工许可'],
  盖房: ['施工许可', '规划许可'],
  教师资格证: ['教师资格'],
  转学籍: ['转学'],
  出国: ['护照'],
  租房: ['租赁住房'],
  买房: ['购买自住住房', '购房'],
};

/** Words that say "I want to do something" but not what: dropped from queries. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  '怎么', '怎么办', '怎样', '如何', '办理', '办', '申请', '我要', '我想', '想', '要', '去', '哪里', '在哪', '的', '了', '吗', '呢', '需要', '什么', '手续',
  '流程', '材料', '需要', '可以', '能', '一下', '请问', '咨询',
]);

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) for (const term of group) SYNONYMS.set(term, group.filter((t) => t !== term));

/** Keeps lexemes to letters, digits and CJK, lower-cased (they go into tsvector/tsquery literals). */
export function cleanLexeme(token: string): string | null {
  const cleaned = token.toLowerCase().replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
  return cleaned.length > 0 && cleaned.length <= 60 ? cleaned : null;
}

/** Character bigrams of the CJK runs in a text (社会保障卡 → 社会, 会保, 保障, 障卡). */
export function cjkBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** Every term a query token should match: itself, its synonyms and its related terms. */
export function expandTerm(term: string): string[] {
  const synonyms = [term, ...(SYNONYMS.get(term) ?? [])];
  // A synonym brings its related terms too: 社会保险 finds what 社保 finds.
  return [...new Set([...synonyms, ...synonyms.flatMap((t) => RELATED_TERMS[t] ?? [])])];
}

/**
 * Plans a query: one group of alternatives per meaningful token (all groups must match in 'and' mode).
 * `segment` is the segmenter (jieba's search mode on the server). The raw query itself also counts as a term
 * when short, so "社保" and "护照" are looked up whole even if the segmenter splits them.
 */
export function planQuery(query: string, segment: (text: string) => string[]): string[][] {
  const normalized = query.normalize('NFKC').trim().slice(0, 50);
  if (!normalized) return [];
  const whole = cleanLexeme(normalized);
  const tokens = segment(normalized).map(cleanLexeme).filter((t): t is string => t !== null && !STOPWORDS.has(t));
  // Search mode emits both 社会保障 and its parts; drop a token contained in a longer one so parts do not
  // each become a required group.
  const kept = [...new Set(tokens)].filter((t, _i, all) => !all.some((o) => o !== t && o.includes(t)));
  if (kept.length === 0) return whole && !STOPWORDS.has(whole) ? [expandTerm(whole)] : [];
  return kept.map((t) => expandTerm(t));
}

function literal(term: string): string {
  return `'${term.replace(/['\\]/g, '')}'`;
}

/**
 * One alternative as index terms: a phrase such as 最低生活保障 is not a single indexed word, so it becomes the AND of
 * its segments (最低 & 生活 & 保障), with segments contained in longer ones dropped.
 */
function alternativeTerms(phrase: string, segment: (text: string) => string[]): string[] {
  const whole = cleanLexeme(phrase);
  const parts = [...new Set(segment(phrase).map(cleanLexeme).filter((t): t is string => t !== null))];
  const kept = parts.filter((t) => !parts.some((o) => o !== t && o.includes(t)));
  if (kept.length <= 1) return whole ? [whole] : kept;
  return kept;
}

function alternativeQuery(terms: string[]): string {
  return terms.length === 1 ? literal(terms[0]!) : `(${terms.map(literal).join(' & ')})`;
}

/**
 * A plan as index terms: groups (all must match in 'and' mode) of alternatives (any may match) of terms (all must
 * be present). 'or' mode is the lenient fallback: a single group holding every alternative.
 */
export function queryGroups(plan: string[][], mode: 'and' | 'or', segment: (text: string) => string[] = (t) => [t]): string[][][] {
  const groups = plan
    .map((alternatives) => {
      const seen = new Set<string>();
      const out: string[][] = [];
      for (const alternative of alternatives) {
        const terms = alternativeTerms(alternative, segment).map((t) => t.replace(/['\\]/g, '')).filter((t) => t.length > 0);
        const key = terms.join('&');
        if (terms.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push(terms);
      }
      return out;
    })
    .filter((g) => g.length > 0);
  if (groups.length === 0 || mode === 'and') return groups;
  const seen = new Set<string>();
  return [groups.flat().filter((terms) => (seen.has(terms.join('&')) ? false : (seen.add(terms.join('&')), true)))];
}

/** tsquery text for a plan: AND of ORs, or a single OR of everything as the lenient fallback. */
export function toTsQueryText(plan: string[][], mode: 'and' | 'or', segment: (text: string) => string[] = (t) => [t]): string | null {
  const groups = queryGroups(plan, mode, segment);
  if (groups.length === 0) return null;
  const alternatives = (g: string[][]) => g.map(alternativeQuery);
  if (mode === 'or') return alternatives(groups[0]!).join(' | ');
  return groups.map((g) => `(${alternatives(g).join(' | ')})`).join(' & ');
}
