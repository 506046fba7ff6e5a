import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, loginMaxFailures: 5, loginLockMinutes: 15, seedDemoData: true });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('lists every bad variable with a clear message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PII_MASTER_KEY: 'short', LOG_LEVEL: 'loud', COOKIE_SECURE: 'maybe', SESSION_IDLE_MINUTES: '0' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/PORT="eighty" must be an integer from 1 to 65535/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL must start with postgres/);
    expect(problems.join('\n')).toMatch(/PII_MASTER_KEY must be 32 hexadecimal characters/);
  });
});
