import type { Fee } from '@onetrip/core';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Fees and their basis; an item without fees says so plainly (不收费). */
export function FeesTable({ fees }: { fees: readonly Fee[] }) {
  const { t } = useTranslation();
  if (fees.length === 0) {
    return (
      <Tag color="green" className="no-fees">
        {t('guide.noFees')}
      </Tag>
    );
  }
  return (
    <Table<Fee>
      rowKey="item"
      size="small"
      bordered
      pagination={false}
      dataSource={[...fees]}
      scroll={{ x: 640 }}
      columns={[
        { key: 'item', title: t('guide.fees.item'), dataIndex: 'item' },
        { key: 'standard', title: t('guide.fees.standard'), dataIndex: 'standard' },
        { key: 'basis', title: t('guide.fees.basis'), dataIndex: 'basis' },
        {
          key: 'reducible',
          title: t('guide.fees.reducible'),
          render: (_, fee) => (
            <div>
              <div>{fee.reducible ? t('guide.fees.reducibleYes') : t('guide.fees.reducibleNo')}</div>
              {fee.reductionBasis ? <div className="guide-muted">{fee.reductionBasis}</div> : null}
            </div>
          ),
        },
      ]}
    />
  );
}
