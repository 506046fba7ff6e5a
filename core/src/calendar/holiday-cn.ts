/**
 * The holiday-cn data format (github.com/NateScarlet/holiday-cn, one JSON file per year, scraped from the State
 * Council's notices): `{ year, papers: [notice URLs], days: [{ name, date, isOffDay }] }`. `isOffDay: true` is a
 * holiday, `false` an adjusted working day. As holiday-cn notes, `year` is the year of the notice, so a file may hold
 * days of the preceding December (2012.json lists 2011-12-31).
 */
import type { CalendarDayInput } from './working-day-calendar.ts';

export interface HolidayCnFile {
  year: number;
  papers?: string[] | undefined;
  days: { name: string; date: string; isOffDay: boolean }[];
}

/** The days of a holiday-cn file, in the file's order (so an issue's index is the index in `days`). */
export function daysFromHolidayCn(file: HolidayCnFile): CalendarDayInput[] {
  return file.days.map((d) => ({ date: d.date, kind: d.isOffDay ? 'holiday' : 'adjusted_working_day', name: d.name }));
}

/** The inverse, for exporting a year in the same format. */
export function holidayCnOf(year: number, days: readonly { date: string; kind: 'holiday' | 'adjusted_working_day'; name: string | null }[], papers: string[] = []): HolidayCnFile {
  return { year, papers, days: days.map((d) => ({ name: d.name ?? '', date: d.date, isOffDay: d.kind === 'holiday' })) };
}
