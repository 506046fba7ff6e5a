import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { sampleContent } from '../../../test/catalog-fixtures.ts';

let ctx: TestContext;
let maintainer: Client; // items.scjg — item_admin of 赤峰市市场监督管理局
let center: Client; // center_admin of the city
let basicCode: string;
let implId: string;
let implCode: string;

beforeAll(async () => {
  ctx = await createTestContext();
  maintainer = await staffClient(ctx, 'items.scjg');
  center = await staffClient(ctx, 'center');
  const basic = await center.post('/api/catalog/basic-items', { typeCode: '01', mainNumber: 901, name: '食品经营许可（测试）', legalBasis: '《中华人民共和国食品安全法》第三十五条', level: 3 });
  expect(basic.statusCode).toBe(201);
  basicCode = basic.json().code;
});
afterAll(async () => { await ctx.close(); });

async function detail(client: Client, id = implId) {
  return (await client.get(`/api/catalog/implementations/${id}`)).json();
}

describe('implementation lifecycle', () => {
  it('a department maintainer files a draft with a well-formed 31-character code', async () => {
    const res = await maintainer.post('/api/catalog/implementations', { basicCode, content: sampleContent() });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    const dept = await ctx.db.selectFrom('departments').select('credit_code').where('name', '=', '赤峰市市场监督管理局').executeTakeFirstOrThrow();
    expect(body.code).toBe(`${dept.credit_code}3${basicCode}`);
    expect(body).toMatchObject({ publicationStatus: 'unpublished', changeStatus: 'draft', currentVersion: null, draftRevision: 1, compressionRatio: 0.25 });
    expect(body.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    implId = body.id;
    implCode = body.code;
    expect(await auditActions(ctx, implId)).toEqual(['implementation.created']);
    expect((await maintainer.post('/api/catalog/implementations', { basicCode, content: sampleContent() })).json().error.code).toBe('IMPLEMENTATION_EXISTS');
  });

  it('refuses an inconsistent save with every blocking finding and changes nothing', async () => {
    const bad = sampleContent({ promisedLimit: { value: 30, unit: 'working_days' }, onlineDepth: 5, tripsToSite: 1, caseKind: 'promised' });
    const res = await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: 1, content: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMPLEMENTATION_INCONSISTENT');
    const rules = (res.json().error.details.findings as { rule: string; blocksSave: boolean }[]);
    expect(rules.every((f) => f.blocksSave)).toBe(true);
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['/content/promisedLimit']));
    const unchanged = await detail(maintainer);
    expect(unchanged.draftRevision).toBe(1);
    expect(unchanged.draft.promisedLimit.value).toBe(5);
    const required = sampleContent();
    required.materials[0]!.legalBasis = null;
    expect((await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: 1, content: required })).json().error.code).toBe('IMPLEMENTATION_INCONSISTENT');
  });

  it('guards against lost updates with the draft revision', async () => {
    const ok = await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: 1, content: sampleContent({ officeHours: '周一至周五 8:30–17:30' }) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().draftRevision).toBe(2);
    const stale = await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: 1, content: sampleContent() });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_REVISION');
  });

  it('only the centre publishes; the public sees published versions only', async () => {
    expect((await ctx.app.inject(`/api/public/catalog/items/${implCode}`)).statusCode).toBe(404);
    expect((await maintainer.post(`/api/catalog/implementations/${implId}/publish`)).statusCode).toBe(403);
    expect((await center.post(`/api/catalog/implementations/${implId}/publish`)).json().error.code).toBe('IMPLEMENTATION_NOT_SUBMITTED');
    expect((await maintainer.post(`/api/catalog/implementations/${implId}/submit`)).json().changeStatus).toBe('submitted');
    expect((await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: 2, content: sampleContent() })).json().error.code).toBe('IMPLEMENTATION_NOT_EDITABLE');
    const published = await center.post(`/api/catalog/implementations/${implId}/publish`);
    expect(published.json()).toMatchObject({ publicationStatus: 'published', changeStatus: 'none', currentVersion: 1, draft: null });
    const guide = await ctx.app.inject(`/api/public/catalog/items/${implCode}`);
    expect(guide.statusCode).toBe(200);
    expect(guide.json()).toMatchObject({ version: 1, departmentName: '赤峰市市场监督管理局', content: { officeHours: '周一至周五 8:30–17:30' } });
    const etag = guide.headers['etag'] as string;
    expect(etag).toMatch(/^"[0-9A-Z]{31}-1-[0-9a-f]{16}"$/);
    expect((await ctx.app.inject({ url: `/api/public/catalog/items/${implCode}`, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    const list = (await ctx.app.inject('/api/public/catalog/items?audience=enterprise&theme=permits')).json();
    expect(list.items.map((i: { code: string }) => i.code)).toContain(implCode);
    expect((await ctx.app.inject('/api/public/catalog/items?audience=natural_person')).json().items.map((i: { code: string }) => i.code)).not.toContain(implCode);
  });

  it('a later change becomes a new version after review; old versions stay readable and a diff is shown', async () => {
    const changed = sampleContent({ officeHours: '周一至周五 8:30–17:30', promisedLimit: { value: 3, unit: 'working_days' }, process: [
      { key: 'review', name: '审查', role: 'approver', limit: { value: 2, unit: 'working_days' } },
      { key: 'decide', name: '决定', role: 'approver', limit: { value: 1, unit: 'working_days' } },
    ] });
    const current = await detail(maintainer);
    const saved = await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: current.draftRevision, content: changed });
    expect(saved.json()).toMatchObject({ publicationStatus: 'published', changeStatus: 'draft', currentVersion: 1 });
    expect((await ctx.app.inject(`/api/public/catalog/items/${implCode}`)).json().content.promisedLimit.value).toBe(5);
    const diff = (await maintainer.get(`/api/catalog/implementations/${implId}/diff?to=draft`)).json().changes as { path: string }[];
    expect(diff.map((c) => c.path)).toEqual(expect.arrayContaining(['/promisedLimit/value', '/process/review/limit/value']));
    await maintainer.post(`/api/catalog/implementations/${implId}/submit`);
    const back = await center.post(`/api/catalog/implementations/${implId}/send-back`, { comment: '请补充承诺时限说明' });
    expect(back.json()).toMatchObject({ changeStatus: 'draft', reviewComment: '请补充承诺时限说明' });
    const again = await detail(maintainer);
    const withNote = { ...changed, promisedLimit: { value: 3, unit: 'working_days' as const, note: '材料齐全当场受理，3 个工作日办结' } };
    expect((await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: again.draftRevision, content: withNote })).statusCode).toBe(200);
    await maintainer.post(`/api/catalog/implementations/${implId}/submit`);
    expect((await center.post(`/api/catalog/implementations/${implId}/publish`)).json().currentVersion).toBe(2);
    const versions = (await maintainer.get(`/api/catalog/implementations/${implId}/versions`)).json().items as { version: number; publishedBy: string }[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]!.publishedBy).toBe('center');
    expect((await maintainer.get(`/api/catalog/implementations/${implId}/versions/1`)).json().promisedLimit.value).toBe(5);
    expect((await maintainer.get(`/api/catalog/implementations/${implId}/diff?from=1&to=2`)).json().changes.length).toBeGreaterThan(0);
    const v2 = await ctx.app.inject(`/api/public/catalog/items/${implCode}`);
    expect(v2.json().version).toBe(2);
    expect(v2.headers['etag']).toMatch(/-2-/);
    expect(await auditActions(ctx, implId)).toEqual(expect.arrayContaining(['implementation.submitted', 'implementation.sent_back', 'implementation.published']));
    await expect(ctx.sql("UPDATE implementation_versions SET content_hash = 'x' WHERE version = 1")).rejects.toThrow(/immutable/);
  });
});

describe('permissions, from the attacker\'s side', () => {
  it('another department\'s maintainer, an approver and the public cannot touch the item', async () => {
    const zrzy = await ctx.db.selectFrom('departments').select('id').where('name', '=', '赤峰市自然资源局').executeTakeFirstOrThrow();
    const created = await center.post('/api/staff', { username: 'items.zrzy', displayName: '自然资源局事项管理员', password: 'Items#2026x', roles: ['item_admin'], regionCode: '150400', departmentId: zrzy.id });
    expect(created.statusCode).toBe(201);
    const other = new Client(ctx.app);
    await other.loginStaff('items.zrzy', 'Items#2026x');
    expect((await other.get(`/api/catalog/implementations/${implId}`)).statusCode).toBe(404);
    expect((await other.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: 99, content: sampleContent() })).statusCode).toBe(404);
    expect((await other.post(`/api/catalog/implementations/${implId}/submit`)).statusCode).toBe(404);
    expect((await other.get('/api/catalog/implementations')).json().items.map((i: { id: string }) => i.id)).not.toContain(implId);
    const approver = await staffClient(ctx, 'approver.scjg');
    expect((await approver.post('/api/catalog/implementations', { basicCode, content: sampleContent() })).statusCode).toBe(403);
    expect((await center.post('/api/catalog/implementations', { basicCode, content: sampleContent() })).json().error.code).toBe('FORBIDDEN');
    const hsCenter = await staffClient(ctx, 'center.hs');
    expect((await hsCenter.post(`/api/catalog/implementations/${implId}/suspend`, { reason: '越权' })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'POST', url: `/api/catalog/implementations/${implId}/publish` })).statusCode).toBe(401);
  });

  it('a maintainer whose other role widens what they may read still maintains only their own department\'s items', async () => {
    const zrzy = await ctx.db.selectFrom('departments').select('id').where('name', '=', '赤峰市自然资源局').executeTakeFirstOrThrow();
    const created = await center.post('/api/staff', { username: 'items.zrzy.sup', displayName: '自然资源局事项管理员兼督查', password: 'Items#2026x', roles: ['item_admin', 'supervisor'], regionCode: '150400', departmentId: zrzy.id });
    expect(created.statusCode).toBe(201);
    const wide = new Client(ctx.app);
    await wide.loginStaff('items.zrzy.sup', 'Items#2026x');
    // The supervisor role lets them read the market regulator's item …
    const seen = await wide.get(`/api/catalog/implementations/${implId}`);
    expect(seen.statusCode).toBe(200);
    // … but neither save nor submit it.
    const save = await wide.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: seen.json().draftRevision, content: sampleContent({ officeHours: '越权修改' }) });
    expect(save.statusCode).toBe(404);
    expect((await wide.post(`/api/catalog/implementations/${implId}/submit`)).statusCode).toBe(404);
    expect((await detail(maintainer)).draftRevision).toBe(seen.json().draftRevision);
  });
});

describe('proof reduction', () => {
  it('a cancelled proof can never be required again and is listed publicly', async () => {
    expect((await center.post('/api/catalog/proofs', { code: 'PROOF-RESIDENCE', name: '居住证明', issuer: '社区居委会' })).statusCode).toBe(201);
    const basic = await center.post('/api/catalog/basic-items', { typeCode: '20', mainNumber: 902, name: '测试公共服务', legalBasis: '《测试条例》', level: 3 });
    const withProof = sampleContent({ name: '测试公共服务' });
    withProof.materials.push({ key: 'residence', name: '居住证明', kind: 'original', form: 'paper', necessity: 'required', paperCopies: 1, source: 'government', legalBasis: '《测试条例》第五条', proofCode: 'PROOF-RESIDENCE' });
    const created = await maintainer.post('/api/catalog/implementations', { basicCode: basic.json().code, content: withProof });
    expect(created.statusCode).toBe(201);
    const cancel = await center.post('/api/catalog/proofs/PROOF-RESIDENCE/cancel', { reason: 'data_sharing', note: '通过人口库共享核验' });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json().affectedImplementations.map((i: { id: string }) => i.id)).toEqual([created.json().id]);
    const save = await maintainer.request('PUT', `/api/catalog/implementations/${created.json().id}/draft`, { revision: 1, content: withProof });
    expect(save.json().error.code).toBe('IMPLEMENTATION_INCONSISTENT');
    expect(save.json().error.details.findings.map((f: { rule: string }) => f.rule)).toContain('cancelled-proof-required');
    expect((await maintainer.post(`/api/catalog/implementations/${created.json().id}/submit`)).json().error.code).toBe('IMPLEMENTATION_INCONSISTENT');
    const publicList = (await ctx.app.inject('/api/public/catalog/proofs?status=cancelled')).json().items;
    expect(publicList).toEqual([expect.objectContaining({ code: 'PROOF-RESIDENCE', reason: 'data_sharing' })]);
    expect((await center.post('/api/catalog/proofs/PROOF-RESIDENCE/cancel', { reason: 'data_sharing', note: '重复' })).json().error.code).toBe('PROOF_ALREADY_CANCELLED');
    const report = (await center.get('/api/catalog/check-report')).json();
    const row = report.items.find((i: { id: string }) => i.id === created.json().id);
    expect(row.counts.error).toBeGreaterThan(0);
    expect(report.byRule['cancelled-proof-required']).toBeGreaterThanOrEqual(1);
  });
});

describe('inheritance by a district', () => {
  it('a district inherits the city item, may change only local elements, and receives the city\'s next version', async () => {
    const hsDept = await ctx.db.selectFrom('departments').select('id').where('name', '=', '红山区市场监督管理局').executeTakeFirstOrThrow();
    const hsCenter = await staffClient(ctx, 'center.hs');
    expect((await hsCenter.post('/api/staff', { username: 'items.hs', displayName: '红山区事项管理员', password: 'Items#2026x', roles: ['item_admin'], regionCode: '150402', departmentId: hsDept.id })).statusCode).toBe(201);
    const district = new Client(ctx.app);
    await district.loginStaff('items.hs', 'Items#2026x');
    const child = await district.post('/api/catalog/implementations', { basicCode, inheritsFrom: implId });
    expect(child.statusCode).toBe(201);
    expect(child.json()).toMatchObject({ level: 4, inheritsFrom: implId, regionCode: '150402000000' });
    const local = { ...child.json().draft, place: '红山区政务服务中心 1 楼', consultationPhone: '0476-8252345' };
    expect((await district.request('PUT', `/api/catalog/implementations/${child.json().id}/draft`, { revision: 1, content: local })).statusCode).toBe(200);
    const tampered = await district.request('PUT', `/api/catalog/implementations/${child.json().id}/draft`, { revision: 2, content: { ...local, legalBasis: '自定依据' } });
    expect(tampered.json().error.code).toBe('INHERITED_ELEMENT_CHANGED');
    expect(tampered.json().error.details.elements).toEqual(['legalBasis']);
    // The city publishes version 3; the district's working copy takes the city's elements and keeps its own.
    const cityNow = await detail(maintainer);
    const v3 = { ...cityNow.current, conditions: [...cityNow.current.conditions, '从事网络经营的，具备相应网络食品安全管理制度'] };
    expect((await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: cityNow.draftRevision, content: v3 })).statusCode).toBe(200);
    await maintainer.post(`/api/catalog/implementations/${implId}/submit`);
    expect((await center.post(`/api/catalog/implementations/${implId}/publish`)).json().currentVersion).toBe(3);
    const refreshed = await detail(district, child.json().id);
    expect(refreshed.draft.conditions).toHaveLength(3);
    expect(refreshed.draft.place).toBe('红山区政务服务中心 1 楼');
    expect(refreshed.reviewComment).toMatch(/第 3 版/);
    expect(await auditActions(ctx, child.json().id)).toContain('implementation.inherited_update');
  });
});

describe('suspension and cancellation', () => {
  it('hides a suspended or cancelled item from the public and freezes a cancelled one', async () => {
    expect((await center.post(`/api/catalog/implementations/${implId}/suspend`, { reason: '法规修订中' })).json().publicationStatus).toBe('suspended');
    expect((await ctx.app.inject(`/api/public/catalog/items/${implCode}`)).statusCode).toBe(404);
    expect((await center.post(`/api/catalog/implementations/${implId}/resume`, { reason: '修订完成' })).json().publicationStatus).toBe('published');
    expect((await ctx.app.inject(`/api/public/catalog/items/${implCode}`)).statusCode).toBe(200);
    expect((await center.post(`/api/catalog/implementations/${implId}/cancel`, { reason: '事项取消' })).json()).toMatchObject({ publicationStatus: 'cancelled', statusReason: '事项取消' });
    expect((await ctx.app.inject(`/api/public/catalog/items/${implCode}`)).statusCode).toBe(404);
    const d = await detail(maintainer);
    expect((await maintainer.request('PUT', `/api/catalog/implementations/${implId}/draft`, { revision: d.draftRevision, content: d.current })).json().error.code).toBe('IMPLEMENTATION_CANCELLED');
    expect((await maintainer.get(`/api/catalog/implementations/${implId}/versions/1`)).statusCode).toBe(200);
    expect(await auditActions(ctx, implId)).toEqual(expect.arrayContaining(['implementation.suspended', 'implementation.resumed', 'implementation.cancelled']));
  });
});

describe('request validation keeps nulls', () => {
  it('stores null optional fields as null, not as empty strings', async () => {
    const basic = await center.post('/api/catalog/basic-items', { typeCode: '20', mainNumber: 903, name: '空值测试', legalBasis: '《测试条例》', level: 3 });
    const content = sampleContent({ name: '空值测试', visitReason: null, tripsToSite: 0, onlineDepth: 4 });
    content.materials[0]!.sampleFile = null;
    content.materials[0]!.proofCode = null;
    const created = await maintainer.post('/api/catalog/implementations', { basicCode: basic.json().code, content });
    expect(created.statusCode).toBe(201);
    const draft = created.json().draft;
    expect(draft.visitReason).toBeNull();
    expect(draft.materials[0].sampleFile).toBeNull();
    expect(draft.materials[0].proofCode).toBeNull();
    const clerk = await staffClient(ctx, 'clerk');
    expect((await clerk.get('/api/catalog/check-report')).statusCode).toBe(403);
  });
});
