/** npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database. */
import { loadConfig } from '../platform/config/config.ts';
import { openDatabase } from '../platform/db/open-database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const applied = await migrateToLatest(database.db);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
} finally {
  await database.close();
}
