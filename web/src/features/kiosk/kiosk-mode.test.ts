import { afterEach, describe, expect, it } from 'vitest';
import { applicantChannel, isKioskMode, isSamePhase, kioskPhase, setKioskMode } from './kiosk-mode.ts';

const limits = { idleMs: 90_000, countdownMs: 30_000 };

describe('kioskPhase', () => {
  it.each([
    [0, { phase: 'active' }],
    [89_999, { phase: 'active' }],
    [90_000, { phase: 'warning', secondsLeft: 30 }],
    [90_001, { phase: 'warning', secondsLeft: 30 }],
    [110_500, { phase: 'warning', secondsLeft: 10 }],
    [119_999, { phase: 'warning', secondsLeft: 1 }],
    [120_000, { phase: 'expired' }],
    [500_000, { phase: 'expired' }],
  ])('after %i ms idle → %j', (idle, expected) => {
    expect(kioskPhase(idle, limits)).toEqual(expected);
  });
});

describe('isSamePhase', () => {
  it('tells a new second of the countdown apart', () => {
    expect(isSamePhase({ phase: 'active' }, { phase: 'active' })).toBe(true);
    expect(isSamePhase({ phase: 'warning', secondsLeft: 5 }, { phase: 'warning', secondsLeft: 5 })).toBe(true);
    expect(isSamePhase({ phase: 'warning', secondsLeft: 5 }, { phase: 'warning', secondsLeft: 4 })).toBe(false);
    expect(isSamePhase({ phase: 'active' }, { phase: 'expired' })).toBe(false);
  });
});

describe('kiosk mode flag', () => {
  afterEach(() => setKioskMode(false));

  it('answers the applicant channel from the mode', () => {
    // The unit tests run without a DOM: without sessionStorage the app is never in kiosk mode.
    setKioskMode(true);
    expect(isKioskMode()).toBe(typeof sessionStorage !== 'undefined');
    expect(applicantChannel()).toBe(typeof sessionStorage !== 'undefined' ? 'kiosk' : 'online');
    setKioskMode(false);
    expect(applicantChannel()).toBe('online');
  });
});
