/**
 * Keeps each process's in-memory search index (catalog-search-index.ts) in step with PostgreSQL.
 *
 * - First use (or start-up warm-up): every published implementation with a search vector is loaded.
 * - Then, before answering, when this process changed something public (markSearchIndexStale, called by the
 *   publication use-cases after commit) or SYNC_INTERVAL_MS has passed: the rows whose `search_updated_at` (set by a
 *   trigger, migration 0006) is later than the previous look minus OVERLAP_MS are read again and upserted or
 *   removed. The overlap covers transactions that stamped a row before the previous look but committed after it.
 * - Every FULL_RELOAD_MS a complete reload is built in the background and swapped in (department and region names,
 *   anything a missed update left behind).
 * So this process sees its own publications at once and other processes' within SYNC_INTERVAL_MS.
 */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { CatalogSearchIndex, parseTsvector, type SearchDocument } from './catalog-search-index.ts';

const SYNC_INTERVAL_MS = 2_000;
const OVERLAP_MS = 60_000;
const FULL_RELOAD_MS = 15 * 60_000;

export interface SearchState {
  index: CatalogSearchIndex;
  departmentNames: Map<string, string>;
  regionNames: Map<string, string>;
  /** Database time of the previous look. */
  lookedAt: Date;
  syncedAtMs: number;
  loadedAtMs: number;
  stale: boolean;
  /** search_updated_at of each indexed row, to skip rows re-read in the overlap that did not change. */
  stamps: Map<string, number>;
}

interface Entry {
  state: SearchState | null;
  pending: Promise<SearchState> | null;
  reloading: boolean;
}

const entries = new WeakMap<object, Entry>();

function entryOf(db: Db): Entry {
  let entry = entries.get(db);
  if (!entry) entries.set(db, (entry = { state: null, pending: null, reloading: false }));
  return entry;
}

interface Row {
  id: string; code: string; name: string; level: number; basic_code: string; type_code: string; department_id: string; region_code: string;
  publication_status: string; vector: string | null; search_updated_at: Date; case_kind: string | null; online_depth: string | null; trips: string | null;
  audiences: string[] | null; themes: string[] | null;
}

function rowsQuery(db: Db, since: Date | null, ids?: string[]) {
  const q = db.selectFrom('implementations as i')
    .innerJoin('basic_items as b', 'b.code', 'i.basic_code')
    .leftJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
    .select(['i.id', 'i.code', 'i.name', 'i.level', 'i.basic_code', 'b.type_code', 'i.department_id', 'i.region_code', 'i.publication_status', 'i.search_updated_at',
      sql<string | null>`i.search_vector::text`.as('vector'),
      (eb) => eb.ref('v.content', '->>').key('caseKind').as('case_kind'),
      (eb) => eb.ref('v.content', '->>').key('onlineDepth').as('online_depth'),
      (eb) => eb.ref('v.content', '->>').key('tripsToSite').as('trips'),
      (eb) => eb.ref('v.content', '->').key('audiences').as('audiences'),
      (eb) => eb.ref('v.content', '->').key('themes').as('themes'),
    ]);
  if (ids) return q.where('i.id', 'in', ids);
  return since === null ? q.where('i.publication_status', '=', 'published') : q.where('i.search_updated_at', '>', since);
}

function toDocument(row: Row): SearchDocument | null {
  if (row.publication_status !== 'published' || row.vector === null || row.case_kind === null) return null;
  return {
    id: row.id, code: row.code, name: row.name, level: row.level, basicCode: row.basic_code, typeCode: row.type_code, departmentId: row.department_id,
    regionCode: row.region_code, caseKind: row.case_kind, onlineDepth: Number(row.online_depth), tripsToSite: Number(row.trips),
    audiences: row.audiences ?? [], themes: row.themes ?? [], lexemes: parseTsvector(row.vector),
  };
}

async function databaseNow(db: Db): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`SELECT clock_timestamp() AS now`.execute(db);
  return rows[0]!.now;
}

async function names(db: Db) {
  const [departments, regions] = await Promise.all([
    db.selectFrom('departments').select(['id', 'name']).execute(),
    db.selectFrom('regions').select(['code', 'name']).execute(),
  ]);
  return { departmentNames: new Map(departments.map((d) => [d.id, d.name])), regionNames: new Map(regions.map((r) => [r.code, r.name])) };
}

async function loadAll(db: Db): Promise<SearchState> {
  const lookedAt = await databaseNow(db);
  const [rows, labels] = await Promise.all([rowsQuery(db, null).execute() as Promise<Row[]>, names(db)]);
  const stamps = new Map<string, number>();
  const docs: SearchDocument[] = [];
  for (const row of rows) {
    const doc = toDocument(row);
    if (!doc) continue;
    docs.push(doc);
    stamps.set(row.id, row.search_updated_at.getTime());
  }
  const now = Date.now();
  return { index: new CatalogSearchIndex(docs), ...labels, lookedAt, syncedAtMs: now, loadedAtMs: now, stale: false, stamps };
}

async function applyChanges(db: Db, state: SearchState): Promise<SearchState> {
  const lookedAt = await databaseNow(db);
  const since = new Date(state.lookedAt.getTime() - OVERLAP_MS);
  // Stamps first (a narrow index scan): rows re-read in the overlap that did not change cost nothing more.
  const stamps = await db.selectFrom('implementations').select(['id', 'search_updated_at']).where('search_updated_at', '>', since).execute();
  const changed = stamps.filter((r) => state.stamps.get(r.id) !== r.search_updated_at.getTime()).map((r) => r.id);
  let unknownLabel = false;
  for (let i = 0; i < changed.length; i += 1_000) {
    const rows = (await rowsQuery(db, null, changed.slice(i, i + 1_000)).execute()) as Row[];
    for (const row of rows) {
      const doc = toDocument(row);
      if (doc) {
        state.index.upsert(doc);
        if (!state.departmentNames.has(doc.departmentId) || !state.regionNames.has(doc.regionCode)) unknownLabel = true;
      } else {
        state.index.remove(row.id);
      }
      state.stamps.set(row.id, row.search_updated_at.getTime());
    }
  }
  if (unknownLabel) Object.assign(state, await names(db));
  state.lookedAt = lookedAt;
  state.syncedAtMs = Date.now();
  return state;
}

function sync(db: Db, entry: Entry): Promise<SearchState> {
  // One load or sync at a time per database; concurrent callers share it.
  entry.pending ??= (async () => {
    try {
      if (!entry.state) {
        entry.state = await loadAll(db);
      } else {
        const state = entry.state;
        const wasStale = state.stale;
        state.stale = false;
        try {
          await applyChanges(db, state);
        } catch (error) {
          state.stale ||= wasStale;
          throw error;
        }
      }
      return entry.state;
    } finally {
      entry.pending = null;
    }
  })();
  return entry.pending;
}

/**
 * The index of the published catalogue. Waits for a load (first use) or for a sync when this process changed
 * something public (read-your-writes); a periodic sync for other processes' changes runs in the background while
 * the current index keeps answering.
 */
export async function searchIndexOf(db: Db): Promise<SearchState> {
  const entry = entryOf(db);
  const state = entry.state;
  if (!state || state.stale) return sync(db, entry);
  if (Date.now() - state.syncedAtMs >= SYNC_INTERVAL_MS && !entry.pending) {
    sync(db, entry).catch(() => {
      // Keep answering from the current index; the next request tries again.
    });
  }
  if (Date.now() - state.loadedAtMs > FULL_RELOAD_MS) reloadInBackground(db, entry);
  return entry.state ?? state;
}

function reloadInBackground(db: Db, entry: Entry): void {
  if (entry.reloading) return;
  entry.reloading = true;
  void loadAll(db)
    .then((fresh) => {
      // Changes this process made while loading are picked up by the next sync (the load looked before them).
      fresh.stale = entry.state?.stale ?? false;
      entry.state = fresh;
    })
    .catch(() => {
      // Keep serving the current index; the next interval tries again.
      if (entry.state) entry.state.loadedAtMs = Date.now();
    })
    .finally(() => {
      entry.reloading = false;
    });
}

/** Called after this process commits a change the public sees: the next search syncs first. */
export function markSearchIndexStale(db: object): void {
  const state = entries.get(db)?.state;
  if (state) state.stale = true;
}

/** Brings the index up to date now (start-up warm-up, tests, operators' tools). */
export async function refreshSearchIndex(db: Db): Promise<SearchState> {
  return sync(db, entryOf(db));
}

/** Loads the index ahead of the first search (start-up), so no citizen waits for it. */
export async function warmSearchIndex(db: Db): Promise<number> {
  return (await searchIndexOf(db)).index.size;
}
