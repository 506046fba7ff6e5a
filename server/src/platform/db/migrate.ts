import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { Db } from './database.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-catalog.ts';
import * as m0003 from './migrations/0003-catalog-search.ts';
import * as m0004 from './migrations/0004-catalog-files.ts';
import * as m0005 from './migrations/0005-catalog-imports.ts';
import * as m0006 from './migrations/0006-catalog-search-sync.ts';
import * as m0007 from './migrations/0007-working-day-calendar.ts';
import * as m0008 from './migrations/0008-idempotency-and-notifications.ts';
import * as m0009 from './migrations/0009-cases.ts';
import * as m0010 from './migrations/0010-case-approval.ts';
import * as m0011 from './migrations/0011-window-filing.ts';
import * as m0012 from './migrations/0012-case-jobs-and-outbox-scope.ts';
import * as m0013 from './migrations/0013-audit-chain-append.ts';
import * as m0014 from './migrations/0014-idempotency-claim.ts';
import * as m0015 from './migrations/0015-licences.ts';
import * as m0016 from './migrations/0016-audit-link-in-groups.ts';
import * as m0017 from './migrations/0017-licence-import-heartbeat.ts';

/** Versioned migrations, applied in name order at start-up and by `npm run db:migrate`. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-catalog': m0002,
  '0003-catalog-search': m0003,
  '0004-catalog-files': m0004,
  '0005-catalog-imports': m0005,
  '0006-catalog-search-sync': m0006,
  '0007-working-day-calendar': m0007,
  '0008-idempotency-and-notifications': m0008,
  '0009-cases': m0009,
  '0010-case-approval': m0010,
  '0011-window-filing': m0011,
  '0012-case-jobs-and-outbox-scope': m0012,
  '0013-audit-chain-append': m0013,
  '0014-idempotency-claim': m0014,
  '0015-licences': m0015,
  '0016-audit-link-in-groups': m0016,
  '0017-licence-import-heartbeat': m0017,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

export function createMigrator(db: Db): Migrator {
  return new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every known migration has been applied (readiness check). */
export async function areMigrationsCurrent(db: Db): Promise<boolean> {
  const migrations = await createMigrator(db).getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
}
