/**
 * The working-day calendar as other modules use it: `await calendarOf(deps.db)` gives a core WorkingDayCalendar
 * built from the database. It is cached per database (per Kysely instance). A change made through this process
 * (`invalidateCalendar`, called by the use-cases after commit) is seen by the next call; a change made by another
 * process is noticed within RECHECK_MS, when a cheap fingerprint query (count and latest change of calendar_years)
 * shows it.
 */
import { WorkingDayCalendar } from '@onetrip/core';
import type { Db } from '../../platform/db/database.ts';
import { calendarRepository as repo } from './calendar.repository.ts';

const RECHECK_MS = 5_000;

interface Loaded {
  calendar: WorkingDayCalendar;
  stamp: string;
  checkedAt: number;
}

interface Entry {
  /** Bumped by every invalidation, so a load that started before it does not store stale data. */
  generation: number;
  loaded: Loaded | null;
  pending: Promise<Loaded> | null;
}

const entries = new WeakMap<Db, Entry>();

function entryOf(db: Db): Entry {
  let entry = entries.get(db);
  if (!entry) {
    entry = { generation: 0, loaded: null, pending: null };
    entries.set(db, entry);
  }
  return entry;
}

function load(db: Db, entry: Entry): Promise<Loaded> {
  if (entry.pending) return entry.pending;
  const generation = entry.generation;
  const pending = (async () => {
    // Fingerprint first: a change committed between the two reads makes the next check reload, never the reverse.
    const stamp = await repo.stamp(db);
    const loaded = { calendar: new WorkingDayCalendar(await repo.loadArrangements(db)), stamp, checkedAt: Date.now() };
    if (entry.generation === generation) entry.loaded = loaded;
    return loaded;
  })().finally(() => {
    if (entry.pending === pending) entry.pending = null;
  });
  entry.pending = pending;
  return pending;
}

/** The current working-day calendar of this database. */
export async function calendarOf(db: Db): Promise<WorkingDayCalendar> {
  const entry = entryOf(db);
  const loaded = entry.loaded;
  if (loaded) {
    if (Date.now() - loaded.checkedAt < RECHECK_MS) return loaded.calendar;
    const generation = entry.generation;
    if ((await repo.stamp(db)) === loaded.stamp && entry.generation === generation) {
      loaded.checkedAt = Date.now();
      return loaded.calendar;
    }
  }
  return (await load(db, entry)).calendar;
}

/** Drops the cached calendar; the next `calendarOf` reloads. Call after committing a change. */
export function invalidateCalendar(db: Db): void {
  const entry = entryOf(db);
  entry.generation += 1;
  entry.loaded = null;
  entry.pending = null;
}
