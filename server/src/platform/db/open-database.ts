import path from 'node:path';
import type { AppConfig } from '../config/config.ts';
import { createDb, type Db } from './database.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import type pg from 'pg';

export interface OpenDatabase {
  db: Db;
  pool: pg.Pool;
  connectionString: string;
  embedded: boolean;
  close: () => Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded cluster under DATA_DIR/postgres and uses database "onetrip". */
export async function openDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const { db, pool } = createDb(config.databaseUrl, { preparedStatements: config.dbPreparedStatements });
    return { db, pool, connectionString: config.databaseUrl, embedded: false, close: () => db.destroy() };
  }
  const embedded = await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'postgres'), port: config.embeddedPgPort, log });
  await embedded.createDatabase('onetrip');
  const connectionString = embedded.connectionString('onetrip');
  const { db, pool } = createDb(connectionString, { preparedStatements: config.dbPreparedStatements });
  return {
    db, pool, connectionString, embedded: true,
    close: async () => {
      await db.destroy();
      await embedded.stop();
    },
  };
}
