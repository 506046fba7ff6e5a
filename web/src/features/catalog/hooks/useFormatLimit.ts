import type { TimeLimit } from '@onetrip/core';
import { useTranslation } from 'react-i18next';

/** "20 个工作日" / "20 working days", with the limit's note unless `withNote` is false. */
export function useFormatLimit() {
  const { t } = useTranslation();
  return (limit: TimeLimit | null | undefined, { withNote = true }: { withNote?: boolean } = {}): string => {
    if (!limit) return '—';
    // A limit of zero days is the immediate case: concluded on the spot.
    if (limit.value === 0) return t('guide.sameDay');
    const text = t(`catalog.limitUnits.${limit.unit}`, { count: limit.value });
    return withNote && limit.note ? text + t('guide.limitNote', { note: limit.note }) : text;
  };
}

/** compressionRatio = promised / legal limit → "25 % of the legal limit, 75 % shorter". */
export function compressionPercents(ratio: number): { percent: number; saved: number } {
  const percent = Math.round(ratio * 100);
  return { percent, saved: Math.max(0, 100 - percent) };
}
