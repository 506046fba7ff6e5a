import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date.ts';
import { isDeemedAccepted, preReviewDeadline, preReviewStatus, preReviewWarningDate } from './deemed-acceptance.ts';
import { CALENDAR_2026 } from './fixtures.ts';

const cal = CALENDAR_2026;

describe('the art. 32 pre-review deadline: five working days after receipt', () => {
  it.each([
    ['2026-03-06', '2026-03-13', '2026-03-12', 'Friday: the next week'],
    ['2026-02-13', '2026-02-27', '2026-02-26', 'Friday before Spring Festival: the worked Saturday, then after the holiday'],
    ['2026-02-16', '2026-02-28', '2026-02-27', 'received during Spring Festival: ends on the worked Saturday'],
    ['2026-09-29', '2026-10-12', '2026-10-10', 'across National Day; warned on the worked Saturday'],
  ])('received %s → deadline %s, warning %s (%s)', (receivedOn, deadline, warnOn) => {
    expect(preReviewDeadline(cal, receivedOn)).toEqual({ date: deadline, fallbackYears: [] });
    expect(preReviewWarningDate(cal, receivedOn).date).toBe(warnOn);
  });

  it('the warning can be set earlier or on the deadline itself', () => {
    expect(preReviewWarningDate(cal, '2026-03-06', 0).date).toBe('2026-03-13');
    expect(preReviewWarningDate(cal, '2026-03-06', 2).date).toBe('2026-03-11');
    expect(preReviewWarningDate(cal, '2026-03-06', 5).date).toBe('2026-03-06');
    expect(preReviewWarningDate(cal, '2026-03-06', 9).date).toBe('2026-03-06');
    expect(() => preReviewWarningDate(cal, '2026-03-06', -1)).toThrow(RangeError);
  });

  it.each([
    ['2026-09-29', 'open', 5, null],
    ['2026-10-09', 'open', 2, null],
    ['2026-10-10', 'warning', 1, null],
    ['2026-10-11', 'warning', 1, null],
    ['2026-10-12', 'warning', 0, null],
    ['2026-10-13', 'deemed_accepted', -1, '2026-09-29'],
  ])('received 29 September, on %s: %s, %i working days left', (today, phase, remaining, deemedAcceptedOn) => {
    expect(preReviewStatus(cal, '2026-09-29', today)).toEqual({
      phase, deadline: '2026-10-12', warnOn: '2026-10-10', remainingWorkingDays: remaining, deemedAcceptedOn, fallbackYears: [],
    });
    expect(isDeemedAccepted(cal, '2026-09-29', today)).toBe(phase === 'deemed_accepted');
  });

  it('a deadline in an unannounced year is flagged', () => {
    expect(preReviewDeadline(cal, '2026-12-28')).toEqual({ date: '2027-01-04', fallbackYears: [2027] });
    expect(preReviewStatus(cal, '2026-12-28', '2026-12-28').fallbackYears).toEqual([2027]);
  });

  it('deemed acceptance needs more than five working days, and once it applies it stays', () => {
    const dateArb = fc.integer({ min: dayNumberOf('2026-01-01'), max: dayNumberOf('2026-11-30') }).map(isoDateOfDayNumber);
    fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (receivedOn, offset) => {
      const today = isoDateOfDayNumber(dayNumberOf(receivedOn) + offset);
      const tomorrow = isoDateOfDayNumber(dayNumberOf(today) + 1);
      const elapsed = cal.workingDaysBetween(receivedOn, today).days;
      if (isDeemedAccepted(cal, receivedOn, today)) {
        expect(elapsed).toBeGreaterThanOrEqual(5);
        expect(isDeemedAccepted(cal, receivedOn, tomorrow)).toBe(true);
      }
      if (elapsed >= 6) expect(isDeemedAccepted(cal, receivedOn, today)).toBe(true);
      if (elapsed <= 4) expect(isDeemedAccepted(cal, receivedOn, today)).toBe(false);
    }));
  });
});
