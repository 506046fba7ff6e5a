/** The synthetic catalogue the benchmarks search: reproducible (fixed PRNG seed), realistic names and content. */
import { sql } from 'kysely';
import { buildBasicCode, buildImplementationCode, canonicalJson, type ImplementationContent } from '@onetrip/core';
import type { Db } from '../../server/src/platform/db/database.ts';
import { sm3Hex } from '../../server/src/platform/crypto/sm3.ts';
import { DEMO_IMPLEMENTATIONS } from '../../server/src/seed/demo-catalog.ts';
import { searchLexemes, tsvectorText } from '../../server/src/modules/catalog/search-index.ts';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SUBJECTS = ['食品', '药品', '医疗器械', '建筑', '道路', '水利', '林草', '农机', '渔业', '医疗', '教育', '文化', '旅游', '体育', '广播电视', '电力', '燃气', '供热',
  '殡葬', '粮食', '气象', '档案', '人防', '统计', '消防', '特种设备', '计量', '住房', '社会保险', '公积金', '户口', '护照', '出版物', '种子', '兽药', '饲料', '港口', '民航', '铁路', '邮政'];
export const OBJECTS = ['经营', '生产', '运输', '施工', '设立', '变更', '注销', '延续', '检验', '使用', '销售', '进口', '储存', '培训', '服务', '维修'];
const KINDS = ['许可', '登记', '备案', '审批', '核准', '认定', '证明开具', '补贴发放', '证核发', '资格确认'];

/**
 * Synthetic catalogue on top of the demo one, up to `target` published implementations (reproducible: fixed PRNG
 * seed): each department implements the same basic items, as every region does in life.
 */
export async function loadSyntheticCatalog(db: Db, target: number): Promise<number> {
  const random = mulberry32(20_261_122);
  const departments = await db.selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code').select(['d.id', 'd.name', 'd.credit_code', 'd.region_code', 'r.level']).execute();
  const existing = Number((await db.selectFrom('implementations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const itemsNeeded = Math.ceil((target - existing) / departments.length);
  const basics: { code: string; name: string }[] = [];
  for (let i = 0; i < itemsNeeded; i += 1) {
    const name = `${SUBJECTS[Math.floor(random() * SUBJECTS.length)]}${OBJECTS[Math.floor(random() * OBJECTS.length)]}${KINDS[Math.floor(random() * KINDS.length)]}（${i + 1}）`;
    basics.push({ code: buildBasicCode('10', 100 + Math.floor(i / 999), (i % 999) + 1), name });
  }
  for (let i = 0; i < basics.length; i += 1000) {
    await db.insertInto('basic_items').values(basics.slice(i, i + 1000).map((b) => ({ code: b.code, type_code: '10' as const, name: b.name, parent_code: null, legal_basis: '《基准测试条例》', level: 3 as const }))).execute();
  }
  const templates = DEMO_IMPLEMENTATIONS.map((d) => d.content);
  let created = existing;
  const batch: { impl: Record<string, unknown>; content: ImplementationContent; basicName: string; departmentName: string }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = await db.insertInto('implementations').values(batch.map((b) => b.impl as never)).returning('id').execute();
    await db.insertInto('implementation_versions').values(rows.map((r, i) => ({ implementation_id: r.id, version: 1, content: JSON.stringify(batch[i]!.content), content_hash: sm3Hex(canonicalJson(batch[i]!.content)), published_by: null }))).execute();
    const values = rows.map((r, i) => sql`(${r.id}::uuid, ${tsvectorText(searchLexemes(batch[i]!.content, batch[i]!.basicName, batch[i]!.departmentName))}::tsvector)`);
    await sql`UPDATE implementations AS i SET search_vector = v.vec FROM (VALUES ${sql.join(values)}) AS v(id, vec) WHERE i.id = v.id`.execute(db);
    batch.length = 0;
  };
  outer: for (const basic of basics) {
    for (const dept of departments) {
      if (created >= target) break outer;
      const level = dept.level === 'city' ? 3 : 4;
      const content = { ...templates[Math.floor(random() * templates.length)]!, name: basic.name };
      batch.push({
        impl: { code: buildImplementationCode(dept.credit_code, level, basic.code), basic_code: basic.code, department_id: dept.id, region_code: dept.region_code, level, inherits_from: null, publication_status: 'published', change_status: 'none', draft_content: null, current_version: 1, name: basic.name },
        content, basicName: basic.name, departmentName: dept.name,
      });
      created += 1;
      if (batch.length === 500) await flush();
    }
  }
  await flush();
  await sql`ANALYZE`.execute(db);
  return created;
}

