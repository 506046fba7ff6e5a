import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreditCode, canonicalJson, encodeUtf8 } from '@onetrip/core';
import { auditActions, createTestContext, staffClient, type Client, type TestContext } from '../../../../test/test-app.ts';
import { caseContent, publishImplementation } from '../../../../test/case-fixtures.ts';
import { FOOD_LICENCE_FIELDS, FOOD_LICENCE_TYPE, sealFor } from '../../../../test/licence-fixtures.ts';
import { sm2Verify } from '../../../platform/crypto/sm2.ts';
import { sm3Hex } from '../../../platform/crypto/sm3.ts';
import { licenceTypeCodeProblem } from './manage-licence-types.ts';

let ctx: TestContext;
let center: Client;
let centerHs: Client;
let approver: Client;
let supervisor: Client;
const SCJG = '赤峰市市场监督管理局';
const HS_SCJG = '红山区市场监督管理局';
const AUTHORITY = buildCreditCode('1', '1', '100000', 'MB0Q0001');
const deptId = async (name: string) => (await ctx.db.selectFrom('departments').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  ctx = await createTestContext();
  [center, centerHs, approver, supervisor] = await Promise.all([staffClient(ctx, 'center'), staffClient(ctx, 'center.hs'), staffClient(ctx, 'approver.scjg'), staffClient(ctx, 'supervisor')]);
});
afterAll(async () => { await ctx.close(); });

function typeBody(overrides: Record<string, unknown> = {}) {
  return {
    code: `${AUTHORITY}101`, name: '测试许可证', definingAuthorityName: '国家市场监督管理总局', holderKind: 'enterprise',
    fieldsSchema: FOOD_LICENCE_FIELDS, validity: { kind: 'years', years: 5 },
    layout: { title: '测试许可证', orientation: 'landscape', fieldOrder: ['经营者名称', '经营面积'], accentColor: '#B8860B', footnote: null },
    producingImplementationCodes: [], issuerDepartmentIds: [], ...overrides,
  };
}
const typeCount = async () => Number((await ctx.sql('SELECT count(*) FROM licence_types')).rows[0].count);

describe('licence type codes (GB/T 36904)', () => {
  it('accepts a credit code + 3 digits and names what is wrong otherwise', () => {
    expect(licenceTypeCodeProblem(FOOD_LICENCE_TYPE)).toBeNull();
    expect(licenceTypeCodeProblem(`${AUTHORITY}001`)).toBeNull();
    expect(licenceTypeCodeProblem(`${AUTHORITY}01`)).toBe('length');
    expect(licenceTypeCodeProblem(`${AUTHORITY}0A1`)).toBe('sequence');
    expect(licenceTypeCodeProblem(`${AUTHORITY.toLowerCase()}001`)).not.toBeNull();
    const wrongCheck = `${AUTHORITY.slice(0, 17)}${AUTHORITY[17] === '0' ? '1' : '0'}001`;
    expect(licenceTypeCodeProblem(wrongCheck)).toBe('check_character');
  });
});

describe('licence types', () => {
  let typeId: string;

  it('lets a centre administrator define a type with producers and issuers, audited', async () => {
    const item = await publishImplementation(ctx, SCJG);
    const res = await center.post('/api/licence-types', typeBody({ producingImplementationCodes: [item.code], issuerDepartmentIds: [await deptId(SCJG), await deptId(HS_SCJG)] }));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    typeId = view.id;
    expect(view).toMatchObject({ code: `${AUTHORITY}101`, version: 1, active: true, producingImplementationCodes: [item.code], otherIssuerCount: 0, holderKind: 'enterprise' });
    expect(view.layout.accentColor).toBe('#b8860b');
    expect(view.issuers.map((i: { name: string }) => i.name).sort()).toEqual([HS_SCJG, SCJG].sort());
    expect(await auditActions(ctx, typeId)).toEqual(['licence_type.created']);
    expect((await center.get('/api/licence-types')).json().items.find((t: { id: string }) => t.id === typeId)).toMatchObject({ fieldCount: 3, producerCount: 1, issuerCount: 2 });
  });

  it('refuses a bad type code, a duplicate code, a bad fields definition or layout, and changes nothing', async () => {
    const before = await typeCount();
    const badCheck = await center.post('/api/licence-types', typeBody({ code: `${AUTHORITY.slice(0, 17)}${AUTHORITY[17] === '0' ? '1' : '0'}102` }));
    expect([badCheck.statusCode, badCheck.json().error.code]).toEqual([400, 'LICENCE_TYPE_CODE_INVALID']);
    const short = await center.post('/api/licence-types', typeBody({ code: AUTHORITY }));
    expect(short.json().error.code).toBe('LICENCE_TYPE_CODE_INVALID');
    const duplicate = await center.post('/api/licence-types', typeBody());
    expect([duplicate.statusCode, duplicate.json().error.code]).toEqual([409, 'LICENCE_TYPE_EXISTS']);

    const fields = await center.post('/api/licence-types', typeBody({
      code: `${AUTHORITY}103`, fieldsSchema: { type: 'object', properties: { 名称: { type: 'date', title: '名称' }, 'bad name': { type: 'string', title: 'x' } }, required: ['无此字段'] },
      layout: { title: 'x', orientation: 'portrait', fieldOrder: [], accentColor: '#000000', footnote: null },
    }));
    expect([fields.statusCode, fields.json().error.code]).toEqual([400, 'LICENCE_TYPE_FIELDS_INVALID']);
    expect(fields.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['/fieldsSchema/properties/bad name', '/fieldsSchema/properties/名称/type', '/fieldsSchema/required'].sort());

    const order = await center.post('/api/licence-types', typeBody({ code: `${AUTHORITY}104`, layout: { title: 'x', orientation: 'portrait', fieldOrder: ['经营者名称', '不存在'], accentColor: '#000000', footnote: null } }));
    expect([order.statusCode, order.json().error.fields?.[0]?.path]).toEqual([400, '/layout/fieldOrder/1']);
    const colour = await center.post('/api/licence-types', typeBody({ code: `${AUTHORITY}105`, layout: { title: 'x', orientation: 'portrait', fieldOrder: [], accentColor: 'red', footnote: null } }));
    expect(colour.statusCode).toBe(400);
    const validity = await center.post('/api/licence-types', typeBody({ code: `${AUTHORITY}106`, validity: { kind: 'years', years: 0 } }));
    expect(validity.statusCode).toBe(400);
    const producer = await center.post('/api/licence-types', typeBody({ code: `${AUTHORITY}107`, producingImplementationCodes: ['NO-SUCH-IMPLEMENTATION'] }));
    expect([producer.statusCode, producer.json().error.fields?.[0]?.path]).toEqual([400, '/producingImplementationCodes/0']);
    expect(await typeCount()).toBe(before);
  });

  it('does not let a county centre administrator name a city department as an issuer', async () => {
    const res = await centerHs.post('/api/licence-types', typeBody({ code: `${AUTHORITY}108`, issuerDepartmentIds: [await deptId(SCJG)] }));
    expect([res.statusCode, res.json().error.fields?.[0]?.path]).toEqual([400, '/issuerDepartmentIds/0']);
  });

  it('updates with the version read, refuses a stale version, and never changes the code', async () => {
    const current = (await center.get(`/api/licence-types/${typeId}`)).json();
    const { id: _id, code: _code, issuers, otherIssuerCount: _o, createdAt: _c, updatedAt: _u, ...editable } = current;
    const body = { ...editable, issuerDepartmentIds: issuers.map((i: { id: string }) => i.id), name: '测试许可证（新版）' };
    const updated = await center.request('PUT', `/api/licence-types/${typeId}`, body);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ name: '测试许可证（新版）', version: 2, code: `${AUTHORITY}101` });

    const stale = await center.request('PUT', `/api/licence-types/${typeId}`, { ...body, name: '旧版覆盖' });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'LICENCE_TYPE_STALE']);
    const withCode = await center.request('PUT', `/api/licence-types/${typeId}`, { ...body, version: 2, code: `${AUTHORITY}999` });
    expect(withCode.statusCode).toBe(400);
    expect((await center.get(`/api/licence-types/${typeId}`)).json()).toMatchObject({ name: '测试许可证（新版）', code: `${AUTHORITY}101`, version: 2 });
    expect(await auditActions(ctx, typeId)).toEqual(['licence_type.created', 'licence_type.updated']);
  });

  it('keeps issuers outside a county administrator\'s region when they save', async () => {
    const seen = (await centerHs.get(`/api/licence-types/${typeId}`)).json();
    expect(seen.issuers.map((i: { name: string }) => i.name)).toEqual([HS_SCJG]);
    expect(seen.otherIssuerCount).toBe(1);
    const { id: _id, code: _code, issuers: _i, otherIssuerCount: _o, createdAt: _c, updatedAt: _u, ...editable } = seen;
    const saved = await centerHs.request('PUT', `/api/licence-types/${typeId}`, { ...editable, issuerDepartmentIds: [] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ issuers: [], otherIssuerCount: 1 });
    expect((await center.get(`/api/licence-types/${typeId}`)).json().issuers.map((i: { name: string }) => i.name)).toEqual([SCJG]);
  });

  it('lists the published implementations that yield the type as candidate producers', async () => {
    const food = await center.post('/api/licence-types', typeBody({ code: FOOD_LICENCE_TYPE, name: '食品经营许可证' }));
    expect(food.statusCode, food.body).toBe(201);
    const producing = await publishImplementation(ctx, SCJG, caseContent({ name: '食品经营许可（测试）' }));
    const other = await publishImplementation(ctx, SCJG, caseContent({ name: '其他结果', result: { name: '批复', type: 'approval_document', sampleFile: null, licenseTypeCode: null } }));
    const listed = (await center.get(`/api/licence-types/${food.json().id}/producers`)).json().items;
    const codes = listed.map((p: { code: string }) => p.code);
    expect(codes).toContain(producing.code);
    expect(codes).not.toContain(other.code);
    expect(listed.find((p: { code: string }) => p.code === producing.code)).toMatchObject({ listed: false, departmentName: SCJG, resultType: 'license' });
  });

  it('is for centre administrators only; an unknown id answers LICENCE_TYPE_NOT_FOUND', async () => {
    expect((await approver.get('/api/licence-types')).statusCode).toBe(403);
    expect((await supervisor.post('/api/licence-types', typeBody({ code: `${AUTHORITY}109` }))).statusCode).toBe(403);
    const missing = await center.get('/api/licence-types/00000000-0000-4000-8000-000000000000');
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'LICENCE_TYPE_NOT_FOUND']);
  });
});

describe('seals', () => {
  const sealsOf = async (departmentName: string) => (await ctx.sql('SELECT s.* FROM seals s JOIN departments d ON d.id = s.department_id WHERE d.name = $1 ORDER BY s.created_at', [departmentName])).rows;

  it('creates a department\'s seal signed by the root key, lists it with its fingerprint and serves the picture', async () => {
    const res = await center.post('/api/seals', { departmentId: await deptId(SCJG), validYears: 3 });
    expect(res.statusCode, res.body).toBe(201);
    const seal = res.json();
    expect(seal).toMatchObject({ departmentName: SCJG, status: 'active', name: `${SCJG}电子证照专用章`, pictureUrl: `/api/seals/${seal.id}/picture.svg` });
    const row = (await sealsOf(SCJG))[0];
    const key = (await ctx.keys.publicKey(row.signing_key_id)).publicKeyHex;
    expect(seal.keyFingerprint).toBe(sm3Hex(key).slice(0, 16));
    expect(new Date(seal.validUntil).getUTCFullYear() - new Date(seal.validFrom).getUTCFullYear()).toBe(3);
    const root = (await ctx.keys.publicKey(row.root_key_id)).publicKeyHex;
    expect(sm2Verify(encodeUtf8(canonicalJson(row.seal_info)), new Uint8Array(row.root_signature), root)).toBe(true);
    expect(await auditActions(ctx, seal.id)).toEqual(['seal.created']);

    const list = (await center.get('/api/seals')).json().items;
    expect(list.map((s: { id: string }) => s.id)).toContain(seal.id);
    const picture = await center.get(seal.pictureUrl);
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toContain('image/svg+xml');
    expect(picture.body).toContain('<svg');

    const again = await center.post('/api/seals', { departmentId: await deptId(SCJG) });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'SEAL_EXISTS']);
    expect(await sealsOf(SCJG)).toHaveLength(1);
  });

  it('rotates: the old seal is retired and replaced in one step, with a new key', async () => {
    const [old] = await sealsOf(SCJG);
    const res = await center.post(`/api/seals/${old.id}/rotate`, {});
    expect(res.statusCode, res.body).toBe(200);
    const { retired, active } = res.json();
    expect(retired).toMatchObject({ id: old.id, status: 'retired', replacedBy: active.id });
    expect(retired.retiredAt).not.toBeNull();
    expect(active).toMatchObject({ status: 'active', departmentName: SCJG });
    expect(active.keyFingerprint).not.toBe(retired.keyFingerprint);
    const rows = await sealsOf(SCJG);
    expect(rows.filter((r) => r.status === 'active')).toHaveLength(1);
    expect(rows[1].signing_key_id).not.toBe(rows[0].signing_key_id);
    // A retired seal cannot be rotated again.
    const twice = await center.post(`/api/seals/${old.id}/rotate`, {});
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'SEAL_NOT_ACTIVE']);
    expect(await auditActions(ctx, old.id)).toEqual(['seal.created', 'seal.rotated']);
  });

  it('revokes with a reason; the department can then get a new seal', async () => {
    const active = (await sealsOf(SCJG)).find((r) => r.status === 'active');
    const empty = await center.post(`/api/seals/${active.id}/revoke`, { reason: ' ' });
    expect(empty.statusCode).toBe(400);
    const res = await center.post(`/api/seals/${active.id}/revoke`, { reason: '私钥疑似泄露' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', revocationReason: '私钥疑似泄露' });
    expect(res.json().revokedAt).not.toBeNull();
    const again = await center.post(`/api/seals/${active.id}/revoke`, { reason: '再次注销' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'SEAL_NOT_ACTIVE']);
    expect((await center.post('/api/seals', { departmentId: await deptId(SCJG) })).statusCode).toBe(201);
    expect(await auditActions(ctx, active.id)).toContain('seal.revoked');
  });

  it('keeps a county centre administrator out of a city department\'s seals (404) and approvers out altogether (403)', async () => {
    const citySeal = (await sealsOf(SCJG)).find((r) => r.status === 'active');
    const hsSeal = await sealFor(ctx, HS_SCJG);
    const before = await sealsOf(SCJG);

    const seen = (await centerHs.get('/api/seals')).json().items.map((s: { id: string }) => s.id);
    expect(seen).toContain(hsSeal.id);
    expect(seen).not.toContain(citySeal.id);
    for (const res of [
      await centerHs.get(`/api/seals/${citySeal.id}`),
      await centerHs.get(`/api/seals/${citySeal.id}/picture.svg`),
      await centerHs.post(`/api/seals/${citySeal.id}/rotate`, {}),
      await centerHs.post(`/api/seals/${citySeal.id}/revoke`, { reason: '越权尝试' }),
    ]) expect([res.statusCode, res.json().error.code]).toEqual([404, 'SEAL_NOT_FOUND']);
    const create = await centerHs.post('/api/seals', { departmentId: await deptId('赤峰市自然资源局') });
    expect(create.statusCode).toBe(404);

    for (const res of [
      await approver.get('/api/seals'),
      await approver.post(`/api/seals/${citySeal.id}/revoke`, { reason: '越权尝试' }),
      await approver.post('/api/seals', { departmentId: await deptId('赤峰市自然资源局') }),
      await supervisor.post(`/api/seals/${citySeal.id}/rotate`, {}),
    ]) expect(res.statusCode).toBe(403);
    expect(await sealsOf(SCJG)).toEqual(before);
    expect((await sealsOf('赤峰市自然资源局'))).toHaveLength(0);
  });
});
