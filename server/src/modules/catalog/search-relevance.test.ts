/**
 * Relevance set for catalogue search over the demo catalogue: what a citizen types → the item that must come
 * first (`top`), or must be among the first three (`top3`) where several items answer the query equally well.
 * Two-character queries and colloquial synonyms are the point of this set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { seedDemoCatalog } from '../../seed/seed-catalog.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCatalog(ctx.db);
});
afterAll(async () => { await ctx.close(); });

type Case = { q: string; top?: string; topStartsWith?: string; top3?: string | RegExp };
const CASES: Case[] = [
  { q: '护照', top: '普通护照签发' },
  { q: '办护照', top: '普通护照签发' },
  { q: '出国', top: '普通护照签发' },
  { q: '户口', topStartsWith: '户口迁移' },
  { q: '户籍', topStartsWith: '户口迁移' },
  { q: '迁户口', topStartsWith: '户口迁移' },
  { q: '上户口', top3: '出生登记' },
  { q: '出生', top: '出生登记' },
  // 社保 is colloquial for 社会保险 (social insurance), so enrolment comes first; the card is 社保卡.
  { q: '社保', top: '城乡居民基本养老保险参保登记' },
  { q: '社保卡', top: '社会保障卡申领' },
  { q: '社会保险', top3: '城乡居民基本养老保险参保登记' },
  { q: '养老保险', top: '城乡居民基本养老保险参保登记' },
  { q: '失业金', top: '失业保险金申领' },
  { q: '医保', top3: '城乡居民基本医疗保险参保登记' },
  { q: '异地就医', top: '异地就医备案' },
  { q: '慢性病', top: '门诊慢特病待遇认定' },
  // Several housing-fund items answer 公积金 equally; withdrawal, the most asked-for, must be near the top.
  { q: '公积金', topStartsWith: '(个人)?住房公积金', top3: /住房公积金提取/ },
  { q: '租房提取公积金', top: '住房公积金提取（租赁住房）' },
  { q: '公积金贷款', top: '个人住房公积金贷款' },
  { q: '结婚', top: '结婚登记' },
  { q: '低保', top: '最低生活保障审批' },
  { q: '身份证', top: '居民身份证申领' },
  { q: '无犯罪', top: '无犯罪记录证明开具' },
  { q: '个体户', top: '个体工商户设立登记' },
  { q: '开店', top3: '个体工商户设立登记' },
  { q: '营业执照', top3: '个体工商户设立登记' },
  { q: '食品', top: '食品经营许可' },
  { q: '施工许可', top: '建筑工程施工许可证核发' },
  { q: '规划许可', top3: '建设工程规划许可证核发' },
  { q: '环评', topStartsWith: '建设项目环境影响评价文件审批' },
  { q: '消防验收', top: '建设工程消防验收' },
  { q: '竣工验收', top3: '建设工程竣工验收备案' },
  { q: '预售', top: '商品房预售许可' },
  { q: '教师资格证', top: '教师资格认定' },
  { q: '转学', top: '义务教育阶段学生转学' },
  { q: '网约车', top: '网络预约出租汽车驾驶员证核发' },
  { q: '排污', top: '排污许可证核发' },
  { q: '取水', top: '取水许可' },
  { q: '危化品', top: '危险化学品经营许可证核发' },
  { q: '货运', top: '道路货物运输经营许可' },
  { q: '农药', top: '农药经营许可' },
  { q: '演出', top: '营业性演出审批' },
];

async function search(q: string): Promise<string[]> {
  const res = await ctx.app.inject(`/api/public/catalog/items?q=${encodeURIComponent(q)}&pageSize=10`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as { name: string }[]).map((i) => i.name);
}

describe('search relevance set', () => {
  it('has at least 30 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$q', async (c) => {
    const names = await search(c.q);
    if (c.top) expect(names[0], names.join(' / ')).toBe(c.top);
    if (c.topStartsWith) expect(names[0] ?? '', names.join(' / ')).toMatch(new RegExp(`^${c.topStartsWith}`));
    if (typeof c.top3 === 'string') expect(names.slice(0, 3), names.join(' / ')).toContain(c.top3);
    if (c.top3 instanceof RegExp) expect(names.slice(0, 3).some((n) => (c.top3 as RegExp).test(n)), names.join(' / ')).toBe(true);
  });

  it('finds nothing for nonsense, and never errors on odd input', async () => {
    expect(await search('量子纠缠')).toEqual([]);
    for (const q of ["'", '&|!()', '%_', 'a'.repeat(200), '怎么办']) {
      expect((await ctx.app.inject(`/api/public/catalog/items?q=${encodeURIComponent(q.slice(0, 100))}`)).statusCode).toBe(200);
    }
  });
});
