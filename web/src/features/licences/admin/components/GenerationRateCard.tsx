import { useState } from 'react';
import { Card, Col, Flex, Input, List, Progress, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GenerationRate } from '../api/licence-admin-api.ts';
import { useGenerationRate } from '../hooks/useLicenceAdmin.ts';

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The e-licence generation rate (issued / approvals with a licence result) for a period, by department. */
export function GenerationRateCard() {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const rate = useGenerationRate(from, to);
  const data = rate.data;
  const reasonLabel = (reason: string) => t(`licenceAdmin.rate.reasons.${reason}`, { defaultValue: reason });

  return (
    <Card style={{ marginTop: 16 }} aria-labelledby="generation-rate-title">
      <Typography.Title level={2} id="generation-rate-title" className="section-title">{t('licenceAdmin.rate.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('licenceAdmin.rate.description')}</Typography.Paragraph>
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <label>
          {t('licenceAdmin.rate.from')}{' '}
          <Input type="date" value={from ?? data?.from ?? ''} onChange={(e) => setFrom(e.target.value || undefined)} style={{ width: 170 }} />
        </label>
        <label>
          {t('licenceAdmin.rate.to')}{' '}
          <Input type="date" value={to ?? data?.to ?? ''} onChange={(e) => setTo(e.target.value || undefined)} style={{ width: 170 }} />
        </label>
      </Flex>
      {rate.isError ? <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text> : null}
      {data ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Statistic title={t('licenceAdmin.rate.approvals')} value={data.approvals} /></Col>
            <Col xs={12} md={6}><Statistic title={t('licenceAdmin.rate.issued')} value={data.issued} /></Col>
            <Col xs={24} md={12}>
              <Statistic title={t('licenceAdmin.rate.rate')} value={percent(data.rate)} />
              {data.rate !== null ? <Progress percent={Math.round(data.rate * 1000) / 10} status={data.rate >= 1 ? 'success' : 'normal'} aria-label={t('licenceAdmin.rate.rate')} /> : null}
            </Col>
          </Row>
          {data.approvals === 0 ? <Typography.Paragraph type="secondary">{t('licenceAdmin.rate.noData')}</Typography.Paragraph> : null}
          {data.notIssued.length > 0 ? (
            <List
              size="small"
              header={<Typography.Text strong>{t('licenceAdmin.rate.notIssued')}</Typography.Text>}
              dataSource={data.notIssued}
              renderItem={(item) => <List.Item>{reasonLabel(item.reason)}：{item.count}</List.Item>}
            />
          ) : null}
          {data.departments.length > 0 ? (
            <Table<GenerationRate['departments'][number]>
              rowKey="departmentId"
              size="small"
              style={{ marginTop: 12 }}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={data.departments}
              columns={[
                { key: 'department', title: t('licenceAdmin.rate.department'), dataIndex: 'departmentName' },
                { key: 'approvals', title: t('licenceAdmin.rate.approvals'), dataIndex: 'approvals', align: 'right' },
                { key: 'issued', title: t('licenceAdmin.rate.issued'), dataIndex: 'issued', align: 'right' },
                { key: 'rate', title: t('licenceAdmin.rate.rate'), align: 'right', render: (_, row) => percent(row.rate) },
              ]}
            />
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
