import { sql, type Kysely } from 'kysely';

/**
 * The working-day calendar (工作日历): per year, the State Council's arrangement of statutory holidays and adjusted
 * working days (调休上班日). Days not listed follow Monday–Friday. A year without a `calendar_years` row has no
 * arrangement yet, and the platform falls back to Monday–Friday for it with a warning to administrators.
 *
 * `calendar_days.year` is the arrangement (notice) year, which is not always the date's year: the notice for year Y may
 * move days of the preceding December around New Year's Day (2012: Saturday 2011-12-31 worked).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_years (
      year integer PRIMARY KEY CHECK (year BETWEEN 1949 AND 9999),
      announced boolean NOT NULL DEFAULT true,
      source text NOT NULL CHECK (source IN ('chinese-days','holiday-cn','manual')),
      note text CHECK (note IS NULL OR length(note) <= 500),
      -- holiday-cn's "papers": the State Council notices the arrangement was taken from
      papers jsonb NOT NULL DEFAULT '[]',
      -- NULL: loaded by the system (seeded from the chinese-days package)
      updated_by uuid REFERENCES staff_users(id),
      updated_by_name text,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE calendar_days (
      date date PRIMARY KEY,
      year integer NOT NULL REFERENCES calendar_years(year) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('holiday','adjusted_working_day')),
      name text CHECK (name IS NULL OR length(name) BETWEEN 1 AND 100),
      source text NOT NULL CHECK (source IN ('chinese-days','holiday-cn','manual')),
      updated_by uuid REFERENCES staff_users(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'holiday' OR name IS NOT NULL),
      -- an adjusted working day is a Saturday or Sunday (a weekday is a working day anyway)
      CHECK (kind <> 'adjusted_working_day' OR extract(isodow FROM date) IN (6, 7)),
      CHECK (date BETWEEN make_date(year - 1, 12, 1) AND make_date(year, 12, 31))
    );
    CREATE INDEX calendar_days_year_idx ON calendar_days (year, date);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE calendar_days; DROP TABLE calendar_years`.execute(db);
}
