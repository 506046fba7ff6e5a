import { LOCAL_COMPRESSION_TARGET, UPPER_LEVEL_COMPRESSION_TARGET } from '@onetrip/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Promised ÷ legal limit with the target it is held to: 25 % for local items (city and below), 50 % for national and
 * provincial ones [003]; above 100 % the save is refused.
 */
export function CompressionRatio({ ratio, isLocalItem }: { ratio: number | null; isLocalItem: boolean }) {
  const { t } = useTranslation();
  const target = isLocalItem ? LOCAL_COMPRESSION_TARGET : UPPER_LEVEL_COMPRESSION_TARGET;
  const targetPercent = Math.round(target * 100);
  if (ratio === null) {
    return (
      <Typography.Text type="secondary" className="compression-ratio" data-testid="compression-ratio">
        {t('catalogEditor.compression.unknown')}
      </Typography.Text>
    );
  }
  const percent = Math.round(ratio * 1000) / 10;
  const status = ratio > 1 + 1e-9 ? 'exceeds' : ratio > target + 1e-9 ? 'above' : 'within';
  return (
    <Typography.Text
      className={`compression-ratio compression-${status}`}
      type={status === 'exceeds' ? 'danger' : status === 'above' ? 'warning' : 'success'}
      data-testid="compression-ratio"
    >
      {t(`catalogEditor.compression.${status}`, { percent, target: targetPercent })}
    </Typography.Text>
  );
}
