/**
 * The statutory clock of an accepted case: deadlines of the promised limit, the legal limit and each step, the working
 * days left, and the colour the queues show.
 *
 * Semantics (Administrative Licensing Law arts. 42, 45, 82; see working-day-calendar.ts for the arithmetic):
 * - **Start.** The clock starts on the acceptance day A, which does not count: a limit of n working days ends on
 *   `addWorkingDays(A, n)`, the n-th working day after A. Natural-day limits end on A + n calendar days, moved to the
 *   next working day when that is a rest day (Civil Code art. 203), via `addNaturalDays(…, { extendPastRestDays })`.
 *   Fractional limits are rounded up to whole days.
 * - **Immediate items** (即办件) are due on the acceptance day: the promised deadline is A itself.
 * - **Special procedures** (art. 45: hearing, expert review, site inspection, testing, public notice) are not counted.
 *   A procedure started on day S and ended on day E suspends the days in (S, E] — like every period, it does not
 *   count its start day, and the case resumes counting after E. For a working-day limit the suspended time is
 *   `workingDaysBetween(S, E)` working days, and the deadline moves by exactly that many working days:
 *   `deadline = addWorkingDays(A, limit + extension + suspended)`, so `workingDaysBetween(before, after) ===
 *   suspended`. For a natural-day limit it moves by the suspended calendar days `E − S`. A procedure still open on
 *   `today` counts as suspended through `today`; the deadlines therefore move one working day for each working day
 *   of suspension, and the remaining working days stay the same while the clock is stopped. `planned` gives the
 *   deadlines as they will be if the open procedure ends on its planned end. Overlapping suspensions are counted
 *   once.
 * - **Extension** (art. 42: one extension, e.g. 10 days, with the head's approval): `extension.days` are added to both
 *   the legal and the promised limit, in each limit's own unit.
 * - **Steps.** Step i runs from its actual start (or, when not reached yet, from the planned deadline of the step
 *   before it; step 0 from A) for its own limit, plus the suspended days that fall inside the step (from its start to
 *   the start of the next step, or open).
 * - **Remaining** working days are `workingDaysBetween(today, deadline)`: 0 on the deadline day, negative when
 *   overdue (always counted in working days, whatever the limit's unit).
 * - **Colour** (on the promised deadline): `red` when overdue (remaining < 0); `yellow` when remaining ≤ 1 working
 *   day or ≤ 20 % of the promised time (the promised limit plus extension, in working days); `green` otherwise. An
 *   immediate item is therefore yellow on its day and red the next working day.
 * - **Fallback.** `fallbackYears` lists every year without an announced arrangement that was consulted (Monday–Friday
 *   assumed), so the UI can warn that a deadline may still move.
 * For a concluded case, pass its conclusion day as `today` to see whether it was concluded on time.
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date.ts';
import type { DateResult, WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import type { CaseKind, LimitUnit } from '../catalog/catalog-codes.ts';
import type { TimeLimit } from '../catalog/implementation.ts';
import { mergeFallbackYears } from './deemed-acceptance.ts';

export interface ClockSuspension {
  startedOn: IsoDate;
  plannedEnd: IsoDate;
  /** null while the special procedure is still open. */
  endedOn: IsoDate | null;
}

export interface ClockStep {
  key: string;
  limit: Pick<TimeLimit, 'value' | 'unit'>;
  /** When the case entered the step (its latest entry, after a return); null when not reached yet. */
  startedOn: IsoDate | null;
}

export interface CaseClockInput {
  caseKind: CaseKind;
  acceptedOn: IsoDate;
  legalLimit: Pick<TimeLimit, 'value' | 'unit'>;
  promisedLimit: Pick<TimeLimit, 'value' | 'unit'>;
  steps?: readonly ClockStep[];
  suspensions?: readonly ClockSuspension[];
  extension?: { days: number } | null;
}

export const CLOCK_COLOURS = ['green', 'yellow', 'red'] as const;
export type ClockColour = (typeof CLOCK_COLOURS)[number];

/** Yellow when no more than this percentage of the promised time is left [issue 4]. */
export const YELLOW_PERCENT = 20;
/** … or no more than this many working days. */
export const YELLOW_WORKING_DAYS = 1;

export interface StepDeadline {
  key: string;
  startedOn: IsoDate;
  deadline: IsoDate;
  /** True when the step has not been reached and its start is the previous step's deadline. */
  planned: boolean;
}

export interface CaseClock {
  promisedDeadline: IsoDate;
  legalDeadline: IsoDate;
  stepDeadlines: StepDeadline[];
  /** Deadlines if the open special procedure ends on its planned end (equal to the above when none is open). */
  planned: { promisedDeadline: IsoDate; legalDeadline: IsoDate };
  /** The promised time in working days (limit + extension; for natural-day limits, the working days it spans). */
  promisedWorkingDays: number;
  remainingWorkingDays: number;
  legalRemainingWorkingDays: number;
  /** Working days not counted because of special procedures, as of `today`. */
  suspendedWorkingDays: number;
  isSuspended: boolean;
  colour: ClockColour;
  fallbackYears: number[];
}

interface Interval {
  /** Day numbers; the interval is (from, to]. */
  from: number;
  to: number;
}

/** Computes the clock of an accepted case as of `today`. See the file comment for the rules. */
export function computeCaseClock(calendar: WorkingDayCalendar, input: CaseClockInput, today: IsoDate): CaseClock {
  const years: number[][] = [];
  const track = <T extends { fallbackYears: number[] }>(r: T): T => {
    years.push(r.fallbackYears);
    return r;
  };
  const extension = input.extension?.days ?? 0;
  const suspensions = input.suspensions ?? [];
  const todayNumber = dayNumberOf(today);
  const asOfToday = mergeIntervals(suspensions.map((s) => toInterval(s, todayNumber, false)));
  const asPlanned = mergeIntervals(suspensions.map((s) => toInterval(s, todayNumber, true)));
  const acceptedNumber = dayNumberOf(input.acceptedOn);
  const promisedLimit = input.caseKind === 'immediate' ? { value: 0, unit: 'working_days' as const } : input.promisedLimit;

  const deadline = (limit: Pick<TimeLimit, 'value' | 'unit'>, intervals: Interval[]): DateResult =>
    track(addLimit(calendar, input.acceptedOn, limit.unit, days(limit.value) + extension, suspendedDays(calendar, intervals, acceptedNumber, null, limit.unit, years)));

  const promisedDeadline = deadline(promisedLimit, asOfToday).date;
  const legalDeadline = deadline(input.legalLimit, asOfToday).date;
  const planned = { promisedDeadline: deadline(promisedLimit, asPlanned).date, legalDeadline: deadline(input.legalLimit, asPlanned).date };

  const stepDeadlines: StepDeadline[] = [];
  const steps = input.steps ?? [];
  steps.forEach((step, i) => {
    const previous = stepDeadlines[i - 1];
    const startedOn = step.startedOn ?? previous?.deadline ?? input.acceptedOn;
    const nextStart = steps[i + 1]?.startedOn ?? null;
    const suspended = suspendedDays(calendar, asOfToday, dayNumberOf(startedOn), nextStart === null ? null : dayNumberOf(nextStart), step.limit.unit, years);
    const end = track(addLimit(calendar, startedOn, step.limit.unit, days(step.limit.value), suspended));
    stepDeadlines.push({ key: step.key, startedOn, deadline: end.date, planned: step.startedOn === null });
  });

  const promisedWorkingDays =
    promisedLimit.unit === 'working_days'
      ? days(promisedLimit.value) + extension
      : track(calendar.workingDaysBetween(input.acceptedOn, track(addLimit(calendar, input.acceptedOn, 'natural_days', days(promisedLimit.value) + extension, 0)).date)).days;
  const remainingWorkingDays = track(calendar.workingDaysBetween(today, promisedDeadline)).days;
  const legalRemainingWorkingDays = track(calendar.workingDaysBetween(today, legalDeadline)).days;
  const suspendedWorkingDays = suspendedDays(calendar, asOfToday, acceptedNumber, null, 'working_days', years);

  return {
    promisedDeadline,
    legalDeadline,
    stepDeadlines,
    planned,
    promisedWorkingDays,
    remainingWorkingDays,
    legalRemainingWorkingDays,
    suspendedWorkingDays,
    isSuspended: suspensions.some((s) => s.endedOn === null),
    colour: clockColour(remainingWorkingDays, promisedWorkingDays),
    fallbackYears: mergeFallbackYears(...years),
  };
}

/** The colour for `remaining` working days out of a promised time of `total` working days. */
export function clockColour(remaining: number, total: number): ClockColour {
  if (remaining < 0) return 'red';
  // remaining ≤ 20 % of total, in integers so that no rounding decides a boundary.
  if (remaining <= YELLOW_WORKING_DAYS || remaining * 100 <= total * YELLOW_PERCENT) return 'yellow';
  return 'green';
}

function days(value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`a time limit must be a number ≥ 0: ${value}`);
  return Math.ceil(value);
}

function addLimit(calendar: WorkingDayCalendar, from: IsoDate, unit: LimitUnit, n: number, suspended: number): DateResult {
  return unit === 'working_days'
    ? calendar.addWorkingDays(from, n + suspended)
    : calendar.addNaturalDays(from, n + suspended, { extendPastRestDays: n + suspended > 0 });
}

/** A suspension as (start, end]: end = actual end, or for an open one `today` (or its planned end, if later, when `planned`). */
function toInterval(s: ClockSuspension, todayNumber: number, planned: boolean): Interval {
  const from = dayNumberOf(s.startedOn);
  const openEnd = planned ? Math.max(todayNumber, dayNumberOf(s.plannedEnd)) : todayNumber;
  const to = s.endedOn === null ? openEnd : dayNumberOf(s.endedOn);
  return { from, to: Math.max(from, to) };
}

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else merged.push({ ...i });
  }
  return merged;
}

/** Suspended days (in `unit`) of the merged intervals inside (from, to] (to = null: open-ended). */
function suspendedDays(calendar: WorkingDayCalendar, intervals: Interval[], from: number, to: number | null, unit: LimitUnit, years: number[][]): number {
  let total = 0;
  for (const i of intervals) {
    const a = Math.max(i.from, from);
    const b = to === null ? i.to : Math.min(i.to, to);
    if (b <= a) continue;
    if (unit === 'natural_days') {
      total += b - a;
    } else {
      const count = calendar.workingDaysBetween(isoDateOfDayNumber(a), isoDateOfDayNumber(b));
      years.push(count.fallbackYears);
      total += count.days;
    }
  }
  return total;
}
