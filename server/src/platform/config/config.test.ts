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

  it('accepts only the sandbox message gateways for now, and a failure rate from 0 to 1', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ smsProvider: 'sandbox', emailProvider: 'sandbox', sandboxFailureRate: 0.05 });
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ sandboxFailureRate: 0, sandboxLatencyMs: 0 });
    expect(loadConfig({ SANDBOX_FAILURE_RATE: '0.2' }).sandboxFailureRate).toBe(0.2);
    let error: unknown;
    try {
      loadConfig({ SMS_PROVIDER: 'aliyun', EMAIL_PROVIDER: 'smtp', SANDBOX_FAILURE_RATE: '5%' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/SMS_PROVIDER="aliyun" is not available: the only provider so far is "sandbox"/);
    expect(problems).toMatch(/EMAIL_PROVIDER="smtp" is not available/);
    expect(problems).toMatch(/SANDBOX_FAILURE_RATE="5%" must be a number from 0 to 1/);
  });
});
