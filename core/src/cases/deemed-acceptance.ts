/**
 * Deemed acceptance (Administrative Licensing Law 行政许可法 art. 32 (4)): when materials are incomplete or not in the
 * legal form, the authority must tell the applicant everything to correct, on the spot or within five days; if it does
 * not, the application counts as accepted from the day the materials were received (逾期不告知的，自收到申请材料之日起
 * 即为受理). Art. 82 makes the five days working days, and periods do not count the day they start.
 *
 * So, for materials received on day R:
 * - the pre-review deadline is `addWorkingDays(R, 5)`: a correction request (or a rejection) is still possible on
 *   that day;
 * - from the next day on the application is deemed accepted, and its acceptance date is R itself — the clock of the
 *   legal and promised limits runs from R, not from the day someone finally clicks "accept";
 * - each resubmission after a correction request is a new receipt: the five days run again from it.
 */
import type { DateResult, WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import type { IsoDate } from '../calendar/iso-date.ts';

/** Working days the authority has to request a correction (art. 32 (4)). */
export const PRE_REVIEW_WORKING_DAYS = 5;
/** Default warning: this many working days before the pre-review deadline. */
export const PRE_REVIEW_WARNING_WORKING_DAYS = 1;

/** The last day on which a correction request can be made for materials received on `receivedOn`. */
export function preReviewDeadline(calendar: WorkingDayCalendar, receivedOn: IsoDate): DateResult {
  return calendar.addWorkingDays(receivedOn, PRE_REVIEW_WORKING_DAYS);
}

/**
 * The day to warn the pre-review queue: `daysBefore` working days before the deadline (default 1, i.e. the 4th working
 * day after receipt). `daysBefore` ≥ 5 gives the receipt day itself.
 */
export function preReviewWarningDate(calendar: WorkingDayCalendar, receivedOn: IsoDate, daysBefore = PRE_REVIEW_WARNING_WORKING_DAYS): DateResult {
  if (!Number.isInteger(daysBefore) || daysBefore < 0) throw new RangeError(`daysBefore must be a whole number ≥ 0: ${daysBefore}`);
  return calendar.addWorkingDays(receivedOn, Math.max(0, PRE_REVIEW_WORKING_DAYS - daysBefore));
}

/** True once the pre-review deadline has passed on `today`: the application counts as accepted on `receivedOn`. */
export function isDeemedAccepted(calendar: WorkingDayCalendar, receivedOn: IsoDate, today: IsoDate): boolean {
  return today > preReviewDeadline(calendar, receivedOn).date;
}

export type PreReviewPhase = 'open' | 'warning' | 'deemed_accepted';

export interface PreReviewStatus {
  phase: PreReviewPhase;
  deadline: IsoDate;
  warnOn: IsoDate;
  /** `workingDaysBetween(today, deadline)`: 0 on the deadline day, negative once working days have passed after it. */
  remainingWorkingDays: number;
  /** The acceptance date art. 32 gives, once it applies (the day of receipt). */
  deemedAcceptedOn: IsoDate | null;
  fallbackYears: number[];
}

/** Where a submitted case stands under art. 32 on `today`. */
export function preReviewStatus(calendar: WorkingDayCalendar, receivedOn: IsoDate, today: IsoDate, daysBefore = PRE_REVIEW_WARNING_WORKING_DAYS): PreReviewStatus {
  const deadline = preReviewDeadline(calendar, receivedOn);
  const warn = preReviewWarningDate(calendar, receivedOn, daysBefore);
  const remaining = calendar.workingDaysBetween(today, deadline.date);
  const deemed = today > deadline.date;
  return {
    phase: deemed ? 'deemed_accepted' : today >= warn.date ? 'warning' : 'open',
    deadline: deadline.date,
    warnOn: warn.date,
    remainingWorkingDays: remaining.days,
    deemedAcceptedOn: deemed ? receivedOn : null,
    fallbackYears: mergeFallbackYears(deadline.fallbackYears, warn.fallbackYears, remaining.fallbackYears),
  };
}

/** The union of several `fallbackYears` lists, ascending. */
export function mergeFallbackYears(...lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
