/**
 * Named prepared statements (database.ts): parameterised queries are parsed once per connection, the switch turns
 * them off, a connection keeps at most MAX_PREPARED_PER_CONNECTION, and a table changed under a prepared `SELECT *`
 * fails one statement, not every later one.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { sql } from 'kysely';
import { createDb, MAX_PREPARED_PER_CONNECTION, type Db } from './database.ts';

let url: string;
let admin: pg.Client;

beforeAll(async () => {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  url = adminUrl.replace(/\/postgres$/, `/${name}`);
});

afterAll(async () => {
  await admin.end();
});

/** Runs `work` on one pinned connection, then lists that connection's prepared statements. */
async function preparedAfter(db: Db, work: (conn: Db) => Promise<void>): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await work(conn);
    const { rows } = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`.execute(conn);
    return rows.map((row) => row.statement);
  });
}

describe('prepared statements', () => {
  it('prepares a parameterised query once per connection and reuses it', async () => {
    const { db } = createDb(url, { max: 1 });
    try {
      const statements = await preparedAfter(db, async (conn) => {
        for (const n of [1, 2, 3]) {
          const { rows } = await sql<{ doubled: number }>`SELECT ${n}::int * 2 AS doubled`.execute(conn);
          expect(rows[0]!.doubled).toBe(n * 2);
        }
      });
      expect(statements.filter((text) => text.includes('* 2 AS doubled'))).toHaveLength(1);
    } finally {
      await db.destroy();
    }
  });

  it('sends nothing prepared when switched off', async () => {
    const { db } = createDb(url, { max: 1, preparedStatements: false });
    try {
      const statements = await preparedAfter(db, async (conn) => {
        await sql`SELECT ${1}::int AS one`.execute(conn);
      });
      expect(statements).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} statements on a connection and still answers the rest`, async () => {
    const { db } = createDb(url, { max: 1 });
    try {
      const statements = await preparedAfter(db, async (conn) => {
        for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 10; i += 1) {
          const { rows } = await sql<{ v: number }>`SELECT ${i}::int + ${sql.raw(String(i))} AS v`.execute(conn);
          expect(rows[0]!.v).toBe(2 * i);
        }
      });
      expect(statements).toHaveLength(MAX_PREPARED_PER_CONNECTION);
    } finally {
      await db.destroy();
    }
  });

  it('after a column is added under a prepared SELECT *, one statement fails and the next sees the new column', async () => {
    const table = `t_${randomBytes(4).toString('hex')}`;
    const { db } = createDb(url, { max: 1 });
    const schema = new pg.Client({ connectionString: url });
    await schema.connect();
    try {
      await schema.query(`CREATE TABLE ${table} (id int PRIMARY KEY, a text)`);
      await schema.query(`INSERT INTO ${table} VALUES (1, 'x')`);
      const select = (conn: Db) => sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE id = ${1}`.execute(conn);
      await db.connection().execute(async (conn) => {
        expect((await select(conn)).rows[0]).toEqual({ id: 1, a: 'x' });
        await schema.query(`ALTER TABLE ${table} ADD COLUMN b text DEFAULT 'y'`);
        await expect(select(conn)).rejects.toThrow(/cached plan must not change result type/);
        expect((await select(conn)).rows[0]).toEqual({ id: 1, a: 'x', b: 'y' });
        expect((await select(conn)).rows[0]).toEqual({ id: 1, a: 'x', b: 'y' });
      });
    } finally {
      await schema.end();
      await db.destroy();
    }
  });
});
