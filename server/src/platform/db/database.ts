import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** A repository function accepts either the pool or a transaction. */
export type DbOrTx = Db | Tx;

// bigint ids (audit) as strings; timestamps stay Date.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);
// A `date` column is a calendar day, not an instant: keep it as the 'YYYY-MM-DD' text PostgreSQL sends. pg's default
// makes it a Date at the server's local midnight, which toISOString() turns into the previous day east of Greenwich.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

const connectionStrings = new WeakMap<Db, string>();

/** The connection string a Db was created with (for a component that needs connections of its own). */
export function connectionStringOf(db: Db): string | undefined {
  return connectionStrings.get(db);
}

/** Named statements one connection keeps at most; beyond it further new statements go unnamed (parsed each time). */
export const MAX_PREPARED_PER_CONNECTION = 500;

const statementNames = new Map<string, string>();

/** A stable name for a statement text (`q_` + 24 hex characters of its SHA-1): the same text, the same name. */
function statementNameOf(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (statementNames.size >= 20_000) statementNames.clear();
    statementNames.set(text, name);
  }
  return name;
}

/**
 * A pg client that sends every parameterised statement as a named prepared statement: PostgreSQL parses and plans it
 * once per connection (plan cache: custom plans first, a generic one where it is no worse) instead of on every call,
 * which was most of its CPU per query on the hot paths. Statements without parameters (BEGIN, COMMIT, migrations'
 * multi-statement scripts) keep the simple protocol. Bounded per connection (`MAX_PREPARED_PER_CONNECTION`).
 * Not for a pooler in transaction mode (PgBouncer before 1.21 without `max_prepared_statements`): switch off with
 * `DB_PREPARED_STATEMENTS=false`.
 */
class PreparingClient extends pg.Client {}
/** Per connection: the names it has prepared, and a generation that renames them all after a schema change. */
const preparedByClient = new WeakMap<pg.Client, { names: Set<string>; generation: number }>();
type QueryMethod = (this: pg.Client, ...args: unknown[]) => unknown;
/** pg's own query, looked up at call time (a wrapper installed later, e.g. a benchmark's statement counter, sees ours). */
const pgQuery = (self: pg.Client, args: unknown[]): unknown => (pg.Client.prototype.query as unknown as QueryMethod).apply(self, args);
(PreparingClient.prototype as unknown as { query: QueryMethod }).query = function query(this: pg.Client, ...args: unknown[]) {
  const [text, values, callback] = args;
  if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
    const state = preparedByClient.get(this) ?? { names: new Set<string>(), generation: 0 };
    preparedByClient.set(this, state);
    const name = state.generation === 0 ? statementNameOf(text) : `${statementNameOf(text)}_${state.generation}`;
    if (state.names.has(name) || state.names.size < MAX_PREPARED_PER_CONNECTION) {
      state.names.add(name);
      return (pgQuery(this, [{ name, text, values }]) as Promise<unknown>).catch((error: unknown) => {
        // "cached plan must not change result type": a migration changed a table under a prepared `SELECT *`. The
        // statement fails once; the connection then prepares everything afresh under new names (no DEALLOCATE: it
        // would fail inside the aborted transaction).
        if ((error as { code?: unknown }).code === '0A000' && /cached plan must not change result type/.test(String((error as { message?: unknown }).message))) {
          state.generation += 1;
          state.names.clear();
        }
        throw error;
      });
    }
  }
  return pgQuery(this, args);
};

export interface CreateDbOptions {
  max?: number;
  allowExitOnIdle?: boolean;
  /** Named prepared statements for parameterised queries (default true; `DB_PREPARED_STATEMENTS`). */
  preparedStatements?: boolean;
}

export function createDb(connectionString: string, options: CreateDbOptions = {}): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString, max: options.max ?? 10, application_name: 'onetrip',
    ...(options.allowExitOnIdle ? { allowExitOnIdle: true } : {}),
    ...(options.preparedStatements === false ? {} : { Client: PreparingClient }),
  });
  // An idle client can lose its connection (database restart, shutdown); pg then emits 'error' on the pool, which
  // would crash the process if nobody listened. The pool replaces the client on next use.
  pool.on('error', (err) => {
    process.stderr.write(`[onetrip] idle database connection closed: ${err.message}\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  connectionStrings.set(db, connectionString);
  return { db, pool };
}
