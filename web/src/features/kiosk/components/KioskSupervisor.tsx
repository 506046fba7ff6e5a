import { useEffect, useRef, useState } from 'react';
import '../kiosk.css';
import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useLogout } from '../../auth/hooks/useAuthMutations.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { isKioskMode, isSamePhase, KIOSK_COUNTDOWN_MS, KIOSK_IDLE_MS, kioskPhase, setKioskMode, type KioskPhase } from '../kiosk-mode.ts';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * In kiosk mode: a bar with "finish" (sign out now), and an inactivity watch — after a while without a touch a visible
 * countdown starts; at zero the terminal signs out and clears the screen (the next person must not see the last one's
 * case). Renders nothing outside kiosk mode.
 */
export function KioskSupervisor() {
  const { t } = useTranslation();
  const logout = useLogout();
  const { principal } = useSession();
  const { pathname } = useLocation();
  // Nothing to clear on an untouched home screen with nobody signed in.
  const isIdleHome = useRef(true);
  useEffect(() => {
    isIdleHome.current = principal === null && pathname === '/';
  }, [principal, pathname]);
  const [isOn] = useState(isKioskMode);
  const lastActivity = useRef(0);
  const [phase, setPhase] = useState<KioskPhase>({ phase: 'active' });
  // The interval reads the latest logout through a ref: re-creating the timer would restart the idle time.
  const signOut = useRef(logout.mutate);
  useEffect(() => {
    signOut.current = logout.mutate;
  });

  useEffect(() => {
    if (!isOn) return undefined;
    setKioskMode(true);
    lastActivity.current = Date.now();
    const touch = () => { lastActivity.current = Date.now(); };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (isIdleHome.current) lastActivity.current = Date.now();
      const next = kioskPhase(Date.now() - lastActivity.current, { idleMs: KIOSK_IDLE_MS, countdownMs: KIOSK_COUNTDOWN_MS });
      if (next.phase === 'expired') {
        lastActivity.current = Date.now();
        setPhase({ phase: 'active' });
        window.scrollTo(0, 0);
        signOut.current();
        return;
      }
      setPhase((current) => (isSamePhase(current, next) ? current : next));
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch);
    };
  }, [isOn]);

  if (!isOn) return null;
  return (
    <>
      <div className="kiosk-bar" role="region" aria-label={t('frontDesk.kiosk.title')}>
        <strong>{t('frontDesk.kiosk.banner')}</strong>
        <Button onClick={() => logout.mutate()} loading={logout.isPending}>{t('frontDesk.kiosk.finish')}</Button>
      </div>
      <Modal open={phase.phase === 'warning'} title={t('frontDesk.kiosk.idleTitle')} closable={false} maskClosable={false}
        footer={<Button type="primary" onClick={() => { lastActivity.current = Date.now(); setPhase({ phase: 'active' }); }}>{t('frontDesk.kiosk.stay')}</Button>}>
        <div className="kiosk-countdown" role="timer" aria-live="polite" data-testid="kiosk-countdown">{phase.phase === 'warning' ? phase.secondsLeft : ''}</div>
        <p>{t('frontDesk.kiosk.idleText', { seconds: phase.phase === 'warning' ? phase.secondsLeft : 0 })}</p>
      </Modal>
    </>
  );
}
