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

export function createDb(connectionString: string, options: { max?: number; allowExitOnIdle?: boolean } = {}): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, application_name: 'onetrip', ...(options.allowExitOnIdle ? { allowExitOnIdle: true } : {}) });
  // An idle client can lose its connection (database restart, shutdown); pg then emits 'error' on the pool, which
  // would crash the process if nobody listened. The pool replaces the client on next use.
  pool.on('error', (err) => {
    process.stderr.write(`[onetrip] idle database connection closed: ${err.message}\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  connectionStrings.set(db, connectionString);
  return { db, pool };
}
