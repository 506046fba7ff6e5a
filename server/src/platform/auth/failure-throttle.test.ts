import { describe, expect, it } from 'vitest';
import { FailureThrottle } from './failure-throttle.ts';

describe('FailureThrottle', () => {
  it('blocks an address after the limit of failures within the window, then lets it go', () => {
    const throttle = new FailureThrottle(3, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 2; i += 1) throttle.recordFailure('10.0.0.1', t0 + i);
    expect(throttle.retryAfterSeconds('10.0.0.1', t0 + 10)).toBe(0);
    throttle.recordFailure('10.0.0.1', t0 + 2);
    expect(throttle.retryAfterSeconds('10.0.0.1', t0 + 10)).toBe(60);
    expect(throttle.retryAfterSeconds('10.0.0.2', t0 + 10)).toBe(0);
    expect(throttle.retryAfterSeconds('10.0.0.1', t0 + 60_001)).toBe(0);
    expect(throttle.retryAfterSeconds(null, t0)).toBe(0);
  });
});
