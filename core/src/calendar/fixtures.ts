/**
 * Test data for calendar arithmetic (tests only; not exported from the package): the State Council's 2026
 * arrangement (国办发明电〔2025〕7号) as the chinese-days package 1.5.7 lists it; the server's tests check that the
 * seeded calendar agrees with the package day by day.
 */
import { dayNumberOf, isoDateOfDayNumber } from './iso-date.ts';
import { WorkingDayCalendar, type CalendarDay, type YearArrangement } from './working-day-calendar.ts';

/** Every day from `from` to `to` as a holiday called `name`. */
export function holidayRun(name: string, from: string, to: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let d = dayNumberOf(from); d <= dayNumberOf(to); d += 1) days.push({ date: isoDateOfDayNumber(d), kind: 'holiday', name });
  return days;
}

export const adjustedWorkingDay = (date: string, name: string): CalendarDay => ({ date, kind: 'adjusted_working_day', name });

const run = holidayRun;
const work = adjustedWorkingDay;
export const ARRANGEMENT_2026: YearArrangement = {
  year: 2026,
  days: [
    ...run('元旦', '2026-01-01', '2026-01-03'), work('2026-01-04', '元旦'),
    work('2026-02-14', '春节'), ...run('春节', '2026-02-15', '2026-02-23'), work('2026-02-28', '春节'),
    ...run('清明', '2026-04-04', '2026-04-06'),
    ...run('劳动节', '2026-05-01', '2026-05-05'), work('2026-05-09', '劳动节'),
    ...run('端午', '2026-06-19', '2026-06-21'),
    work('2026-09-20', '国庆节'), ...run('中秋', '2026-09-25', '2026-09-27'),
    ...run('国庆节', '2026-10-01', '2026-10-07'), work('2026-10-10', '国庆节'),
  ],
};

export const CALENDAR_2026 = new WorkingDayCalendar([ARRANGEMENT_2026]);
