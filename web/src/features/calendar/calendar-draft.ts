/**
 * Pure helpers of the calendar page: the year grid, the editable list of days and reading a pasted holiday-cn file.
 * The rules themselves (dates inside the year, adjusted working days on weekends …) come from core, as on the server.
 */
import { dayNumberOf, dayOfWeek, isIsoDate, isoDateOfDayNumber, validateArrangement, type ArrangementIssue, type CalendarDayKind } from '@onetrip/core';
import type { CalendarDayView, HolidayCnInput, SetYearInput } from './api/calendar-api.ts';

export interface DraftDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** One month as rows of 7 cells, Monday first (the Chinese calendar convention); null pads the edges. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const start = dayNumberOf(first);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (dayOfWeek(first) + 6) % 7; // Monday = 0
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => isoDateOfDayNumber(start + i))];
  while (cells.length % 7 !== 0) cells.push(null);
  const rows: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
  return rows;
}

export function draftOf(days: readonly CalendarDayView[]): DraftDay[] {
  return days.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? '' }));
}

export function sortDraft(days: readonly DraftDay[]): DraftDay[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : 1));
}

/** The PUT body; `order` maps each body entry back to its row in the draft (for the server's field errors). */
export function setYearInputOf(days: readonly DraftDay[], note: string): { input: SetYearInput; rowOfPath: (path: string) => number | null } {
  const holidays = days.map((d, row) => ({ d, row })).filter((x) => x.d.kind === 'holiday');
  const worked = days.map((d, row) => ({ d, row })).filter((x) => x.d.kind === 'adjusted_working_day');
  return {
    input: {
      holidays: holidays.map(({ d }) => ({ date: d.date, name: d.name.trim() })),
      adjustedWorkingDays: worked.map(({ d }) => ({ date: d.date, name: d.name.trim() || null })),
      note: note.trim() || null,
    },
    rowOfPath: (path) => {
      const m = /^\/(holidays|adjustedWorkingDays)\/(\d+)\//.exec(path);
      if (!m) return null;
      const list = m[1] === 'holidays' ? holidays : worked;
      return list[Number(m[2])]?.row ?? null;
    },
  };
}

/** Problems found in the browser before anything is sent (the same rules the server applies). */
export function draftIssues(year: number, days: readonly DraftDay[]): ArrangementIssue[] {
  return validateArrangement(year, days);
}

export type HolidayCnParse = { ok: true; file: HolidayCnInput } | { ok: false; reason: 'json' | 'shape' };

/** Reads pasted or uploaded holiday-cn JSON; the server validates the days themselves. */
export function parseHolidayCn(text: string): HolidayCnParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'shape' };
  const { year, papers, days } = value as Record<string, unknown>;
  if (typeof year !== 'number' || !Number.isInteger(year) || !Array.isArray(days)) return { ok: false, reason: 'shape' };
  const parsedDays: HolidayCnInput['days'] = [];
  for (const d of days as unknown[]) {
    if (typeof d !== 'object' || d === null) return { ok: false, reason: 'shape' };
    const { name, date, isOffDay } = d as Record<string, unknown>;
    if (typeof name !== 'string' || typeof date !== 'string' || typeof isOffDay !== 'boolean') return { ok: false, reason: 'shape' };
    parsedDays.push({ name, date, isOffDay });
  }
  const paperList = Array.isArray(papers) ? papers.filter((p): p is string => typeof p === 'string') : [];
  return { ok: true, file: { year, papers: paperList, days: parsedDays } };
}

/** True for a date string the editor can place in the grid. */
export function isEditableDate(value: string): boolean {
  return isIsoDate(value);
}
