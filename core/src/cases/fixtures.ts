/**
 * Test data for the case rules: the real 2026 working-day arrangement and a three-step implementation. Used by the
 * tests only (not exported from the package).
 */
import { dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date.ts';
import { WorkingDayCalendar, type CalendarDay, type YearArrangement } from '../calendar/working-day-calendar.ts';
import type { CaseImplementation } from './case-state.ts';

function run(name: string, from: string, to: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let d = dayNumberOf(from); d <= dayNumberOf(to); d += 1) days.push({ date: isoDateOfDayNumber(d), kind: 'holiday', name });
  return days;
}
const work = (date: string, name: string): CalendarDay => ({ date, kind: 'adjusted_working_day', name });

/** The State Council's 2026 arrangement (国办发明电〔2025〕7号), as in core/src/calendar's tests and chinese-days 1.5.7. */
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

/** A promised item: review (clerk) → check with countersigning (approver) → decide (approver); two special procedures. */
export function promisedImplementation(): CaseImplementation {
  return {
    caseKind: 'promised',
    process: [
      { key: 'review', name: '审查', role: 'clerk', limit: { value: 3, unit: 'working_days' } },
      { key: 'check', name: '审核', role: 'approver', limit: { value: 2, unit: 'working_days' }, countersign: true },
      { key: 'decide', name: '决定', role: 'approver', limit: { value: 2, unit: 'working_days' } },
    ],
    specialProcedures: ['site_inspection', 'expert_review'],
    allowsCommitment: true,
  };
}

/** An immediate item (即办件): one decision step, concluded at the window. */
export function immediateImplementation(): CaseImplementation {
  return {
    caseKind: 'immediate',
    process: [{ key: 'decide', name: '决定', role: 'clerk', limit: { value: 0, unit: 'working_days' } }],
    specialProcedures: [],
    allowsCommitment: false,
  };
}
