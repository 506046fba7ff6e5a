/**
 * Kiosk mode (自助终端): the public app on a touch screen in a hall. The mode is kept for the browser tab
 * (sessionStorage), so a restarted terminal browser starts in normal mode until it opens /kiosk again.
 */
const STORAGE_KEY = 'onetrip.kiosk';
const BODY_CLASS = 'kiosk-mode';

/** Idle time before the countdown starts, and the countdown itself: then the terminal signs out and clears the screen. */
export const KIOSK_IDLE_MS = 90_000;
export const KIOSK_COUNTDOWN_MS = 30_000;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function isKioskMode(): boolean {
  return storage()?.getItem(STORAGE_KEY) === '1';
}

export function setKioskMode(on: boolean): void {
  if (on) storage()?.setItem(STORAGE_KEY, '1');
  else storage()?.removeItem(STORAGE_KEY);
  if (typeof document !== 'undefined') document.body.classList.toggle(BODY_CLASS, on);
}

/** The channel an applicant's case records: `kiosk` on a terminal, otherwise online (the server accepts only these two). */
export function applicantChannel(): 'online' | 'kiosk' {
  return isKioskMode() ? 'kiosk' : 'online';
}

export type KioskPhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

/** Where an idle terminal stands: active, counting down (whole seconds left, rounded up), or expired. */
export function kioskPhase(idleMs: number, limits: { idleMs: number; countdownMs: number } = { idleMs: KIOSK_IDLE_MS, countdownMs: KIOSK_COUNTDOWN_MS }): KioskPhase {
  if (idleMs < limits.idleMs) return { phase: 'active' };
  const left = limits.idleMs + limits.countdownMs - idleMs;
  if (left <= 0) return { phase: 'expired' };
  return { phase: 'warning', secondsLeft: Math.ceil(left / 1000) };
}

/** True when nothing on screen would change (the same phase and, counting down, the same second). */
export function isSamePhase(a: KioskPhase, b: KioskPhase): boolean {
  if (a.phase === 'warning' && b.phase === 'warning') return a.secondsLeft === b.secondsLeft;
  return a.phase === b.phase;
}
