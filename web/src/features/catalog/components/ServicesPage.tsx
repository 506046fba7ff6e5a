import { Alert, Button, Empty, Flex, Grid, Input, Pagination, Spin, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import { useServiceItems } from '../hooks/usePublicCatalog.ts';
import { SERVICE_PAGE_SIZE, useServiceFilters } from '../hooks/useServiceFilters.ts';
import { ServiceFilters } from './ServiceFilters.tsx';
import { ServiceItemList } from './ServiceItemList.tsx';

/** The public catalogue (/services): search and filter the published items; every filter is in the URL. */
export function ServicesPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const state = useServiceFilters();
  const { filters, update } = state;
  const items = useServiceItems({
    q: filters.q || undefined,
    audience: state.audienceCode,
    theme: filters.theme,
    departmentId: filters.departmentId,
    level: filters.level,
    typeCode: filters.typeCode,
    page: filters.page,
    pageSize: SERVICE_PAGE_SIZE,
  });
  let heading = t('services.title');
  if (filters.theme) heading = t(`catalog.themes.${filters.theme}`);
  else if (filters.audience) heading = t(`home.audience.${filters.audience}.title`);
  useDocumentTitle(heading);
  const total = items.data?.total ?? 0;

  return (
    <div className="services-page">
      <Flex wrap justify="space-between" align="baseline" gap={8}>
        <Typography.Title level={1} className="page-title">
          {heading}
        </Typography.Title>
        <Link to="/services/proofs" className="services-proofs-link">
          <SafetyCertificateOutlined aria-hidden /> {t('services.proofsLink')}
        </Link>
      </Flex>
      <Typography.Paragraph type="secondary" className="page-description">
        {t('services.description')}
      </Typography.Paragraph>
      <div role="search" className="service-search">
        <Input.Search
          key={filters.q}
          defaultValue={filters.q}
          placeholder={t('services.searchPlaceholder')}
          aria-label={t('services.searchLabel')}
          enterButton={t('services.searchButton')}
          allowClear
          onSearch={(value) => update({ q: value.trim() })}
        />
      </div>
      <ServiceFilters state={state} />

      <div className="service-results" aria-live="polite" aria-busy={items.isFetching}>
        <Flex wrap gap={12} align="center" className="service-results-head">
          <Typography.Text strong data-testid="service-count">
            {items.data ? t('services.resultCount', { total }) : ' '}
          </Typography.Text>
          {filters.q ? <Typography.Text type="secondary">{t('services.youSearched', { q: filters.q })}</Typography.Text> : null}
        </Flex>
        {items.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('services.loadFailed')}
            action={<Button onClick={() => void items.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <Spin spinning={items.isFetching}>
            {items.data && items.data.items.length > 0 ? (
              <ServiceItemList items={items.data.items} label={heading} />
            ) : items.isPending ? (
              <div className="service-list-placeholder" />
            ) : (
              <Empty
                className="services-empty"
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <Flex vertical gap={4} align="center">
                    <Typography.Text strong>{t('services.empty')}</Typography.Text>
                    <Typography.Text type="secondary">{t('services.emptyHint')}</Typography.Text>
                  </Flex>
                }
              >
                {state.hasFilters ? <Button onClick={state.clear}>{t('services.clearFilters')}</Button> : null}
              </Empty>
            )}
          </Spin>
        )}
        {total > SERVICE_PAGE_SIZE ? (
          <Pagination
            className="service-pagination"
            current={filters.page}
            pageSize={SERVICE_PAGE_SIZE}
            total={total}
            showSizeChanger={false}
            simple={!screens.sm}
            onChange={(page) => {
              update({ page });
              window.scrollTo({ top: 0 });
            }}
          />
        ) : null}
      </div>
      <Typography.Paragraph type="secondary" className="services-hotline">
        {t('services.hotline')}
      </Typography.Paragraph>
    </div>
  );
}
