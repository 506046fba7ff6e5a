import { describe, expect, it } from 'vitest';
import { cjkBigrams, cleanLexeme, expandTerm, planQuery, toTsQueryText } from './search-terms.ts';

// A stand-in segmenter for unit tests: splits on spaces (the server uses jieba).
const bySpace = (text: string) => text.split(/\s+/);

describe('search terms', () => {
  it('cleans lexemes to letters, digits and Han characters', () => {
    expect(cleanLexeme('社保卡！')).toBe('社保卡');
    expect(cleanLexeme("o'Brien")).toBe('obrien');
    expect(cleanLexeme('（')).toBeNull();
  });

  it('makes bigrams of Chinese runs only', () => {
    expect(cjkBigrams('社会保障卡申领')).toEqual(['社会', '会保', '保障', '障卡', '卡申', '申领']);
    expect(cjkBigrams('A证B')).toEqual([]);
    expect(cjkBigrams('户口迁移（购房迁入）')).toEqual(['户口', '口迁', '迁移', '购房', '房迁', '迁入']);
  });

  it('expands synonyms both ways and related terms one way', () => {
    expect(expandTerm('户口')).toEqual(['户口', '户籍']);
    expect(expandTerm('户籍')).toEqual(['户籍', '户口']);
    expect(expandTerm('社保')).toEqual(expect.arrayContaining(['社会保险', '社会保障', '养老保险']));
    expect(expandTerm('社会保障')).toEqual(['社会保障']);
    expect(expandTerm('社会保险')).toEqual(expect.arrayContaining(['社保', '养老保险']));
    expect(expandTerm('农药')).toEqual(['农药']);
  });

  it('plans a query: stopwords dropped, contained tokens merged, short whole queries kept', () => {
    expect(planQuery('怎么 办理 护照', bySpace)).toEqual([['护照', '普通护照']]);
    expect(planQuery('社会保障 社会 保障 卡', bySpace)).toEqual([['社会保障'], ['卡']]);
    expect(planQuery('怎么办', bySpace)).toEqual([]);
    expect(planQuery('   ', bySpace)).toEqual([]);
  });

  it('writes tsquery text with only safe lexemes', () => {
    expect(toTsQueryText([['户口', '户籍'], ['迁移']], 'and')).toBe("('户口' | '户籍') & ('迁移')");
    expect(toTsQueryText([['户口', '户籍'], ['迁移']], 'or')).toBe("'户口' | '户籍' | '迁移'");
    expect(toTsQueryText([["a'; drop table x; --"]], 'and')).toBe("('adroptablex')");
    expect(toTsQueryText([], 'and')).toBeNull();
    // Phrases that are not one indexed word become the AND of their segments.
    const seg = (t: string) => (t === '最低生活保障' ? ['最低', '生活', '保障'] : [t]);
    expect(toTsQueryText([['低保', '最低生活保障']], 'and', seg)).toBe("('低保' | ('最低' & '生活' & '保障'))");
  });
});
