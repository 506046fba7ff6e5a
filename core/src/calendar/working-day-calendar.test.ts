import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chinaDateOf, dayNumberOf, isIsoDate, isoDateOfDayNumber } from './iso-date.ts';
import { arrangementYearOf, normalizeArrangement, validateArrangement, WorkingDayCalendar, type CalendarDay, type CalendarDayInput, type YearArrangement } from './working-day-calendar.ts';
import { daysFromHolidayCn } from './holiday-cn.ts';
import { ARRANGEMENT_2026, holidayRun } from './fixtures.ts';

const run = holidayRun;
const Y2026 = ARRANGEMENT_2026;
/** A made-up 2027 (the real one is not announced yet): New Year's Day only. */
const Y2027_FICTIONAL: YearArrangement = { year: 2027, days: run('元旦', '2027-01-01', '2027-01-01') };

const cal2026 = new WorkingDayCalendar([Y2026]);

/** Monday–Friday computed independently of the implementation, with the platform's own date parser. */
function isMondayToFriday(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

describe('isWorkingDay in 2026', () => {
  it.each([
    ['2026-01-02', false, 'New Year holiday on a Friday'],
    ['2026-01-04', true, 'Sunday worked for New Year'],
    ['2026-02-13', true, 'ordinary Friday'],
    ['2026-02-14', true, 'Saturday worked before Spring Festival'],
    ['2026-02-15', false, 'Spring Festival (Sunday)'],
    ['2026-02-16', false, 'Spring Festival on a Monday'],
    ['2026-02-23', false, 'last day of Spring Festival, a Monday'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-02-28', true, 'Saturday worked after Spring Festival'],
    ['2026-03-01', false, 'ordinary Sunday'],
    ['2026-09-20', true, 'Sunday worked before National Day'],
    ['2026-09-25', false, 'Mid-Autumn Festival on a Friday'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of National Day, a Wednesday'],
    ['2026-10-08', true, 'first working day after National Day'],
    ['2026-10-10', true, 'Saturday worked after National Day'],
    ['2026-10-11', false, 'ordinary Sunday'],
  ])('%s → %s (%s)', (date, working) => {
    expect(cal2026.isWorkingDay(date)).toBe(working);
  });

  it('describes a day with its kind, name and whether the fallback was used', () => {
    expect(cal2026.describeDay('2026-02-17')).toEqual({ date: '2026-02-17', working: false, kind: 'holiday', name: '春节', fallback: false });
    expect(cal2026.describeDay('2026-10-10')).toEqual({ date: '2026-10-10', working: true, kind: 'adjusted_working_day', name: '国庆节', fallback: false });
    expect(cal2026.describeDay('2026-03-02')).toMatchObject({ working: true, kind: 'weekday', fallback: false });
    expect(cal2026.describeDay('2027-01-01')).toEqual({ date: '2027-01-01', working: true, kind: 'weekday', name: null, fallback: true });
  });
});

describe('addWorkingDays: the n-th working day after the start day, which never counts', () => {
  it.each([
    ['2026-02-13', 1, '2026-02-14', 'Friday before Spring Festival → the worked Saturday'],
    ['2026-02-13', 2, '2026-02-24', 'then straight over the nine-day holiday'],
    ['2026-02-13', 5, '2026-02-27', ''],
    ['2026-02-13', 6, '2026-02-28', 'the Saturday worked after the holiday counts'],
    ['2026-02-13', 7, '2026-03-02', ''],
    ['2026-02-15', 1, '2026-02-24', 'accepted on a holiday: counting starts after it'],
    ['2026-09-19', 1, '2026-09-20', 'accepted on a Saturday; the Sunday is worked'],
    ['2026-09-24', 1, '2026-09-28', 'over Mid-Autumn'],
    ['2026-09-24', 4, '2026-10-08', 'over Mid-Autumn and National Day'],
    ['2026-09-30', 1, '2026-10-08', 'over National Day'],
    ['2026-09-30', 3, '2026-10-10', 'the worked Saturday after National Day'],
    ['2026-09-30', 4, '2026-10-12', ''],
    ['2026-09-15', 20, '2026-10-19', 'a 20-working-day legal limit across both festivals'],
    ['2026-10-03', 0, '2026-10-03', 'n = 0 is the start day itself, even a holiday'],
    ['2026-03-02', 0, '2026-03-02', ''],
  ])('%s + %i → %s %s', (start, n, expected) => {
    expect(cal2026.addWorkingDays(start, n)).toEqual({ date: expected, fallbackYears: [] });
  });

  it('refuses negative, fractional and absurd counts', () => {
    expect(() => cal2026.addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => cal2026.addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => cal2026.addWorkingDays('2026-01-05', 1_000_000)).toThrow(RangeError);
    expect(() => cal2026.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('year boundary and the Monday–Friday fallback', () => {
  it('crossing into an unannounced year assumes Monday–Friday and says so', () => {
    expect(cal2026.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', fallbackYears: [2027] });
    expect(cal2026.workingDaysBetween('2026-12-30', '2027-01-04')).toEqual({ days: 3, fallbackYears: [2027] });
    expect(cal2026.yearsWithoutArrangement(2025, 2027)).toEqual([2025, 2027]);
  });

  it('once next year is entered the same computation changes and the fallback is gone', () => {
    const cal = new WorkingDayCalendar([Y2026, Y2027_FICTIONAL]);
    expect(cal.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', fallbackYears: [] });
    expect(cal.workingDaysBetween('2026-12-30', '2027-01-04')).toEqual({ days: 2, fallbackYears: [] });
    expect(cal.yearsWithoutArrangement(2026, 2027)).toEqual([]);
    expect(cal.announcedYears).toEqual([2026, 2027]);
  });

  it('staying inside an announced year reports no fallback', () => {
    expect(cal2026.workingDaysBetween('2026-01-01', '2026-12-31').fallbackYears).toEqual([]);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-09-30', '2026-10-08', 1],
    ['2026-10-08', '2026-09-30', -1],
    ['2026-10-08', '2026-10-08', 0],
    ['2026-10-01', '2026-10-07', 0],
    ['2026-02-13', '2026-02-28', 6],
    ['2026-01-01', '2026-12-31', 248],
  ])('(%s, %s] → %i', (a, b, n) => {
    expect(cal2026.workingDaysBetween(a, b).days).toBe(n);
  });
});

describe('addNaturalDays', () => {
  it('adds calendar days, optionally moving an end on a rest day to the next working day', () => {
    expect(cal2026.addNaturalDays('2026-09-26', 5)).toEqual({ date: '2026-10-01', fallbackYears: [] });
    expect(cal2026.addNaturalDays('2026-09-26', 5, { extendPastRestDays: true })).toEqual({ date: '2026-10-08', fallbackYears: [] });
    expect(cal2026.addNaturalDays('2026-10-10', -10)).toEqual({ date: '2026-09-30', fallbackYears: [] });
    expect(cal2026.addNaturalDays('2026-12-30', 2, { extendPastRestDays: true })).toEqual({ date: '2027-01-01', fallbackYears: [2027] });
  });
});

describe('chinaDateOf', () => {
  it.each([
    ['2026-09-30T15:59:59.999Z', '2026-09-30'],
    ['2026-09-30T16:00:00.000Z', '2026-10-01'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
    ['2026-02-14T23:59:00+08:00', '2026-02-14'],
  ])('%s is %s in China', (instant, date) => {
    expect(chinaDateOf(new Date(instant))).toBe(date);
  });
  it('matches UTC+8 for any instant since 1992 (China has had no daylight saving time since 1991)', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
      expect(chinaDateOf(new Date(ms))).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
    }));
  });
});

describe('isIsoDate', () => {
  it.each([['2024-02-29', true], ['2026-02-29', false], ['2026-1-01', false], ['2026-13-01', false], ['2026-04-31', false], ['0999-01-01', false], ['2026-10-01T00:00', false]])('%s → %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});

describe('validateArrangement', () => {
  const h = (date: string, name: string | null = '节日'): CalendarDayInput => ({ date, kind: 'holiday', name });
  const w = (date: string): CalendarDayInput => ({ date, kind: 'adjusted_working_day', name: null });
  it('accepts the real 2026 arrangement', () => {
    expect(validateArrangement(2026, Y2026.days)).toEqual([]);
  });
  it.each<[string, CalendarDayInput[], unknown[]]>([
    ['a date of another year', [h('2027-01-01')], [{ index: 0, field: 'date', code: 'DATE_OUTSIDE_YEAR' }]],
    ['a date long before the year', [h('2025-11-30')], [{ index: 0, field: 'date', code: 'DATE_OUTSIDE_YEAR' }]],
    ['not a date', [h('2026-02-30')], [{ index: 0, field: 'date', code: 'DATE_INVALID' }]],
    ['a date listed twice', [h('2026-10-01'), h('2026-10-01')], [{ index: 1, field: 'date', code: 'DATE_DUPLICATE' }]],
    ['a holiday that is also worked', [h('2026-10-10'), w('2026-10-10')], [{ index: 1, field: 'date', code: 'DATE_BOTH_KINDS' }]],
    ['an adjusted working day on a weekday', [w('2026-10-09')], [{ index: 0, field: 'date', code: 'ADJUSTED_DAY_NOT_WEEKEND' }]],
    ['a holiday without a name', [h('2026-10-01', '  ')], [{ index: 0, field: 'name', code: 'HOLIDAY_NAME_REQUIRED' }]],
  ])('refuses %s', (_label, days, issues) => {
    expect(validateArrangement(2026, days)).toEqual(issues);
  });
  it('accepts December days of the previous year moved by the New Year notice (2012: Saturday 2011-12-31 worked)', () => {
    expect(validateArrangement(2012, [w('2011-12-31'), h('2012-01-01', '元旦')])).toEqual([]);
    expect(arrangementYearOf('2011-12-31', '元旦')).toBe(2012);
    expect(arrangementYearOf('2026-12-31', null)).toBe(2026);
  });
  it('normalises names and order', () => {
    expect(normalizeArrangement(2026, [h('2026-10-02', ' 国庆节 '), { date: '2026-09-20', kind: 'adjusted_working_day', name: '' }])).toEqual({
      year: 2026, days: [{ date: '2026-09-20', kind: 'adjusted_working_day', name: null }, { date: '2026-10-02', kind: 'holiday', name: '国庆节' }],
    });
  });
  it('reads holiday-cn days: isOffDay true is a holiday, false an adjusted working day', () => {
    expect(daysFromHolidayCn({ year: 2012, papers: [], days: [{ name: '元旦', date: '2011-12-31', isOffDay: false }, { name: '元旦', date: '2012-01-01', isOffDay: true }] })).toEqual([
      { date: '2011-12-31', kind: 'adjusted_working_day', name: '元旦' }, { date: '2012-01-01', kind: 'holiday', name: '元旦' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties, over random arrangements as well as the real one

const FIRST = dayNumberOf('2024-01-01');
const LAST = dayNumberOf('2028-12-31');
const dateArb = fc.integer({ min: FIRST, max: LAST }).map(isoDateOfDayNumber);
const countArb = fc.integer({ min: 0, max: 300 });

/** Random arrangements for some of 2024–2028: random holidays on any day, adjusted working days on weekends. */
const calendarArb: fc.Arbitrary<WorkingDayCalendar> = fc
  .tuple(fc.subarray([2024, 2025, 2026, 2027, 2028]), fc.uniqueArray(fc.integer({ min: FIRST, max: LAST }), { maxLength: 80 }), fc.uniqueArray(fc.integer({ min: FIRST, max: LAST }), { maxLength: 30 }))
  .map(([years, holidays, worked]) => {
    const announced = new Set(years);
    const days: CalendarDay[] = [];
    for (const n of holidays) days.push({ date: isoDateOfDayNumber(n), kind: 'holiday', name: '假日' });
    for (const n of worked) {
      const date = isoDateOfDayNumber(n);
      if (!isMondayToFriday(date) && !holidays.includes(n)) days.push({ date, kind: 'adjusted_working_day', name: null });
    }
    return new WorkingDayCalendar(years.map((year) => ({ year, days: days.filter((d) => announced.has(Number(d.date.slice(0, 4)))) })));
  });
const anyCalendar = fc.oneof(calendarArb, fc.constant(cal2026), fc.constant(new WorkingDayCalendar([])));

describe('properties', () => {
  it('for n ≥ 1, addWorkingDays lands on a working day after the start', () => {
    fc.assert(fc.property(anyCalendar, dateArb, fc.integer({ min: 1, max: 300 }), (cal, d, n) => {
      const { date } = cal.addWorkingDays(d, n);
      expect(cal.isWorkingDay(date)).toBe(true);
      expect(date > d).toBe(true);
    }));
  });

  it('never answers −0 (a later start with no working day in between counts 0)', () => {
    const empty = new WorkingDayCalendar([]);
    expect(Object.is(empty.workingDaysBetween('2028-12-31', '2028-12-30').days, 0)).toBe(true);
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, and the count is antisymmetric and additive', () => {
    fc.assert(fc.property(anyCalendar, dateArb, dateArb, countArb, (cal, a, b, n) => {
      expect(cal.workingDaysBetween(a, cal.addWorkingDays(a, n).date).days).toBe(n);
      expect(cal.workingDaysBetween(b, a).days + cal.workingDaysBetween(a, b).days).toBe(0);
      const c = cal.addWorkingDays(b, n).date;
      expect(cal.workingDaysBetween(a, b).days + cal.workingDaysBetween(b, c).days).toBe(cal.workingDaysBetween(a, c).days);
    }));
  });

  it('is monotonic in the count and in the start, and composes: d + (n + 1) = (d + n) + 1', () => {
    fc.assert(fc.property(anyCalendar, dateArb, dateArb, countArb, countArb, (cal, d1, d2, n, m) => {
      const [lo, hi] = n <= m ? [n, m] : [m, n];
      const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
      if (lo < hi) expect(cal.addWorkingDays(early, lo).date < cal.addWorkingDays(early, hi).date).toBe(true);
      expect(cal.addWorkingDays(early, lo).date <= cal.addWorkingDays(late, lo).date).toBe(true);
      expect(cal.addWorkingDays(early, lo + 1).date).toBe(cal.addWorkingDays(cal.addWorkingDays(early, lo).date, 1).date);
    }));
  });

  it('with no arrangement at all, every year behaves as Monday–Friday and every answer reports the fallback', () => {
    const empty = new WorkingDayCalendar([]);
    fc.assert(fc.property(dateArb, fc.integer({ min: 1, max: 300 }), (d, n) => {
      expect(empty.isWorkingDay(d)).toBe(isMondayToFriday(d));
      const result = empty.addWorkingDays(d, n);
      expect(result.fallbackYears.length).toBeGreaterThan(0);
      let count = 0;
      for (let x = dayNumberOf(d) + 1; x <= dayNumberOf(result.date); x += 1) if (isMondayToFriday(isoDateOfDayNumber(x))) count += 1;
      expect(count).toBe(n);
    }));
  });

  it('an unannounced year next to announced ones is still Monday–Friday (outside the New Year days moved into it)', () => {
    fc.assert(fc.property(fc.integer({ min: dayNumberOf('2027-01-01'), max: dayNumberOf('2027-12-31') }).map(isoDateOfDayNumber), (d) => {
      expect(cal2026.describeDay(d)).toMatchObject({ working: isMondayToFriday(d), fallback: true });
    }));
  });

  it('addNaturalDays with extendPastRestDays ends on the first working day on or after start + n', () => {
    fc.assert(fc.property(anyCalendar, dateArb, fc.integer({ min: -400, max: 400 }), (cal, d, n) => {
      const plain = cal.addNaturalDays(d, n).date;
      expect(dayNumberOf(plain) - dayNumberOf(d)).toBe(n);
      const extended = cal.addNaturalDays(d, n, { extendPastRestDays: true }).date;
      expect(cal.isWorkingDay(extended)).toBe(true);
      expect(extended >= plain).toBe(true);
      expect(cal.workingDaysBetween(plain, extended).days).toBe(cal.isWorkingDay(plain) ? 0 : 1);
    }));
  });
});
