import { defineConfig } from 'vitest/config';

// Two tiers (see docs/ARCHITECTURE.md): pure unit tests of core/ (and of the web app's pure modules), and server
// tests against a real PostgreSQL that global-setup starts once per run and migrates into a template database.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['core/src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'web', include: ['web/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files run in parallel, each in its own database cloned from the migrated template.
          fileParallelism: true,
        },
      },
    ],
  },
});
