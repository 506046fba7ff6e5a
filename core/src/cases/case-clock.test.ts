import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date.ts';
import { clockColour, computeCaseClock, type CaseClockInput, type ClockSuspension } from './case-clock.ts';
import { CALENDAR_2026 } from './fixtures.ts';

const cal = CALENDAR_2026;
const wd = (value: number) => ({ value, unit: 'working_days' as const });
const nd = (value: number) => ({ value, unit: 'natural_days' as const });

function input(acceptedOn: string, promised: number, legal: number, extra: Partial<CaseClockInput> = {}): CaseClockInput {
  return { caseKind: 'promised', acceptedOn, promisedLimit: wd(promised), legalLimit: wd(legal), ...extra };
}

describe('deadlines on the 2026 calendar (acceptance day not counted)', () => {
  it.each([
    // acceptedOn, promised, legal, promised deadline, legal deadline, note
    ['2026-03-02', 10, 20, '2026-03-16', '2026-03-30', 'ordinary weeks'],
    ['2026-02-13', 2, 6, '2026-02-24', '2026-02-28', 'Friday before Spring Festival: worked Saturday 14 Feb, then the nine-day holiday; worked Saturday 28 Feb'],
    ['2026-02-16', 1, 5, '2026-02-24', '2026-02-28', 'accepted during Spring Festival: counting starts after it'],
    ['2026-09-24', 4, 20, '2026-10-08', '2026-10-29', 'over Mid-Autumn and National Day'],
    ['2026-09-30', 3, 5, '2026-10-10', '2026-10-13', 'the Saturday worked after National Day counts'],
    ['2026-09-19', 1, 2, '2026-09-20', '2026-09-21', 'accepted on a Saturday; the Sunday before National Day is worked'],
  ])('accepted %s, promised %i, legal %i → %s / %s (%s)', (acceptedOn, promised, legal, promisedDeadline, legalDeadline) => {
    const clock = computeCaseClock(cal, input(acceptedOn, promised, legal), acceptedOn);
    expect(clock).toMatchObject({ promisedDeadline, legalDeadline, suspendedWorkingDays: 0, isSuspended: false, fallbackYears: [] });
    expect(clock.remainingWorkingDays).toBe(promised);
    expect(clock.legalRemainingWorkingDays).toBe(legal);
  });

  it('natural-day limits add calendar days; an end on a rest day moves to the next working day', () => {
    expect(computeCaseClock(cal, { ...input('2026-09-26', 0, 0), promisedLimit: nd(5), legalLimit: nd(30) }, '2026-09-26')).toMatchObject({
      promisedDeadline: '2026-10-08', // 1 October is National Day
      legalDeadline: '2026-10-26',
    });
    expect(computeCaseClock(cal, { ...input('2026-03-02', 0, 0), promisedLimit: nd(10), legalLimit: nd(10) }, '2026-03-02').promisedDeadline).toBe('2026-03-12');
  });

  it('an immediate item is due on the acceptance day, whatever its promised limit says', () => {
    const immediate = { ...input('2026-03-02', 1, 5), caseKind: 'immediate' as const };
    expect(computeCaseClock(cal, immediate, '2026-03-02')).toMatchObject({ promisedDeadline: '2026-03-02', legalDeadline: '2026-03-09', remainingWorkingDays: 0, colour: 'yellow', promisedWorkingDays: 0 });
    expect(computeCaseClock(cal, immediate, '2026-03-03')).toMatchObject({ remainingWorkingDays: -1, colour: 'red' });
    // Accepted at a weekend service, due that day: overdue from the next working day.
    expect(computeCaseClock(cal, { ...immediate, acceptedOn: '2026-03-07' }, '2026-03-09')).toMatchObject({ promisedDeadline: '2026-03-07', remainingWorkingDays: -1, colour: 'red' });
  });

  it('reports the years for which Monday–Friday was assumed', () => {
    const clock = computeCaseClock(cal, input('2026-12-21', 10, 20), '2026-12-21');
    expect(clock.promisedDeadline).toBe('2027-01-04'); // 1 January 2027 counted as an ordinary Friday
    expect(clock.fallbackYears).toEqual([2027]);
  });
});

describe('special procedures move the deadline by exactly the suspended working days (issue 4, E2E 3)', () => {
  const suspension = (startedOn: string, endedOn: string | null, plannedEnd = endedOn ?? startedOn): ClockSuspension => ({ startedOn, endedOn, plannedEnd });

  it.each([
    // acceptedOn, promised, suspension start, end, suspended working days, promised deadline without → with
    ['2026-03-02', 10, '2026-03-04', '2026-03-09', 3, '2026-03-16', '2026-03-19'],
    ['2026-09-21', 10, '2026-09-28', '2026-10-09', 4, '2026-10-12', '2026-10-16'],
    ['2026-02-09', 10, '2026-02-12', '2026-02-25', 4, '2026-02-28', '2026-03-05'],
    ['2026-03-02', 10, '2026-03-06', '2026-03-08', 0, '2026-03-16', '2026-03-16'],
    ['2026-03-02', 10, '2026-03-04', '2026-03-04', 0, '2026-03-16', '2026-03-16'],
  ])('accepted %s (+%i): procedure %s → %s suspends %i working days: %s → %s', (acceptedOn, promised, start, end, suspended, before, afterDeadline) => {
    const without = computeCaseClock(cal, input(acceptedOn, promised, 20), '2026-03-02');
    const withIt = computeCaseClock(cal, input(acceptedOn, promised, 20, { suspensions: [suspension(start, end)] }), '2026-03-02');
    expect(without.promisedDeadline).toBe(before);
    expect(withIt.promisedDeadline).toBe(afterDeadline);
    expect(withIt.suspendedWorkingDays).toBe(suspended);
    expect(cal.workingDaysBetween(before, afterDeadline).days).toBe(suspended);
    expect(cal.workingDaysBetween(without.legalDeadline, withIt.legalDeadline).days).toBe(suspended);
  });

  it('while a procedure is open the deadline moves day by day and the remaining days stand still', () => {
    const open = input('2026-03-02', 10, 20, { suspensions: [suspension('2026-03-04', null, '2026-03-11')] });
    const days = ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-09'];
    const clocks = days.map((d) => computeCaseClock(cal, open, d));
    expect(clocks.map((c) => c.promisedDeadline)).toEqual(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-18', '2026-03-19']);
    expect(clocks.map((c) => c.remainingWorkingDays)).toEqual([8, 8, 8, 8, 8]);
    expect(clocks.map((c) => c.suspendedWorkingDays)).toEqual([0, 1, 2, 2, 3]);
    expect(clocks.every((c) => c.isSuspended)).toBe(true);
    // If it ends as planned on 11 March: 5 working days suspended (5, 6, 9, 10, 11 March).
    expect(clocks[0]!.planned).toEqual({ promisedDeadline: '2026-03-23', legalDeadline: '2026-04-07' });
  });

  it('overlapping suspensions are counted once', () => {
    const twice = input('2026-03-02', 10, 20, { suspensions: [suspension('2026-03-04', '2026-03-09'), suspension('2026-03-05', '2026-03-06')] });
    expect(computeCaseClock(cal, twice, '2026-03-10').suspendedWorkingDays).toBe(3);
  });

  it('a natural-day limit moves by the suspended calendar days', () => {
    const natural = { ...input('2026-03-02', 0, 0), promisedLimit: nd(10), legalLimit: nd(10), suspensions: [suspension('2026-03-04', '2026-03-06')] };
    // 12 March + 2 days = Saturday 14 March → Monday 16 March.
    expect(computeCaseClock(cal, natural, '2026-03-10').promisedDeadline).toBe('2026-03-16');
  });
});

describe('extension', () => {
  it('adds its days to both the promised and the legal limit', () => {
    const clock = computeCaseClock(cal, input('2026-03-02', 10, 20, { extension: { days: 5 } }), '2026-03-02');
    expect(clock).toMatchObject({ promisedDeadline: '2026-03-23', legalDeadline: '2026-04-07', promisedWorkingDays: 15, remainingWorkingDays: 15 });
  });

  it('across National Day, together with a suspension', () => {
    const clock = computeCaseClock(cal, input('2026-09-21', 10, 20, { extension: { days: 2 }, suspensions: [{ startedOn: '2026-09-28', plannedEnd: '2026-10-09', endedOn: '2026-10-09' }] }), '2026-10-12');
    // 10 + 2 + 4 = 16 working days after 21 September.
    expect(clock.promisedDeadline).toBe(cal.addWorkingDays('2026-09-21', 16).date);
    expect(clock.promisedDeadline).toBe('2026-10-20');
  });
});

describe('colours at the boundaries', () => {
  // Promised 10 working days from Monday 2 March: due Monday 16 March.
  it.each([
    ['2026-03-02', 10, 'green'],
    ['2026-03-11', 3, 'green'],
    ['2026-03-12', 2, 'yellow'], // 2 of 10 = 20 %
    ['2026-03-14', 1, 'yellow'], // Saturday: still 1 working day left
    ['2026-03-16', 0, 'yellow'], // due today
    ['2026-03-17', -1, 'red'],
  ])('on %s: %i working days left → %s', (today, remaining, colour) => {
    expect(computeCaseClock(cal, input('2026-03-02', 10, 20), today)).toMatchObject({ remainingWorkingDays: remaining, colour });
  });

  it.each([
    [5, 20, 'green'], [4, 20, 'yellow'], [2, 3, 'green'], [1, 3, 'yellow'], [0, 0, 'yellow'], [-1, 20, 'red'], [2, 10, 'yellow'], [3, 10, 'green'], [7, 35, 'yellow'],
  ])('clockColour(%i of %i) → %s', (remaining, total, colour) => {
    expect(clockColour(remaining, total)).toBe(colour);
  });
});

describe('per-step deadlines', () => {
  const steps = (starts: (string | null)[]) => [
    { key: 'review', limit: wd(3), startedOn: starts[0] ?? null },
    { key: 'decide', limit: wd(2), startedOn: starts[1] ?? null },
  ];

  it('a step not reached yet is planned from the deadline of the step before', () => {
    expect(computeCaseClock(cal, input('2026-03-02', 5, 20, { steps: steps(['2026-03-02', null]) }), '2026-03-02').stepDeadlines).toEqual([
      { key: 'review', startedOn: '2026-03-02', deadline: '2026-03-05', planned: false },
      { key: 'decide', startedOn: '2026-03-05', deadline: '2026-03-09', planned: true },
    ]);
  });

  it('a step runs from its actual start; a suspension inside a step moves that step and the planned ones after it', () => {
    expect(computeCaseClock(cal, input('2026-03-02', 5, 20, { steps: steps(['2026-03-02', '2026-03-04']) }), '2026-03-04').stepDeadlines[1]).toMatchObject({ deadline: '2026-03-06', planned: false });
    const suspended = input('2026-03-02', 5, 20, { steps: steps(['2026-03-02', null]), suspensions: [{ startedOn: '2026-03-03', plannedEnd: '2026-03-05', endedOn: '2026-03-05' }] });
    expect(computeCaseClock(cal, suspended, '2026-03-05').stepDeadlines.map((s) => s.deadline)).toEqual(['2026-03-09', '2026-03-11']);
    // A suspension during the decision step does not move the review step, which had ended.
    const later = input('2026-03-02', 5, 20, { steps: steps(['2026-03-02', '2026-03-04']), suspensions: [{ startedOn: '2026-03-04', plannedEnd: '2026-03-06', endedOn: '2026-03-06' }] });
    expect(computeCaseClock(cal, later, '2026-03-06').stepDeadlines.map((s) => s.deadline)).toEqual(['2026-03-05', '2026-03-10']);
  });

  it('spans Spring Festival', () => {
    expect(computeCaseClock(cal, input('2026-02-12', 5, 20, { steps: steps(['2026-02-12', null]) }), '2026-02-12').stepDeadlines.map((s) => s.deadline)).toEqual(['2026-02-24', '2026-02-26']);
  });
});

describe('properties', () => {
  const FIRST = dayNumberOf('2026-01-01');
  const LAST = dayNumberOf('2026-10-31');
  const dateArb = fc.integer({ min: FIRST, max: LAST }).map(isoDateOfDayNumber);
  const limitArb = fc.integer({ min: 1, max: 30 });

  it('remaining working days drop by one on each working day and stay put on rest days', () => {
    fc.assert(fc.property(dateArb, limitArb, fc.integer({ min: 0, max: 60 }), (acceptedOn, limit, offset) => {
      const today = isoDateOfDayNumber(dayNumberOf(acceptedOn) + offset);
      const tomorrow = isoDateOfDayNumber(dayNumberOf(today) + 1);
      const a = computeCaseClock(cal, input(acceptedOn, limit, limit * 2), today).remainingWorkingDays;
      const b = computeCaseClock(cal, input(acceptedOn, limit, limit * 2), tomorrow).remainingWorkingDays;
      expect(a - b).toBe(cal.isWorkingDay(tomorrow) ? 1 : 0);
    }));
  });

  it('a suspension never shortens a deadline, and moves it by exactly its working days', () => {
    fc.assert(fc.property(dateArb, limitArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 }), (acceptedOn, limit, startOffset, length) => {
      const startedOn = isoDateOfDayNumber(dayNumberOf(acceptedOn) + startOffset);
      const endedOn = isoDateOfDayNumber(dayNumberOf(startedOn) + length);
      const base = computeCaseClock(cal, input(acceptedOn, limit, limit * 4), endedOn);
      const moved = computeCaseClock(cal, input(acceptedOn, limit, limit * 4, { suspensions: [{ startedOn, endedOn, plannedEnd: endedOn }] }), endedOn);
      expect(moved.promisedDeadline >= base.promisedDeadline).toBe(true);
      expect(moved.legalDeadline >= base.legalDeadline).toBe(true);
      const suspended = cal.workingDaysBetween(startedOn, endedOn).days;
      expect(moved.suspendedWorkingDays).toBe(suspended);
      expect(cal.workingDaysBetween(base.promisedDeadline, moved.promisedDeadline).days).toBe(suspended);
    }));
  });

  it('while a procedure is open, the remaining working days do not change', () => {
    fc.assert(fc.property(dateArb, limitArb, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 30 }), (acceptedOn, limit, startOffset, elapsed) => {
      const startedOn = isoDateOfDayNumber(dayNumberOf(acceptedOn) + startOffset);
      const today = isoDateOfDayNumber(dayNumberOf(startedOn) + elapsed);
      const open = input(acceptedOn, limit, limit * 4, { suspensions: [{ startedOn, endedOn: null, plannedEnd: startedOn }] });
      expect(computeCaseClock(cal, open, today).remainingWorkingDays).toBe(computeCaseClock(cal, open, startedOn).remainingWorkingDays);
    }));
  });

  it('an extension moves both deadlines by exactly its working days', () => {
    fc.assert(fc.property(dateArb, limitArb, fc.integer({ min: 1, max: 10 }), (acceptedOn, limit, days) => {
      const base = computeCaseClock(cal, input(acceptedOn, limit, limit * 2), acceptedOn);
      const extended = computeCaseClock(cal, input(acceptedOn, limit, limit * 2, { extension: { days } }), acceptedOn);
      expect(cal.workingDaysBetween(base.promisedDeadline, extended.promisedDeadline).days).toBe(days);
      expect(cal.workingDaysBetween(base.legalDeadline, extended.legalDeadline).days).toBe(days);
    }));
  });
});
