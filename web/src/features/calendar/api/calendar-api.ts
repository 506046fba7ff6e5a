import type { CalendarDayKind } from '@onetrip/core';
import { api } from '../../../lib/api-client.ts';

export interface CalendarDayView {
  date: string;
  kind: CalendarDayKind;
  name: string | null;
}

export interface CalendarYearSummary {
  year: number;
  announced: boolean;
  source: 'chinese-days' | 'holiday-cn' | 'manual' | null;
  note: string | null;
  papers: string[];
  holidayCount: number;
  adjustedWorkingDayCount: number;
  updatedByName: string | null;
  updatedAt: string | null;
}

export type CalendarYearDetail = CalendarYearSummary & { days: CalendarDayView[] };

export interface CalendarStatus {
  today: string;
  years: { year: number; announced: boolean }[];
  missingYears: number[];
  warningYears: number[];
  firstYear: number | null;
  lastYear: number | null;
}

export interface SetYearInput {
  holidays: { date: string; name: string }[];
  adjustedWorkingDays: { date: string; name?: string | null }[];
  note?: string | null;
}

/** holiday-cn's file format (one year). */
export interface HolidayCnInput {
  year: number;
  papers?: string[];
  days: { name: string; date: string; isOffDay: boolean }[];
}

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
  status: ['calendar', 'status'] as const,
};

export function fetchCalendarYears(signal?: AbortSignal): Promise<{ items: CalendarYearSummary[] }> {
  return api.get<{ items: CalendarYearSummary[] }>('/calendar/years', undefined, signal);
}

export function fetchCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYearDetail> {
  return api.get<CalendarYearDetail>(`/calendar/years/${year}`, undefined, signal);
}

export function fetchCalendarStatus(signal?: AbortSignal): Promise<CalendarStatus> {
  return api.get<CalendarStatus>('/calendar/status', undefined, signal);
}

export function setCalendarYear({ year, ...input }: SetYearInput & { year: number }): Promise<CalendarYearDetail> {
  return api.put<CalendarYearDetail>(`/calendar/years/${year}`, input);
}

export function importHolidayCn(input: HolidayCnInput): Promise<CalendarYearDetail> {
  return api.post<CalendarYearDetail>('/calendar/import', input);
}
