import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { setKioskMode } from '../kiosk-mode.ts';

/**
 * `/kiosk`: switches this browser tab into kiosk mode (自助终端) and opens the portal; `/kiosk?exit=1` leaves it. A full
 * reload follows, so that the whole app (layout, supervisor) starts in the new mode.
 */
export function KioskEntryPage() {
  const [params] = useSearchParams();
  useEffect(() => {
    setKioskMode(params.get('exit') !== '1');
    // A full load: the layout and the kiosk supervisor start in the new mode.
    window.location.replace('/');
  }, [params]);
  return <PageLoading />;
}
