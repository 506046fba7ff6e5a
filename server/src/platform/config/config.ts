/**
 * All configuration comes from environment variables, validated once at start.
 * Every variable is documented in .env.example; a bad value stops the start with one message per problem.
 */
import path from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** External PostgreSQL; when null an embedded server runs under dataDir/postgres. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  /** Parameterised queries as named prepared statements (DB_PREPARED_STATEMENTS, default true). */
  dbPreparedStatements: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** 32 hex characters (128-bit SM4 key) protecting personal data at rest; generated under dataDir when unset. */
  piiMasterKey: string | null;
  /** 32 hex characters (128-bit SM4 key) wrapping the licence signing keys at rest; generated under dataDir when unset. */
  licenceMasterKey: string | null;
  cookieSecure: boolean;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Failed logins from one address within 15 minutes before it must wait (credential stuffing). */
  loginFailuresPerAddress: number;
  seedDemoData: boolean;
  publicUrl: string | null;
  webDistDir: string;
  jobsEnabled: boolean;
  /** SMS gateway; 'sandbox' (records, sends nothing) is the only implementation so far. */
  smsProvider: 'sandbox';
  emailProvider: 'sandbox';
  /** The sandbox gateways' behaviour: mean send latency, share of refused sends (0–1), delay of delivery receipts. */
  sandboxLatencyMs: number;
  sandboxFailureRate: number;
  sandboxReportDelayMs: number;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}="${raw}" must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return Number(raw);
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name}="${raw}" must be true or false`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name}="${raw}" must be one of ${allowed.join(', ')}`);
      return fallback;
    }
    return raw as T;
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = read('DATABASE_URL') ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const piiMasterKey = read('PII_MASTER_KEY') ?? null;
  if (piiMasterKey !== null && !/^[0-9a-fA-F]{32}$/.test(piiMasterKey)) {
    problems.push('PII_MASTER_KEY must be 32 hexadecimal characters (a 128-bit SM4 key)');
  }
  const licenceMasterKey = read('LICENCE_MASTER_KEY') ?? null;
  if (licenceMasterKey !== null && !/^[0-9a-fA-F]{32}$/.test(licenceMasterKey)) {
    problems.push('LICENCE_MASTER_KEY must be 32 hexadecimal characters (a 128-bit SM4 key)');
  }
  const provider = (name: string): 'sandbox' => {
    const raw = read(name);
    if (raw !== undefined && raw !== 'sandbox') {
      problems.push(`${name}="${raw}" is not available: the only provider so far is "sandbox" (records what would be sent, sends nothing); see docs/ARCHITECTURE.md, "Notifications", for adding a real gateway`);
    }
    return 'sandbox';
  };
  const rate = (name: string, fallback: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(raw)) {
      problems.push(`${name}="${raw}" must be a number from 0 to 1 (e.g. 0.05 for 5 %)`);
      return fallback;
    }
    return Number(raw);
  };
  const publicUrl = read('PUBLIC_URL') ?? null;
  if (publicUrl !== null && !/^https?:\/\/[^\s]+$/.test(publicUrl)) problems.push('PUBLIC_URL must be an http(s) URL');
  const host = read('HOST') ?? '0.0.0.0';
  const dataDir = path.resolve(repoRoot, read('DATA_DIR') ?? 'data');

  const config: AppConfig = {
    nodeEnv,
    host,
    port: int('PORT', 3000, 1, 65535),
    databaseUrl,
    dataDir,
    embeddedPgPort: int('EMBEDDED_PG_PORT', 0, 0, 65535),
    dbPreparedStatements: bool('DB_PREPARED_STATEMENTS', true),
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    piiMasterKey: piiMasterKey?.toLowerCase() ?? null,
    licenceMasterKey: licenceMasterKey?.toLowerCase() ?? null,
    cookieSecure: bool('COOKIE_SECURE', publicUrl?.startsWith('https://') ?? false),
    trustProxy: bool('TRUST_PROXY', false),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: int('LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    loginFailuresPerAddress: int('LOGIN_FAILURES_PER_ADDRESS', 50, 1, 100_000),
    seedDemoData: bool('SEED_DEMO_DATA', true),
    publicUrl,
    webDistDir: path.resolve(repoRoot, read('WEB_DIST_DIR') ?? 'web/dist'),
    jobsEnabled: bool('JOBS_ENABLED', true),
    smsProvider: provider('SMS_PROVIDER'),
    emailProvider: provider('EMAIL_PROVIDER'),
    sandboxLatencyMs: int('SANDBOX_LATENCY_MS', nodeEnv === 'test' ? 0 : 300, 0, 60_000),
    // Development sees the retry path now and then; tests are deterministic unless they ask otherwise.
    sandboxFailureRate: rate('SANDBOX_FAILURE_RATE', nodeEnv === 'development' ? 0.05 : 0),
    sandboxReportDelayMs: int('SANDBOX_REPORT_DELAY_MS', nodeEnv === 'test' ? 20 : 400, 0, 600_000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export { repoRoot };
