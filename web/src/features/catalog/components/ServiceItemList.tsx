import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicItemSummary } from '../api/public-catalog-api.ts';
import { useCodeLabels } from '../hooks/useCodeLabels.ts';
import { ServiceBadges } from './ServiceBadges.tsx';

function ServiceItem({ item }: { item: PublicItemSummary }) {
  const { t, i18n } = useTranslation();
  const labels = useCodeLabels();
  const themes = item.themes.filter((theme) => i18n.exists(`catalog.themes.${theme}`)).map((theme) => t(`catalog.themes.${theme}`));
  return (
    <li className="service-item">
      <div className="service-item-main">
        <h2 className="service-item-name">
          <Link to={`/services/${item.code}`}>{item.name}</Link>
        </h2>
        <div className="service-item-meta">
          <span>{item.departmentName}</span>
          <span>{item.regionName}</span>
          <span>{labels.itemType(item.typeCode)}</span>
          <span>{labels.level(item.level)}</span>
          {themes.length > 0 ? <span>{themes.join('、')}</span> : null}
        </div>
        <ServiceBadges caseKind={item.caseKind} onlineDepth={item.onlineDepth} tripsToSite={item.tripsToSite} />
      </div>
      <Link to={`/services/${item.code}`} className="service-item-action" aria-label={`${t('services.viewGuide')}${t('catalog.colon')}${item.name}`}>
        {t('services.viewGuide')} <RightOutlined aria-hidden />
      </Link>
    </li>
  );
}

/** Published items as a list of cards: name, department and region, and the badges a citizen decides by. */
export function ServiceItemList({ items, label }: { items: readonly PublicItemSummary[]; label: string }) {
  return (
    <ul className="service-list" aria-label={label}>
      {items.map((item) => (
        <ServiceItem key={item.code} item={item} />
      ))}
    </ul>
  );
}
