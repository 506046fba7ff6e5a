/** All SQL of the working-day calendar. Every function takes the pool or a transaction. */
import { sql } from 'kysely';
import type { CalendarDay } from '@onetrip/core';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { CalendarSource } from '../../platform/db/schema.ts';

export interface YearRow {
  year: number;
  announced: boolean;
  source: CalendarSource;
  note: string | null;
  papers: string[];
  updated_by_name: string | null;
  updated_at: Date;
  holiday_count: number;
  adjusted_working_day_count: number;
}

function yearsQuery(db: DbOrTx) {
  return db.selectFrom('calendar_years as y')
    .select(['y.year', 'y.announced', 'y.source', 'y.note', 'y.papers', 'y.updated_by_name', 'y.updated_at'])
    .select([
      sql<number>`(SELECT count(*)::int FROM calendar_days d WHERE d.year = y.year AND d.kind = 'holiday')`.as('holiday_count'),
      sql<number>`(SELECT count(*)::int FROM calendar_days d WHERE d.year = y.year AND d.kind = 'adjusted_working_day')`.as('adjusted_working_day_count'),
    ]);
}

export const calendarRepository = {
  listYears(db: DbOrTx): Promise<YearRow[]> {
    return yearsQuery(db).orderBy('y.year', 'desc').execute();
  },

  findYear(db: DbOrTx, year: number): Promise<YearRow | undefined> {
    return yearsQuery(db).where('y.year', '=', year).executeTakeFirst();
  },

  /** Locks the year's row (if any) for the rest of the transaction, so two saves of one year serialise. */
  async lockYear(db: DbOrTx, year: number): Promise<boolean> {
    return (await db.selectFrom('calendar_years').select('year').where('year', '=', year).forUpdate().executeTakeFirst()) !== undefined;
  },

  async daysOfYear(db: DbOrTx, year: number): Promise<CalendarDay[]> {
    return db.selectFrom('calendar_days').select(['date', 'kind', 'name']).where('year', '=', year).orderBy('date').execute();
  },

  /** Dates among `dates` that belong to another year's arrangement. */
  async datesOfOtherYears(db: DbOrTx, year: number, dates: string[]): Promise<{ date: string; year: number }[]> {
    if (dates.length === 0) return [];
    return db.selectFrom('calendar_days').select(['date', 'year']).where('year', '<>', year).where('date', 'in', dates).execute();
  },

  /** Replaces the year's arrangement: the year row is upserted, its days deleted and inserted anew. */
  async replaceYear(db: DbOrTx, input: { year: number; source: CalendarSource; note: string | null; papers: string[]; days: readonly CalendarDay[]; updatedBy: string | null; updatedByName: string | null }): Promise<void> {
    const now = new Date();
    await db.insertInto('calendar_years')
      .values({ year: input.year, announced: true, source: input.source, note: input.note, papers: JSON.stringify(input.papers), updated_by: input.updatedBy, updated_by_name: input.updatedByName, updated_at: now })
      .onConflict((oc) => oc.column('year').doUpdateSet({ announced: true, source: input.source, note: input.note, papers: JSON.stringify(input.papers), updated_by: input.updatedBy, updated_by_name: input.updatedByName, updated_at: now }))
      .execute();
    await db.deleteFrom('calendar_days').where('year', '=', input.year).execute();
    if (input.days.length > 0) {
      await db.insertInto('calendar_days')
        .values(input.days.map((d) => ({ date: d.date, year: input.year, kind: d.kind, name: d.name, source: input.source, updated_by: input.updatedBy, updated_at: now })))
        .execute();
    }
  },

  /** Every announced year with its days: what a WorkingDayCalendar is built from. */
  async loadArrangements(db: DbOrTx): Promise<{ year: number; days: CalendarDay[] }[]> {
    const years = await db.selectFrom('calendar_years').select('year').where('announced', '=', true).execute();
    const days = await db.selectFrom('calendar_days as d').innerJoin('calendar_years as y', 'y.year', 'd.year')
      .select(['d.year', 'd.date', 'd.kind', 'd.name']).where('y.announced', '=', true).orderBy('d.date').execute();
    const byYear = new Map<number, CalendarDay[]>(years.map((y) => [y.year, []]));
    for (const d of days) byYear.get(d.year)?.push({ date: d.date, kind: d.kind, name: d.name });
    return [...byYear].map(([year, list]) => ({ year, days: list }));
  },

  /** A cheap fingerprint of the whole calendar: changes whenever any year is saved. */
  async stamp(db: DbOrTx): Promise<string> {
    const row = await db.selectFrom('calendar_years').select([sql<string>`count(*)::text || '/' || coalesce(max(updated_at)::text, '')`.as('stamp')]).executeTakeFirstOrThrow();
    return row.stamp;
  },
};
