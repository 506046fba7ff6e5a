import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { completeDraft, publishImplementation, submit } from '../../../test/case-fixtures.ts';
import { backfillOutboundScope } from '../db/migrations/0012-case-jobs-and-outbox-scope.ts';
import { notify } from './notify.ts';

let ctx: TestContext;
let zhang: Client;
let cityCentre: Client;
let hongshanCentre: Client;
let sysadmin: Client;
const HONGSHAN = '150402000000';
const SONGSHAN = '150404000000';

beforeAll(async () => {
  ctx = await createTestContext();
  zhang = new Client(ctx.app);
  expect((await zhang.loginApplicant('13904760001')).statusCode).toBe(200);
  [cityCentre, hongshanCentre, sysadmin] = await Promise.all([staffClient(ctx, 'center'), staffClient(ctx, 'center.hs'), staffClient(ctx, 'admin')]);
});
afterAll(async () => { await ctx.close(); });

/** A submitted case of the department's item: the applicant gets the `case.submitted` SMS. */
async function submittedCase(departmentName: string): Promise<{ id: string; caseNumber: string }> {
  const item = await publishImplementation(ctx, departmentName);
  const id = await completeDraft(zhang, item.id);
  const res = await submit(zhang, id);
  expect(res.statusCode).toBe(200);
  return { id, caseNumber: res.json<{ caseNumber: string }>().caseNumber };
}

async function listedCaseNumbers(client: Client, query = ''): Promise<{ numbers: string[]; total: number }> {
  const res = await client.get(`/api/admin/outbound-messages?pageSize=100${query}`);
  expect(res.statusCode).toBe(200);
  const body = res.json<{ items: { params: { caseNumber?: string } }[]; total: number }>();
  return { numbers: body.items.map((m) => m.params.caseNumber ?? ''), total: body.total };
}

describe('the outbox carries the region of the case it is about', () => {
  it('stores case, region and department on each SMS of a case', async () => {
    const { id } = await submittedCase('红山区市场监督管理局');
    const [c] = (await ctx.sql('SELECT region_code, department_id FROM cases WHERE id = $1', [id])).rows;
    const messages = (await ctx.sql(`SELECT case_id, region_code, department_id FROM outbound_messages WHERE case_id = $1`, [id])).rows;
    expect(messages).toEqual([{ case_id: id, region_code: HONGSHAN, department_id: c.department_id }]);
    expect(c.region_code).toBe(HONGSHAN);
  });

  it('shows a district centre administrator its own district only (attacker: 红山区 admin and 松山区\'s messages)', async () => {
    const hongshan = await submittedCase('红山区市场监督管理局');
    const songshan = await submittedCase('松山区市场监督管理局');
    const city = await submittedCase('赤峰市市场监督管理局');

    const district = await listedCaseNumbers(hongshanCentre);
    expect(district.numbers).toContain(hongshan.caseNumber);
    expect(district.numbers).not.toContain(songshan.caseNumber);
    expect(district.numbers).not.toContain(city.caseNumber);
    // The count is scoped too, and so is every filter combination.
    expect(district.total).toBe(district.numbers.length);
    expect((await listedCaseNumbers(hongshanCentre, '&channel=sms&status=queued')).numbers).not.toContain(songshan.caseNumber);
    const regions = (await ctx.sql(`SELECT DISTINCT region_code FROM outbound_messages WHERE case_id IS NOT NULL`)).rows.map((r) => r.region_code);
    expect(regions).toEqual(expect.arrayContaining([HONGSHAN, SONGSHAN]));

    // The city centre sees the whole city.
    const whole = await listedCaseNumbers(cityCentre);
    expect(whole.numbers).toEqual(expect.arrayContaining([hongshan.caseNumber, songshan.caseNumber, city.caseNumber]));
  });

  it('keeps messages about no region for system administrators, and places a staff recipient\'s message in their region', async () => {
    const ids = await ctx.db.selectFrom('applicants').select('id').limit(1).executeTakeFirstOrThrow();
    const clerkHs = await ctx.db.selectFrom('staff_users').select('id').where('username', '=', 'clerk.hs').executeTakeFirstOrThrow();
    const params = (caseNumber: string) => ({ caseNumber, itemName: '食品经营许可', promisedDate: '2026-12-08' });
    await ctx.db.transaction().execute(async (tx) => {
      await notify(ctx, tx, { recipient: { kind: 'applicant', id: ids.id }, template: 'case.accepted', params: params('NO-REGION-1') });
      await notify(ctx, tx, { recipient: { kind: 'staff', id: clerkHs.id }, template: 'case.accepted', params: params('STAFF-HS-1') });
    });
    expect((await listedCaseNumbers(sysadmin)).numbers).toEqual(expect.arrayContaining(['NO-REGION-1', 'STAFF-HS-1']));
    expect((await listedCaseNumbers(cityCentre)).numbers).not.toContain('NO-REGION-1');
    const district = (await listedCaseNumbers(hongshanCentre)).numbers;
    expect(district).toContain('STAFF-HS-1');
    expect(district).not.toContain('NO-REGION-1');
  });

  it('backfills rows written before the region existed from the notification\'s case link or the staff recipient', async () => {
    const { id } = await submittedCase('松山区市场监督管理局');
    const clerkSs = await ctx.db.selectFrom('staff_users').select(['id', 'region_code']).where('username', '=', 'clerk.ss').executeTakeFirstOrThrow();
    const staffMessage = await ctx.db.transaction().execute((tx) => notify(ctx, tx, {
      recipient: { kind: 'staff', id: clerkSs.id }, template: 'case.voided', params: { caseNumber: 'OLD-STAFF-1', itemName: '食品经营许可' },
    }));
    const old = [...(await ctx.sql(`SELECT id FROM outbound_messages WHERE case_id = $1`, [id])).rows.map((r) => r.id as string), ...staffMessage.outboundMessageIds];
    await ctx.sql(`UPDATE outbound_messages SET case_id = NULL, region_code = NULL, department_id = NULL WHERE id = ANY($1::uuid[])`, [old]);
    expect((await listedCaseNumbers(hongshanCentre)).numbers).not.toContain('OLD-STAFF-1');

    await backfillOutboundScope(ctx.db as unknown as Kysely<unknown>);
    const rows = (await ctx.sql(`SELECT id, case_id, region_code FROM outbound_messages WHERE id = ANY($1::uuid[]) ORDER BY created_at`, [old])).rows;
    expect(rows.map((r) => [r.case_id, r.region_code])).toEqual([[id, SONGSHAN], [null, clerkSs.region_code]]);
    expect((await listedCaseNumbers(hongshanCentre)).numbers).not.toContain('OLD-STAFF-1');
    expect((await listedCaseNumbers(cityCentre)).numbers).toContain('OLD-STAFF-1');
  });
});
