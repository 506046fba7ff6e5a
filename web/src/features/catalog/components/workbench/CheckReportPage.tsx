import { useState } from 'react';
import type { Severity } from '@onetrip/core';
import { Alert, Card, Col, Flex, Row, Statistic, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForbiddenResult } from '../../../shell/components/ForbiddenResult.tsx';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import type { CheckReport } from '../../api/implementations-api.ts';
import { useCatalogPermissions } from '../../hooks/useCatalogPermissions.ts';
import { useCodeLabels } from '../../hooks/useCodeLabels.ts';
import { useCheckReport } from '../../hooks/useImplementations.ts';
import { FindingsPanel, RULES_BY_ID, SeverityTag } from './FindingsPanel.tsx';
import { ChangeStatusTag, PublicationStatusTag } from './StatusTags.tsx';

type ReportItem = CheckReport['items'][number];
interface RuleRow {
  rule: string;
  count: number;
  severity: Severity | undefined;
}

function CountCell({ value, severity }: { value: number; severity: Severity }) {
  return value > 0 ? <span className={`report-count severity-${severity}`}>{value}</span> : <span className="guide-muted">0</span>;
}

/** The guide-check report across the caller's scope (centre administrators and supervisors). */
export function CheckReportPage() {
  const { t } = useTranslation();
  const permissions = useCatalogPermissions();
  const { pick } = useCodeLabels();
  const report = useCheckReport();
  const [isOnlyWithFindings, setOnlyWithFindings] = useState(true);
  if (!permissions.canSeeReport) return <ForbiddenResult />;

  const data = report.data;
  const rules: RuleRow[] = Object.entries(data?.byRule ?? {}).map(([rule, count]) => ({ rule, count, severity: RULES_BY_ID.get(rule)?.severity }));
  // Worst first: errors, then warnings, then info.
  const items = (data?.items ?? [])
    .filter((item) => !isOnlyWithFindings || item.findings.length > 0)
    .sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.info - a.counts.info);

  return (
    <div>
      <PageHeader title={t('catalogAdmin.report.title')} description={t('catalogAdmin.report.description')} />
      {report.isError ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('catalogAdmin.report.implementations')} value={data?.items.length ?? 0} loading={report.isPending} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('catalogAdmin.report.errors')} value={data?.totals.error ?? 0} loading={report.isPending} styles={{ content: { color: '#c62828' } }} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('catalogAdmin.report.warnings')} value={data?.totals.warning ?? 0} loading={report.isPending} styles={{ content: { color: '#ad4e00' } }} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('catalogAdmin.report.infos')} value={data?.totals.info ?? 0} loading={report.isPending} />
            </Card>
          </Col>
        </Row>

        <Card title={<h2 className="card-title">{t('catalogAdmin.report.byRule')}</h2>}>
          <Table<RuleRow>
            rowKey="rule"
            size="small"
            loading={report.isPending}
            dataSource={rules}
            pagination={rules.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('catalogAdmin.report.noFindings') }}
            columns={[
              {
                key: 'rule',
                title: t('catalogAdmin.report.rule'),
                render: (_, row) => {
                  const title = RULES_BY_ID.get(row.rule)?.title;
                  return title ? pick(title) : row.rule;
                },
              },
              { key: 'ruleId', title: t('catalogAdmin.report.ruleId'), render: (_, row) => <span className="code-tag">{row.rule}</span> },
              { key: 'severity', title: t('catalogAdmin.report.severity'), render: (_, row) => (row.severity ? <SeverityTag severity={row.severity} /> : '—') },
              { key: 'count', title: t('catalogAdmin.report.count'), dataIndex: 'count', align: 'right', sorter: (a, b) => a.count - b.count },
            ]}
          />
        </Card>

        <Card
          title={<h2 className="card-title">{t('catalogAdmin.report.byItem')}</h2>}
          extra={
            <Flex gap={8} align="center">
              <Switch id="only-with-findings" size="small" checked={isOnlyWithFindings} onChange={setOnlyWithFindings} />
              <label htmlFor="only-with-findings">{t('catalogAdmin.report.onlyWithFindings')}</label>
            </Flex>
          }
        >
          <Table<ReportItem>
            rowKey="id"
            size="small"
            loading={report.isPending}
            dataSource={items}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
            locale={{ emptyText: t('catalogAdmin.report.noFindings') }}
            expandable={{
              rowExpandable: (item) => item.findings.length > 0,
              expandedRowRender: (item) => <FindingsPanel findings={item.findings} />,
            }}
            columns={[
              { key: 'name', title: t('catalogAdmin.list.name'), render: (_, item) => <Link to={`/workbench/catalog/${item.id}`}>{item.name}</Link> },
              { key: 'department', title: t('catalogAdmin.list.department'), dataIndex: 'departmentName' },
              {
                key: 'status',
                title: t('catalogAdmin.list.publicationStatus'),
                render: (_, item) => (
                  <Flex gap={4}>
                    <PublicationStatusTag status={item.publicationStatus} />
                    <ChangeStatusTag status={item.changeStatus} />
                  </Flex>
                ),
              },
              {
                key: 'errors',
                title: t('catalogAdmin.report.errors'),
                align: 'right',
                sorter: (a, b) => a.counts.error - b.counts.error,
                render: (_, item) => <CountCell value={item.counts.error} severity="error" />,
              },
              {
                key: 'warnings',
                title: t('catalogAdmin.report.warnings'),
                align: 'right',
                sorter: (a, b) => a.counts.warning - b.counts.warning,
                render: (_, item) => <CountCell value={item.counts.warning} severity="warning" />,
              },
              {
                key: 'infos',
                title: t('catalogAdmin.report.infos'),
                align: 'right',
                sorter: (a, b) => a.counts.info - b.counts.info,
                render: (_, item) => <CountCell value={item.counts.info} severity="info" />,
              },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
