import { FULL_ONLINE_DEPTH } from '@onetrip/core';
import { Tag } from 'antd';
import { CarOutlined, CheckCircleOutlined, CloudOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** 零跑腿 / 最多跑一次 / 最多跑 N 次: the promise the platform is named after. */
export function TripsBadge({ tripsToSite, size = 'default' }: { tripsToSite: number; size?: 'default' | 'large' }) {
  const { t } = useTranslation();
  const className = `trips-badge trips-badge-${size}`;
  if (tripsToSite === 0) {
    return (
      <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} className={className} data-testid="trips-badge">
        {t('catalog.badges.zeroTrips')}
      </Tag>
    );
  }
  return (
    <Tag color={tripsToSite === 1 ? 'blue' : 'orange'} icon={<CarOutlined aria-hidden />} className={className} data-testid="trips-badge">
      {tripsToSite === 1 ? t('catalog.badges.oneTrip') : t('catalog.badges.tripsAtMost', { count: tripsToSite })}
    </Tag>
  );
}

/** Badges of an item in lists and in the guide header: trips, full-online handling, immediate case, commitment. */
export function ServiceBadges({ caseKind, onlineDepth, tripsToSite, allowsCommitment = false, size = 'default' }: {
  caseKind: string;
  onlineDepth: number;
  tripsToSite: number;
  allowsCommitment?: boolean | undefined;
  size?: 'default' | 'large';
}) {
  const { t } = useTranslation();
  return (
    <span className="service-badges">
      <TripsBadge tripsToSite={tripsToSite} size={size} />
      {onlineDepth >= FULL_ONLINE_DEPTH ? (
        <Tag color="geekblue" icon={<CloudOutlined aria-hidden />} className={`trips-badge-${size}`}>
          {t('catalog.badges.fullOnline')}
        </Tag>
      ) : null}
      {caseKind === 'immediate' ? (
        <Tag color="gold" icon={<ThunderboltOutlined aria-hidden />} className={`trips-badge-${size}`}>
          {t('catalog.badges.immediate')}
        </Tag>
      ) : null}
      {allowsCommitment ? <Tag className={`trips-badge-${size}`}>{t('catalog.badges.commitment')}</Tag> : null}
    </span>
  );
}
