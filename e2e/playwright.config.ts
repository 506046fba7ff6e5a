import { defineConfig, devices } from '@playwright/test';

// Overridable so that two runs can share a machine: E2E_PORT, E2E_DATA_DIR (under .tmp/) and WEB_DIST_DIR.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = process.env.E2E_DATA_DIR ?? '.tmp/e2e-data';

export default defineConfig({
  testDir: 'specs',
  // A 2-core machine: one worker, no retries (a flaky test is a defect to fix, not to retry).
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // fresh-start.mjs empties DATA_DIR (fresh demo data) and then runs scripts/start.mjs.
    command: 'node e2e/fresh-start.mjs',
    cwd: '..',
    env: { DATA_DIR, PORT: String(PORT), ...(process.env.WEB_DIST_DIR ? { WEB_DIST_DIR: process.env.WEB_DIST_DIR } : {}) },
    url: `http://127.0.0.1:${PORT}/api/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // Let the server stop embedded PostgreSQL cleanly instead of being killed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
