import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OperatedEnterprise } from '../api/applicants-api.ts';
import { useMyEnterprises } from '../hooks/useApplicantAccount.ts';

/** For a person: the enterprises that authorised them as an operator (经办人). */
export function EnterprisesCard() {
  const { t } = useTranslation();
  const enterprises = useMyEnterprises(true);
  return (
    <Card title={<h2 className="card-title">{t('me.enterprises.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('me.enterprises.description')}</Typography.Paragraph>
      <Table<OperatedEnterprise>
        rowKey="enterpriseId"
        size="middle"
        loading={enterprises.isPending}
        dataSource={enterprises.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: enterprises.isError ? t('errors.loadFailed') : t('me.enterprises.empty') }}
        columns={[
          { key: 'name', title: t('me.enterprises.name'), dataIndex: 'name' },
          { key: 'creditCode', title: t('me.creditCode'), dataIndex: 'creditCode' },
        ]}
      />
    </Card>
  );
}
