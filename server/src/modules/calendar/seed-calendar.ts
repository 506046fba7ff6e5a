/**
 * Reference data, loaded on every start whatever SEED_DEMO_DATA says: each year the `chinese-days` package knows
 * (2004–2026 in 1.5.7) that the database has no arrangement for yet. A year already present — seeded earlier, or
 * entered by an administrator — is never touched, so the call is idempotent and an administrator's corrections win.
 */
import { createRequire } from 'node:module';
import { arrangementYearOf, validateArrangement, type CalendarDay, type YearArrangement } from '@onetrip/core';
import type { Db } from '../../platform/db/database.ts';
import { recordAudit, SYSTEM_CONTEXT } from '../../platform/audit/audit-log.ts';

/** The package's data file: date → "English name,中文名,days" for holidays and adjusted working days ("workdays"). */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);

export function chineseDaysVersion(): string {
  return (require('chinese-days/package.json') as { version: string }).version;
}

/** The package's data grouped into arrangements by notice year (December 元旦 days belong to the next year). */
export function chineseDaysArrangements(): YearArrangement[] {
  // Under Node ESM only the package's default export works, and it exposes no raw data; its JSON file has it all.
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const byYear = new Map<number, CalendarDay[]>();
  const add = (date: string, value: string, kind: CalendarDay['kind']) => {
    const name = value.split(',')[1] ?? null;
    const year = arrangementYearOf(date, name);
    const list = byYear.get(year) ?? [];
    list.push({ date, kind, name });
    byYear.set(year, list);
  };
  for (const [date, value] of Object.entries(data.holidays)) add(date, value, 'holiday');
  for (const [date, value] of Object.entries(data.workdays)) add(date, value, 'adjusted_working_day');
  return [...byYear].sort(([a], [b]) => a - b).map(([year, days]) => ({ year, days: days.sort((x, y) => (x.date < y.date ? -1 : 1)) }));
}

/** Loads the years missing from the database; returns the years added. */
export async function seedCalendarFromChineseDays(db: Db): Promise<number[]> {
  const arrangements = chineseDaysArrangements();
  for (const a of arrangements) {
    const issues = validateArrangement(a.year, a.days);
    if (issues.length > 0) throw new Error(`chinese-days ${chineseDaysVersion()}: arrangement ${a.year} is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  }
  const present = new Set((await db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year));
  const missing = arrangements.filter((a) => !present.has(a.year));
  if (missing.length === 0) return [];
  const version = chineseDaysVersion();
  return db.transaction().execute(async (tx) => {
    const added: number[] = [];
    for (const a of missing) {
      // Re-checked under the transaction so two starting processes cannot both load a year.
      const inserted = await tx.insertInto('calendar_years')
        .values({ year: a.year, source: 'chinese-days', note: `chinese-days ${version}`, updated_by: null, updated_by_name: null })
        .onConflict((oc) => oc.column('year').doNothing()).returning('year').executeTakeFirst();
      if (!inserted) continue;
      // A date an administrator already put in a neighbouring year's arrangement keeps that entry.
      await tx.insertInto('calendar_days')
        .values(a.days.map((d) => ({ date: d.date, year: a.year, kind: d.kind, name: d.name, source: 'chinese-days' as const, updated_by: null })))
        .onConflict((oc) => oc.column('date').doNothing()).execute();
      added.push(a.year);
    }
    if (added.length > 0) {
      await recordAudit(tx, SYSTEM_CONTEXT, { action: 'calendar.seeded', subjectType: 'calendar', subjectId: null, summary: { source: `chinese-days ${version}`, years: added } });
    }
    return added;
  });
}
