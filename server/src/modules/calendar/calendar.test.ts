import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cd from 'chinese-days';
import { dayNumberOf, isoDateOfDayNumber } from '@onetrip/core';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../test/test-app.ts';
import { calendarOf } from './calendar-cache.ts';
import { seedCalendarFromChineseDays } from './seed-calendar.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(async () => { await ctx.close(); });

/** A made-up 2027 arrangement (the real one is not in any package yet): what an administrator would type in. */
const Y2027 = {
  holidays: [
    { date: '2027-01-01', name: '元旦' }, { date: '2027-01-02', name: '元旦' }, { date: '2027-01-03', name: '元旦' },
    ...['06', '07', '08', '09', '10', '11', '12', '13'].map((d) => ({ date: `2027-02-${d}`, name: '春节' })),
  ],
  adjustedWorkingDays: [{ date: '2027-02-20', name: '春节' }],
  note: '国办发明电〔2026〕X号（测试数据）',
};

async function yearState(year: number) {
  const res = await (await staffClient(ctx, 'center')).get(`/api/calendar/years/${year}`);
  return res.json();
}

/** Calendar audit events so far (logins are audited too, and the helpers log in). */
async function auditCount(): Promise<number> {
  return (await auditActions(ctx)).filter((a) => a.startsWith('calendar.')).length;
}

describe('seeded from chinese-days', () => {
  it('has every year of the package, 2004–2026, with the 2026 arrangement', async () => {
    const center = await staffClient(ctx, 'center');
    const years = (await center.get('/api/calendar/years')).json().items;
    expect(years.map((y: { year: number }) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2026 - i));
    expect(years[0]).toMatchObject({ year: 2026, announced: true, source: 'chinese-days', holidayCount: 33, adjustedWorkingDayCount: 6, updatedByName: null });
    const y2026 = (await center.get('/api/calendar/years/2026')).json();
    expect(y2026.days.filter((d: { kind: string }) => d.kind === 'adjusted_working_day')).toEqual([
      { date: '2026-01-04', kind: 'adjusted_working_day', name: '元旦' },
      { date: '2026-02-14', kind: 'adjusted_working_day', name: '春节' },
      { date: '2026-02-28', kind: 'adjusted_working_day', name: '春节' },
      { date: '2026-05-09', kind: 'adjusted_working_day', name: '劳动节' },
      { date: '2026-09-20', kind: 'adjusted_working_day', name: '国庆节' },
      { date: '2026-10-10', kind: 'adjusted_working_day', name: '国庆节' },
    ]);
    expect(y2026.days).toContainEqual({ date: '2026-02-16', kind: 'holiday', name: '春节' });
  });

  it('agrees with the chinese-days package on every day from 2004 to 2026', async () => {
    const calendar = await calendarOf(ctx.db);
    const disagreements: string[] = [];
    for (let n = dayNumberOf('2004-01-01'); n <= dayNumberOf('2026-12-31'); n += 1) {
      const date = isoDateOfDayNumber(n);
      if (calendar.isWorkingDay(date) !== cd.isWorkday(date)) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });

  it('puts the December days of a New Year arrangement in the next year (2012: 2011-12-31 worked)', async () => {
    const y2012 = await yearState(2012);
    expect(y2012.days[0]).toEqual({ date: '2011-12-31', kind: 'adjusted_working_day', name: '元旦' });
  });

  it('seeding again adds nothing', async () => {
    const before = await auditCount();
    expect(await seedCalendarFromChineseDays(ctx.db)).toEqual([]);
    expect(await auditCount()).toBe(before);
  });
});

describe('the fallback warning', () => {
  it.each([
    ['2026-06-01', [2027], []],
    ['2026-11-22', [2027], [2027]],
    ['2026-12-31', [2027], [2027]],
    ['2027-03-01', [2027, 2028], [2027]],
    ['2025-12-01', [], []],
  ])('as of %s: missing %j, warn about %j', async (asOf, missing, warn) => {
    const center = await staffClient(ctx, 'center');
    const status = (await center.get(`/api/calendar/status?asOf=${asOf}`)).json();
    expect(status).toMatchObject({ today: asOf, missingYears: missing, warningYears: warn, firstYear: 2004 });
  });

  it('a deadline running into a year without arrangement says which year was guessed', async () => {
    const anonymous = new Client(ctx.app);
    const res = await anonymous.get('/api/calendar/working-days?from=2026-12-31&days=1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ from: '2026-12-31', days: 1, deadline: '2027-01-01', fallbackYears: [2027] });
  });

  it('computes the 2026 National Day deadline publicly', async () => {
    const res = await new Client(ctx.app).get('/api/calendar/working-days?from=2026-09-30&days=3');
    expect(res.json()).toEqual({ from: '2026-09-30', days: 3, deadline: '2026-10-10', fallbackYears: [] });
    const bad = await new Client(ctx.app).get('/api/calendar/working-days?from=2026-02-30&days=3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: '/from', code: 'CALENDAR_DATE_INVALID' });
  });
});

describe('a centre administrator enters 2027', () => {
  it('sets the year, and deadlines change at once', async () => {
    const center = await staffClient(ctx, 'center');
    const res = await center.request('PUT', '/api/calendar/years/2027', Y2027);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, announced: true, source: 'manual', note: Y2027.note, holidayCount: 11, adjustedWorkingDayCount: 1, updatedByName: 'center' });
    expect(res.json().days[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    const deadline = await new Client(ctx.app).get('/api/calendar/working-days?from=2026-12-31&days=1');
    expect(deadline.json()).toEqual({ from: '2026-12-31', days: 1, deadline: '2027-01-04', fallbackYears: [] });
    expect((await calendarOf(ctx.db)).isWorkingDay('2027-02-20')).toBe(true);
    expect((await center.get('/api/calendar/status?asOf=2026-12-01')).json()).toMatchObject({ missingYears: [], warningYears: [] });
    expect(await auditActions(ctx, '2027')).toEqual(['calendar.year_set']);
  });

  it('a second save replaces the whole year and the audit event lists what changed', async () => {
    const center = await staffClient(ctx, 'center');
    const res = await center.request('PUT', '/api/calendar/years/2027', { holidays: Y2027.holidays.slice(0, 3), adjustedWorkingDays: [] });
    expect(res.json()).toMatchObject({ holidayCount: 3, adjustedWorkingDayCount: 0, note: null });
    expect((await calendarOf(ctx.db)).isWorkingDay('2027-02-08')).toBe(true);
    const event = await ctx.db.selectFrom('audit_events').select(['summary', 'actor_name']).where('subject_id', '=', '2027').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(event.actor_name).toBe('center');
    expect(event.summary).toMatchObject({ before: { holidays: 11, adjustedWorkingDays: 1 }, after: { holidays: 3, adjustedWorkingDays: 0 }, added: [] });
    expect((event.summary as { removed: string[] }).removed).toContain('2027-02-20 adjusted_working_day 春节');
    expect(await auditActions(ctx, '2027')).toEqual(['calendar.year_set', 'calendar.year_set']);
  });

  it('a sysadmin may set a year too', async () => {
    const admin = await staffClient(ctx, 'admin');
    expect((await admin.request('PUT', '/api/calendar/years/2030', { holidays: [{ date: '2030-01-01', name: '元旦' }], adjustedWorkingDays: [] })).statusCode).toBe(200);
  });
});

describe('holiday-cn import', () => {
  const file2028 = {
    year: 2028,
    papers: ['https://www.gov.cn/zhengce/content/2027-11/example.htm'],
    days: [
      { name: '元旦', date: '2027-12-31', isOffDay: true },
      { name: '元旦', date: '2028-01-01', isOffDay: true },
      { name: '元旦', date: '2028-01-02', isOffDay: true },
      { name: '春节', date: '2028-01-22', isOffDay: false },
      { name: '春节', date: '2028-01-26', isOffDay: true },
    ],
  };

  it('imports a year in holiday-cn format, December days of the year before included', async () => {
    const center = await staffClient(ctx, 'center');
    const res = await center.post('/api/calendar/import', file2028);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2028, source: 'holiday-cn', papers: file2028.papers, holidayCount: 4, adjustedWorkingDayCount: 1 });
    const calendar = await calendarOf(ctx.db);
    expect(calendar.isWorkingDay('2027-12-31')).toBe(false);
    expect(calendar.isWorkingDay('2028-01-22')).toBe(true);
    expect(await auditActions(ctx, '2028')).toEqual(['calendar.year_imported']);
  });

  it('refuses a date that another year\'s arrangement already has, changing nothing', async () => {
    const center = await staffClient(ctx, 'center');
    const before = await yearState(2027);
    const events = await auditCount();
    const res = await center.request('PUT', '/api/calendar/years/2027', { holidays: [...Y2027.holidays.slice(0, 3), { date: '2027-12-31', name: '元旦' }], adjustedWorkingDays: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: '/holidays/3/date', code: 'CALENDAR_DATE_IN_OTHER_YEAR', messages: expect.objectContaining({ 'zh-CN': '该日期已属于 2028 年的节假日安排' }) })]);
    expect(await yearState(2027)).toEqual(before);
    expect(await auditCount()).toBe(events);
  });
});

describe('bad input answers a coded 400 and changes nothing', () => {
  it.each<[string, unknown, { path: string; code: string }[]]>([
    ['an adjusted working day on a Monday', { holidays: [], adjustedWorkingDays: [{ date: '2027-01-04' }] }, [{ path: '/adjustedWorkingDays/0/date', code: 'CALENDAR_ADJUSTED_DAY_NOT_WEEKEND' }]],
    ['a day both off and worked', { holidays: [{ date: '2027-02-20', name: '春节' }], adjustedWorkingDays: [{ date: '2027-02-20' }] }, [{ path: '/adjustedWorkingDays/0/date', code: 'CALENDAR_DATE_BOTH_KINDS' }]],
    ['a date of another year', { holidays: [{ date: '2028-01-03', name: '元旦' }], adjustedWorkingDays: [] }, [{ path: '/holidays/0/date', code: 'CALENDAR_DATE_OUTSIDE_YEAR' }]],
    ['no such date', { holidays: [{ date: '2027-02-30', name: '春节' }], adjustedWorkingDays: [] }, [{ path: '/holidays/0/date', code: 'CALENDAR_DATE_INVALID' }]],
    ['a nameless holiday and a duplicate', { holidays: [{ date: '2027-01-01', name: ' ' }, { date: '2027-01-01', name: '元旦' }], adjustedWorkingDays: [] }, [{ path: '/holidays/0/name', code: 'CALENDAR_HOLIDAY_NAME_REQUIRED' }, { path: '/holidays/1/date', code: 'CALENDAR_DATE_DUPLICATE' }]],
  ])('PUT with %s', async (_label, body, fields) => {
    const center = await staffClient(ctx, 'center');
    const before = await yearState(2027);
    const events = await auditCount();
    const res = await center.request('PUT', '/api/calendar/years/2027', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.fields.map((f: { path: string; code: string }) => ({ path: f.path, code: f.code }))).toEqual(fields);
    expect(await yearState(2027)).toEqual(before);
    expect(await auditCount()).toBe(events);
  });

  it('import: a weekday marked as worked, and a malformed file', async () => {
    const center = await staffClient(ctx, 'center');
    const weekday = await center.post('/api/calendar/import', { year: 2029, papers: [], days: [{ name: '春节', date: '2029-02-12', isOffDay: false }] });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json().error.fields[0]).toMatchObject({ path: '/days/0/date', code: 'CALENDAR_ADJUSTED_DAY_NOT_WEEKEND' });
    const malformed = await center.post('/api/calendar/import', { year: 2029, days: [{ name: '春节', date: '2029-02-12' }] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION_FAILED');
    expect((await yearState(2029)).announced).toBe(false);
  });
});

describe('from the attacker\'s side', () => {
  const body = { holidays: [{ date: '2027-03-01', name: '伪造' }], adjustedWorkingDays: [] };
  it.each(['clerk', 'approver.scjg', 'items.scjg', 'supervisor', 'hotline'])('%s cannot set or import a year (403)', async (username) => {
    const client = await staffClient(ctx, username);
    expect((await client.request('PUT', '/api/calendar/years/2027', body)).statusCode).toBe(403);
    expect((await client.post('/api/calendar/import', { year: 2027, days: [] })).statusCode).toBe(403);
    expect((await client.get('/api/calendar/years/2027')).statusCode).toBe(200);
  });

  it('an applicant gets 403 and an anonymous caller 401, for reading too', async () => {
    const applicant = new Client(ctx.app);
    expect((await applicant.loginApplicant('13904760001')).statusCode).toBe(200);
    expect((await applicant.request('PUT', '/api/calendar/years/2027', body)).statusCode).toBe(403);
    expect((await applicant.get('/api/calendar/years')).statusCode).toBe(403);
    const anonymous = new Client(ctx.app);
    const put = await anonymous.request('PUT', '/api/calendar/years/2027', body);
    expect(put.statusCode).toBe(401);
    expect(put.json().error.code).toBe('AUTH_REQUIRED');
    expect((await anonymous.post('/api/calendar/import', { year: 2027, days: [] })).statusCode).toBe(401);
    expect((await anonymous.get('/api/calendar/status')).statusCode).toBe(401);
    expect((await yearState(2027)).days.map((d: { date: string }) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
  });
});
