import { AppError } from '../errors/app-error.ts';

/**
 * Per-address throttle on failures (logins, case tracking checks, share links; verifications count every request).
 * For logins: Account lockout stops guessing one account's password; this stops one
 * address from trying passwords across many accounts (credential stuffing). Only failures count, so a hall where
 * all staff share one NAT address is not throttled by their morning logins. In-process memory: with several
 * server processes each keeps its own window (the account lockout, in PostgreSQL, still applies across all).
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Seconds until this address may try again, or 0 when it may try now. */
  retryAfterSeconds(address: string | null, now = Date.now()): number {
    if (!address) return 0;
    const recent = this.recent(address, now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
  }

  /** Refuses a request from an address whose window is full: 429 RATE_LIMITED with `retryAfterSeconds`. */
  refuseIfThrottled(address: string | null, now = Date.now()): void {
    const retryAfter = this.retryAfterSeconds(address, now);
    if (retryAfter > 0) throw new AppError('RATE_LIMITED', { details: { retryAfterSeconds: retryAfter } });
  }

  recordFailure(address: string | null, now = Date.now()): void {
    if (!address) return;
    const recent = this.recent(address, now);
    recent.push(now);
    this.failures.set(address, recent);
    // Keep memory bounded under a flood of distinct addresses.
    if (this.failures.size > 50_000) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(address: string, now: number): number[] {
    return (this.failures.get(address) ?? []).filter((t) => t > now - this.windowMs);
  }
}

const throttles = new WeakMap<object, Map<string, FailureThrottle>>();

/**
 * The throttle named `name` of one app (keyed by an object the app owns, e.g. its `deps.db`), made on first use: each
 * app built in a process (tests build many) counts on its own.
 */
export function throttleOf(owner: object, name: string, limit: number, windowMs: number): FailureThrottle {
  let named = throttles.get(owner);
  if (!named) throttles.set(owner, (named = new Map<string, FailureThrottle>()));
  let throttle = named.get(name);
  if (!throttle) named.set(name, (throttle = new FailureThrottle(limit, windowMs)));
  return throttle;
}
