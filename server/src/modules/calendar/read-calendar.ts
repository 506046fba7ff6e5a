import { chinaDateOf, isIsoDate } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { calendarRepository as repo, type YearRow } from './calendar.repository.ts';
import { calendarOf } from './calendar-cache.ts';
import type { CalendarStatusView, WorkingDaysView, YearDetailView, YearSummaryView } from './calendar.schemas.ts';

export function toYearSummary(row: YearRow): YearSummaryView {
  return {
    year: row.year, announced: row.announced, source: row.source, note: row.note, papers: row.papers,
    holidayCount: row.holiday_count, adjustedWorkingDayCount: row.adjusted_working_day_count,
    updatedByName: row.updated_by_name, updatedAt: row.updated_at.toISOString(),
  };
}

/** Every year with an arrangement, newest first. Any staff user may read the calendar. */
export async function listCalendarYears(deps: Deps, ctx: RequestContext): Promise<YearSummaryView[]> {
  requireStaff(ctx);
  return (await repo.listYears(deps.db)).map(toYearSummary);
}

/** One year's days; a year without an arrangement answers `announced: false` and no days (Monday–Friday). */
export async function getCalendarYear(deps: Deps, ctx: RequestContext, year: number): Promise<YearDetailView> {
  requireStaff(ctx);
  const row = await repo.findYear(deps.db, year);
  if (!row) {
    return { year, announced: false, source: null, note: null, papers: [], holidayCount: 0, adjustedWorkingDayCount: 0, updatedByName: null, updatedAt: null, days: [] };
  }
  return { ...toYearSummary(row), days: await repo.daysOfYear(deps.db, year) };
}

/**
 * Years in use without an arrangement, for the administrators' warning. This year is warned about whenever it is
 * missing; next year from 1 November on, because the State Council announces it in November or December and cases
 * accepted from then on often run into it. Before that the answer still lists it in `missingYears`.
 */
export async function calendarStatus(deps: Deps, ctx: RequestContext, query: { asOf?: string | undefined }): Promise<CalendarStatusView> {
  requireStaff(ctx);
  if (query.asOf !== undefined && !isIsoDate(query.asOf)) throw AppError.validation([{ path: '/asOf', code: 'CALENDAR_DATE_INVALID' }]);
  const today = query.asOf ?? chinaDateOf(new Date());
  const thisYear = Number(today.slice(0, 4));
  const calendar = await calendarOf(deps.db);
  const years = [thisYear, thisYear + 1].map((year) => ({ year, announced: calendar.hasArrangement(year) }));
  const missingYears = years.filter((y) => !y.announced).map((y) => y.year);
  const warningYears = missingYears.filter((y) => y === thisYear || today >= `${thisYear}-11-01`);
  const announced = calendar.announcedYears;
  return { today, years, missingYears, warningYears, firstYear: announced[0] ?? null, lastYear: announced.at(-1) ?? null };
}

/** The deadline `days` working days after `from` (default: today in China). Public: no personal data involved. */
export async function computeWorkingDays(deps: Deps, query: { from?: string | undefined; days: number }): Promise<WorkingDaysView> {
  if (query.from !== undefined && !isIsoDate(query.from)) throw AppError.validation([{ path: '/from', code: 'CALENDAR_DATE_INVALID' }]);
  const from = query.from ?? chinaDateOf(new Date());
  const result = (await calendarOf(deps.db)).addWorkingDays(from, query.days);
  return { from, days: query.days, deadline: result.date, fallbackYears: result.fallbackYears };
}
