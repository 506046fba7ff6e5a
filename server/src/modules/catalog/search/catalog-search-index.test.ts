import { describe, expect, it } from 'vitest';
import { CatalogSearchIndex, parseTsvector, topK, type SearchDocument } from './catalog-search-index.ts';

const A = 3, B = 2, C = 1, D = 0;

function doc(id: string, name: string, lexemes: Record<string, number>, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id, code: id.padEnd(31, '0'), name, level: 3, basicCode: `B${id}`, typeCode: '01', departmentId: 'dept-1', regionCode: '150400000000',
    caseKind: 'promised', onlineDepth: 4, tripsToSite: 1, audiences: ['natural_person'], themes: ['household'], lexemes: new Map(Object.entries(lexemes)), ...extra,
  };
}

function names(index: CatalogSearchIndex, groups: string[][][] | null, text = '', filters = {}) {
  return index.search({ groups, text, filters, offset: 0, limit: 50 }).docs.map((d) => d.name);
}

describe('parseTsvector', () => {
  it('reads lexemes with their best weight; no weight letter means D', () => {
    expect(parseTsvector(`'户口':1A '迁移':2A,9C '材料':40 'it''s':5B`)).toEqual(new Map([['户口', A], ['迁移', A], ['材料', D], ["it's", B]]));
    expect(parseTsvector('')).toEqual(new Map());
  });
});

describe('matching and ranking', () => {
  const index = new CatalogSearchIndex([
    doc('1', '户口迁移', { 户口: A, 迁移: A }),
    doc('2', '出生登记', { 出生: A, 登记: A, 户口: D }),
    doc('3', '户籍证明开具', { 户籍: A, 证明: A }),
    doc('4', '居住证签注', { 居住证: A, 户口: C, 迁移: C }),
    doc('5', '户口', { 户口: A }),
  ]);

  it('name equal ≫ starts with ≫ contains the typed text, then the weight of what matched, then shorter names', () => {
    expect(names(index, [[['户口'], ['户籍']]], '户口')).toEqual(['户口', '户口迁移', '户籍证明开具', '居住证签注', '出生登记']);
  });

  it('requires every group; an alternative needs all its terms', () => {
    expect(names(index, [[['户口']], [['迁移']]], '户口 迁移')).toEqual(['户口迁移', '居住证签注']);
    expect(names(index, [[['户口', '迁移']]], 'x')).toEqual(['户口迁移', '居住证签注']);
    expect(names(index, [[['户口']], [['签注']]], 'x')).toEqual([]);
  });

  it('adds the weights of every synonym matched within a group, in later groups too', () => {
    const i = new CatalogSearchIndex([
      doc('a', '甲', { 迁移: A, 户口: C }),
      doc('b', '乙', { 迁移: A, 户口: C, 户籍: C }),
    ]);
    expect(names(i, [[['迁移']], [['户口'], ['户籍']]], 'x')).toEqual(['乙', '甲']);
  });

  it('filters by audience, theme, department, level and item type', () => {
    const i = new CatalogSearchIndex([
      doc('1', '个体工商户设立登记', { 登记: A }, { audiences: ['enterprise'], themes: ['start_business'], departmentId: 'd2', level: 4, typeCode: '01' }),
      doc('2', '出生登记', { 登记: A }),
    ]);
    expect(names(i, [[['登记']]], '登记', { audience: 'enterprise' })).toEqual(['个体工商户设立登记']);
    expect(names(i, [[['登记']]], '登记', { theme: 'household' })).toEqual(['出生登记']);
    expect(names(i, [[['登记']]], '登记', { departmentId: 'd2', level: 4, typeCode: '01' })).toEqual(['个体工商户设立登记']);
    expect(names(i, [[['登记']]], '登记', { level: 1 })).toEqual([]);
  });

  it('browses without a query in catalogue order (level, basic code, name) and counts the total', () => {
    const i = new CatalogSearchIndex([
      doc('1', '丙', {}, { level: 4, basicCode: 'A' }), doc('2', '乙', {}, { level: 3, basicCode: 'B' }), doc('3', '甲', {}, { level: 3, basicCode: 'A' }),
    ]);
    const page = i.search({ groups: null, text: '', filters: {}, offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.docs.map((d) => d.name)).toEqual(['乙']);
    expect(names(i, null)).toEqual(['甲', '乙', '丙']);
  });
});

describe('changes', () => {
  it('upserts replace, removals disappear, and rebuilding keeps every answer the same', () => {
    const base = Array.from({ length: 50 }, (_, n) => doc(`d${n}`, `事项${n}`, { 事项: A, [`t${n % 5}`]: B }));
    const index = new CatalogSearchIndex(base);
    index.upsert(doc('d3', '户口迁移（新）', { 户口: A, 迁移: A }));
    index.remove('d4');
    index.upsert(doc('new', '新事项', { 事项: A, t1: C }));
    const before = { a: names(index, [[['事项']]], '事项'), b: names(index, [[['t1']]]), c: names(index, [[['户口', '迁移']]]) };
    expect(index.size).toBe(50);
    expect(before.a).not.toContain('事项3');
    expect(before.a).not.toContain('事项4');
    // Ten base documents carry t1 with weight B; the new one with weight C comes last.
    expect(before.b).toHaveLength(11);
    expect(before.b.at(-1)).toBe('新事项');
    expect(before.c).toEqual(['户口迁移（新）']);
    index.rebuild();
    expect({ a: names(index, [[['事项']]], '事项'), b: names(index, [[['t1']]]), c: names(index, [[['户口', '迁移']]]) }).toEqual(before);
    expect(index.size).toBe(50);
  });

  it('rebuilds by itself when the overlay grows, without losing documents', () => {
    const index = new CatalogSearchIndex([]);
    for (let n = 0; n < 2_500; n += 1) index.upsert(doc(`d${n}`, `事项${n}`, { 事项: A }));
    for (let n = 0; n < 1_200; n += 1) index.remove(`d${n}`);
    expect(index.size).toBe(1_300);
    expect(index.search({ groups: [[['事项']]], text: '', filters: {}, offset: 0, limit: 5 }).total).toBe(1_300);
  });
});

describe('topK', () => {
  it('agrees with a full sort for every k', () => {
    const items = Array.from({ length: 200 }, (_, n) => (n * 7919) % 211);
    const sorted = [...items].sort((a, b) => a - b);
    for (const k of [1, 5, 20, 49, 50, 200, 300]) expect(topK([...items], k, (a, b) => a - b)).toEqual(sorted.slice(0, k));
  });
});
