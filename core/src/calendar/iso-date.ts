/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, meaning a day of the calendar in China (Asia/Shanghai).
 *
 * Why strings and not `Date`: a `Date` is an instant, and the same instant falls on different calendar days in
 * different time zones. A case accepted at 2026-10-01T00:30+08:00 was accepted on 1 October in China, but
 * `new Date(...).getDate()` on a server running in UTC says 30 September. All working-day arithmetic therefore runs
 * on date strings, converted to a day number (days since 1970-01-01) with `Date.UTC`, which involves no time zone.
 * The only place an instant becomes a date is `chinaDateOf`, which asks for the Asia/Shanghai calendar explicitly.
 */

/** A calendar day in China, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (e.g. not 2026-02-30), years 1000–9999. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws a RangeError for anything that is not a valid `YYYY-MM-DD` date. */
export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
}

/** Days since 1970-01-01 (negative before). Pure arithmetic: no time zone is involved. */
export function dayNumberOf(date: IsoDate): number {
  assertIsoDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** Inverse of `dayNumberOf`. */
export function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDayNumber(dayNumberOf(date));
}

/** 1970-01-01 was a Thursday (4). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

const chinaFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar date in China (Asia/Shanghai) at an instant, whatever the time zone of the machine running this:
 * `chinaDateOf(new Date('2026-09-30T16:30:00Z'))` is `2026-10-01`.
 */
export function chinaDateOf(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid instant');
  const parts = chinaFormatter.formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days between two dates: `b − a` (negative when b is earlier). */
export function naturalDaysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumberOf(b) - dayNumberOf(a);
}
