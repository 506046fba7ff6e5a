/**
 * The working-day calendar: which days count when a time limit is given in working days.
 *
 * Administrative Licensing Law (行政许可法) art. 82: its periods are counted in working days, statutory holidays
 * excluded; art. 42 ff. give the limits; and periods do not count the day on which they start. The State Council
 * announces every year (usually in November or December, for the next year) the statutory holidays (法定节假日,
 * including the weekend days inside a holiday run) and the adjusted working days (调休上班日: a Saturday or Sunday
 * worked to make the run longer). A year whose arrangement is not known yet falls back to Monday–Friday, and every
 * answer that relied on the fallback names the years it guessed, so callers can warn.
 *
 * Deadline semantics (the same everywhere in OneTrip):
 * - `addWorkingDays(D, n)`, n ≥ 1: the n-th working day strictly after D. D itself never counts, whether or not it is
 *   a working day ("N working days from acceptance on day D" ends at the end of that day). An application accepted on
 *   a Saturday or a holiday therefore starts counting on the next working day.
 * - `addWorkingDays(D, 0)` is D itself, unchanged (an immediate item is due the day it is accepted).
 * - `workingDaysBetween(a, b)`: the working days d with a < d ≤ b; 0 when a = b; negative (−count of (b, a]) when
 *   b is before a. So `workingDaysBetween(D, addWorkingDays(D, n)) === n`, and a case's remaining time is
 *   `workingDaysBetween(today, deadline)`: 0 on the deadline day (still due today), negative once overdue.
 * - `addNaturalDays(D, n)`: D + n calendar days (the start day again does not count). With
 *   `extendPastRestDays`, an end on a rest day moves to the next working day (Civil Code art. 203: a period whose
 *   last day is a statutory rest day ends on the day after the rest).
 * Dates are China calendar dates (`IsoDate`, see iso-date.ts).
 */
import { assertIsoDate, dayNumberOf, isIsoDate, isoDateOfDayNumber, weekdayOfDayNumber, type IsoDate } from './iso-date.ts';

export const CALENDAR_DAY_KINDS = ['holiday', 'adjusted_working_day'] as const;
/** holiday: 法定节假日 / 休息日 (any weekday); adjusted_working_day: 调休上班日 (a Saturday or Sunday). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  /** The holiday the day belongs to, e.g. 春节, 国庆节 (for adjusted working days: the holiday they make up for). */
  name: string | null;
}

/** One year's announced arrangement (国务院办公厅关于 Y 年部分节假日安排的通知). */
export interface YearArrangement {
  year: number;
  days: readonly CalendarDay[];
}

export type DayKind = CalendarDayKind | 'weekday' | 'weekend';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  name: string | null;
  /** True when the date's year has no arrangement and Monday–Friday was assumed. */
  fallback: boolean;
}

export interface DateResult {
  date: IsoDate;
  /** Years without an arrangement whose days were consulted (Monday–Friday assumed); empty when none. */
  fallbackYears: number[];
}

export interface CountResult {
  days: number;
  fallbackYears: number[];
}

/** Limits that keep a mistaken input from looping for ever: about 40 years of working days, 200 years of days. */
export const MAX_WORKING_DAYS = 10_000;
const MAX_SPAN_DAYS = 366 * 200;

/**
 * The dates an arrangement for `year` may contain: the year itself and the December before it, because the notice for
 * year Y sometimes moves late-December days around New Year's Day (the 2012 notice made Saturday 2011-12-31 a
 * working day; the 2019 notice gave 2018-12-30/31 off).
 */
export function arrangementDateRange(year: number): { first: IsoDate; last: IsoDate } {
  return { first: `${String(year - 1).padStart(4, '0')}-12-01`, last: `${String(year).padStart(4, '0')}-12-31` };
}

/** Which arrangement year a day of a published arrangement belongs to: December days named 元旦 belong to the next year. */
export function arrangementYearOf(date: IsoDate, name: string | null): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) === '12' && name !== null && name.includes('元旦') ? year + 1 : year;
}

export class WorkingDayCalendar {
  readonly #days = new Map<IsoDate, CalendarDay>();
  readonly #years = new Set<number>();

  constructor(arrangements: readonly YearArrangement[]) {
    for (const arrangement of arrangements) {
      this.#years.add(arrangement.year);
      for (const day of arrangement.days) {
        assertIsoDate(day.date);
        this.#days.set(day.date, day);
      }
    }
  }

  /** Years with an announced arrangement, ascending. */
  get announcedYears(): number[] {
    return [...this.#years].sort((a, b) => a - b);
  }

  hasArrangement(year: number): boolean {
    return this.#years.has(year);
  }

  /** Years in [from, to] without an arrangement: the fallback would be used for them. */
  yearsWithoutArrangement(from: number, to: number): number[] {
    const missing: number[] = [];
    for (let y = from; y <= to; y += 1) if (!this.#years.has(y)) missing.push(y);
    return missing;
  }

  describeDay(date: IsoDate): DayInfo {
    return this.#describe(dayNumberOf(date), date);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.describeDay(date).working;
  }

  /** The n-th working day strictly after `start` (n ≥ 0; n = 0 gives `start`). See the file comment. */
  addWorkingDays(start: IsoDate, n: number): DateResult {
    if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`working days must be an integer 0..${MAX_WORKING_DAYS}: ${n}`);
    let day = dayNumberOf(start);
    const fallback = new Set<number>();
    let left = n;
    while (left > 0) {
      day += 1;
      const info = this.#describe(day);
      if (info.fallback) fallback.add(Number(info.date.slice(0, 4)));
      if (info.working) left -= 1;
    }
    return { date: n === 0 ? start : isoDateOfDayNumber(day), fallbackYears: sorted(fallback) };
  }

  /** Working days d with a < d ≤ b; negative when b < a. See the file comment. */
  workingDaysBetween(a: IsoDate, b: IsoDate): CountResult {
    const from = dayNumberOf(a);
    const to = dayNumberOf(b);
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    if (high - low > MAX_SPAN_DAYS) throw new RangeError(`span too long: ${a} to ${b}`);
    const fallback = new Set<number>();
    let count = 0;
    for (let day = low + 1; day <= high; day += 1) {
      const info = this.#describe(day);
      if (info.fallback) fallback.add(Number(info.date.slice(0, 4)));
      if (info.working) count += 1;
    }
    // `+ 0` turns −0 (no working day before a later start) into 0, so results compare equal with Object.is.
    return { days: sign * count + 0, fallbackYears: sorted(fallback) };
  }

  /** `start` + n calendar days; with `extendPastRestDays` an end on a rest day moves to the next working day. */
  addNaturalDays(start: IsoDate, n: number, options: { extendPastRestDays?: boolean } = {}): DateResult {
    if (!Number.isInteger(n) || Math.abs(n) > MAX_SPAN_DAYS) throw new RangeError(`natural days must be an integer: ${n}`);
    let day = dayNumberOf(start) + n;
    if (!options.extendPastRestDays) return { date: isoDateOfDayNumber(day), fallbackYears: [] };
    const fallback = new Set<number>();
    for (;;) {
      const info = this.#describe(day);
      if (info.fallback) fallback.add(Number(info.date.slice(0, 4)));
      if (info.working) return { date: info.date, fallbackYears: sorted(fallback) };
      day += 1;
    }
  }

  /** The holidays and adjusted working days with first ≤ date ≤ last, by date. */
  daysInRange(first: IsoDate, last: IsoDate): CalendarDay[] {
    return [...this.#days.values()].filter((d) => d.date >= first && d.date <= last).sort((x, y) => (x.date < y.date ? -1 : 1));
  }

  #describe(dayNumber: number, knownDate?: IsoDate): DayInfo {
    const date = knownDate ?? isoDateOfDayNumber(dayNumber);
    const special = this.#days.get(date);
    if (special) return { date, working: special.kind === 'adjusted_working_day', kind: special.kind, name: special.name, fallback: false };
    const weekday = weekdayOfDayNumber(dayNumber);
    const weekend = weekday === 0 || weekday === 6;
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'weekday', name: null, fallback: !this.#years.has(Number(date.slice(0, 4))) };
  }
}

function sorted(years: Set<number>): number[] {
  return [...years].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------------------------
// Validating an arrangement an administrator enters or imports (shared by the server and the web form)

export type ArrangementIssueCode =
  | 'DATE_INVALID'
  | 'DATE_OUTSIDE_YEAR'
  | 'DATE_DUPLICATE'
  | 'DATE_BOTH_KINDS'
  | 'ADJUSTED_DAY_NOT_WEEKEND'
  | 'HOLIDAY_NAME_REQUIRED';

export interface ArrangementIssue {
  /** Index into the list of days that was validated. */
  index: number;
  field: 'date' | 'name';
  code: ArrangementIssueCode;
}

export interface CalendarDayInput {
  date: string;
  kind: CalendarDayKind;
  name?: string | null | undefined;
}

/**
 * Every problem with a year's arrangement: each date a real date inside the year (or the December before, see
 * `arrangementDateRange`), listed once, never both a holiday and an adjusted working day, adjusted working days on a
 * Saturday or Sunday (a weekday is a working day anyway), holidays named. Holidays may fall on any day of the week:
 * the weekend days inside a holiday run are listed too.
 */
export function validateArrangement(year: number, days: readonly CalendarDayInput[]): ArrangementIssue[] {
  const issues: ArrangementIssue[] = [];
  const { first, last } = arrangementDateRange(year);
  const seen = new Map<string, CalendarDayKind>();
  days.forEach((day, index) => {
    if (day.kind === 'holiday' && !day.name?.trim()) issues.push({ index, field: 'name', code: 'HOLIDAY_NAME_REQUIRED' });
    if (!isIsoDate(day.date)) {
      issues.push({ index, field: 'date', code: 'DATE_INVALID' });
      return;
    }
    if (day.date < first || day.date > last) issues.push({ index, field: 'date', code: 'DATE_OUTSIDE_YEAR' });
    const earlier = seen.get(day.date);
    if (earlier !== undefined) issues.push({ index, field: 'date', code: earlier === day.kind ? 'DATE_DUPLICATE' : 'DATE_BOTH_KINDS' });
    else seen.set(day.date, day.kind);
    if (day.kind === 'adjusted_working_day') {
      const weekday = weekdayOfDayNumber(dayNumberOf(day.date));
      if (weekday !== 0 && weekday !== 6) issues.push({ index, field: 'date', code: 'ADJUSTED_DAY_NOT_WEEKEND' });
    }
  });
  return issues;
}

/** A normalised arrangement: names trimmed (empty → null), sorted by date. Call after `validateArrangement`. */
export function normalizeArrangement(year: number, days: readonly CalendarDayInput[]): YearArrangement {
  return {
    year,
    days: days
      .map((d) => ({ date: d.date, kind: d.kind, name: d.name?.trim() ? d.name.trim() : null }))
      .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
  };
}
