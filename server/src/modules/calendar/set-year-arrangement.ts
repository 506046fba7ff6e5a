import { daysFromHolidayCn, normalizeArrangement, validateArrangement, type ArrangementIssueCode, type CalendarDayInput } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { FieldErrors } from '../../platform/errors/app-error.ts';
import type { ErrorCode } from '../../platform/errors/error-codes.ts';
import type { CalendarSource } from '../../platform/db/schema.ts';
import { calendarRepository as repo } from './calendar.repository.ts';
import { invalidateCalendar } from './calendar-cache.ts';
import { getCalendarYear } from './read-calendar.ts';
import type { HolidayCnBody, SetYearBody, YearDetailView } from './calendar.schemas.ts';

const ISSUE_CODES: Record<ArrangementIssueCode, ErrorCode> = {
  DATE_INVALID: 'CALENDAR_DATE_INVALID',
  DATE_OUTSIDE_YEAR: 'CALENDAR_DATE_OUTSIDE_YEAR',
  DATE_DUPLICATE: 'CALENDAR_DATE_DUPLICATE',
  DATE_BOTH_KINDS: 'CALENDAR_DATE_BOTH_KINDS',
  ADJUSTED_DAY_NOT_WEEKEND: 'CALENDAR_ADJUSTED_DAY_NOT_WEEKEND',
  HOLIDAY_NAME_REQUIRED: 'CALENDAR_HOLIDAY_NAME_REQUIRED',
};

interface ReplaceInput {
  year: number;
  days: CalendarDayInput[];
  /** JSON pointer of day `index`'s field in the request body. */
  pathOf: (index: number, field: 'date' | 'name') => string;
  source: CalendarSource;
  note: string | null;
  papers: string[];
  action: 'calendar.year_set' | 'calendar.year_imported';
}

/**
 * Replaces a year's arrangement: validated completely first (every problem reported at once, nothing changed), then
 * in one transaction with its audit event; the cached calendar is dropped after commit, so deadlines computed from
 * then on use the new arrangement.
 */
async function replaceYearArrangement(deps: Deps, ctx: RequestContext, input: ReplaceInput): Promise<YearDetailView> {
  const staff = requireStaff(ctx, 'calendar.manage');
  const errors = new FieldErrors();
  for (const issue of validateArrangement(input.year, input.days)) errors.add(input.pathOf(issue.index, issue.field), ISSUE_CODES[issue.code]);
  errors.throwIfAny();
  const arrangement = normalizeArrangement(input.year, input.days);
  await deps.db.transaction().execute(async (tx) => {
    await repo.lockYear(tx, input.year);
    const taken = new Map((await repo.datesOfOtherYears(tx, input.year, arrangement.days.map((d) => d.date))).map((r) => [r.date, r.year]));
    input.days.forEach((d, index) => {
      const other = taken.get(d.date);
      if (other !== undefined) {
        errors.add(input.pathOf(index, 'date'), 'CALENDAR_DATE_IN_OTHER_YEAR', { zh: `该日期已属于 ${other} 年的节假日安排`, en: `The date already belongs to the arrangement of ${other}` });
      }
    });
    errors.throwIfAny();
    const before = await repo.findYear(tx, input.year);
    const beforeDays = before ? await repo.daysOfYear(tx, input.year) : [];
    await repo.replaceYear(tx, { year: input.year, source: input.source, note: input.note, papers: input.papers, days: arrangement.days, updatedBy: staff.id, updatedByName: staff.username });
    const key = (d: { date: string; kind: string; name: string | null }) => `${d.date} ${d.kind} ${d.name ?? ''}`;
    const beforeKeys = new Set(beforeDays.map(key));
    const afterKeys = new Set(arrangement.days.map(key));
    await recordAudit(tx, auditContextOf(ctx), {
      action: input.action, subjectType: 'calendar_year', subjectId: String(input.year),
      summary: {
        before: before ? { source: before.source, holidays: before.holiday_count, adjustedWorkingDays: before.adjusted_working_day_count } : null,
        after: { source: input.source, holidays: arrangement.days.filter((d) => d.kind === 'holiday').length, adjustedWorkingDays: arrangement.days.filter((d) => d.kind === 'adjusted_working_day').length },
        removed: [...beforeKeys].filter((k) => !afterKeys.has(k)),
        added: [...afterKeys].filter((k) => !beforeKeys.has(k)),
      },
    });
  });
  invalidateCalendar(deps.db);
  return getCalendarYear(deps, ctx, input.year);
}

/** A centre administrator enters the complete arrangement of a year (holidays with names, adjusted working days). */
export function setYearArrangement(deps: Deps, ctx: RequestContext, year: number, body: SetYearBody): Promise<YearDetailView> {
  const days: CalendarDayInput[] = [
    ...body.holidays.map((h) => ({ date: h.date, kind: 'holiday' as const, name: h.name })),
    ...body.adjustedWorkingDays.map((w) => ({ date: w.date, kind: 'adjusted_working_day' as const, name: w.name ?? null })),
  ];
  const holidayCount = body.holidays.length;
  return replaceYearArrangement(deps, ctx, {
    year, days, source: 'manual', note: body.note?.trim() || null, papers: [], action: 'calendar.year_set',
    pathOf: (index, field) => (index < holidayCount ? `/holidays/${index}/${field}` : `/adjustedWorkingDays/${index - holidayCount}/${field}`),
  });
}

/** Imports one year in holiday-cn's JSON format; the same rules as entering it by hand. */
export function importHolidayCnYear(deps: Deps, ctx: RequestContext, body: HolidayCnBody): Promise<YearDetailView> {
  const papers = body.papers ?? [];
  return replaceYearArrangement(deps, ctx, {
    year: body.year, days: daysFromHolidayCn(body), source: 'holiday-cn', note: null, papers, action: 'calendar.year_imported',
    pathOf: (index, field) => `/days/${index}/${field}`,
  });
}
