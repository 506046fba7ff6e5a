import { useState } from 'react';
import { Button, Card, Modal, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format.ts';
import type { ImplementationVersion } from '../../api/implementations-api.ts';
import { useImplementationDiff, useImplementationVersions } from '../../hooks/useImplementations.ts';
import { ChangeList } from './ChangeList.tsx';

function VersionDiff({ id, to }: { id: string; to: number }) {
  const { t } = useTranslation();
  const diff = useImplementationDiff(id, { from: to - 1, to });
  if (diff.isPending) return <Spin />;
  if (diff.isError) return <>{t('errors.loadFailed')}</>;
  return <ChangeList changes={diff.data} contents={[]} emptyText={t('catalogAdmin.changes.none')} />;
}

/** Published versions, newest first; each can be compared with the one before it. */
export function VersionsCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const versions = useImplementationVersions(id);
  const [comparing, setComparing] = useState<number | null>(null);
  return (
    <Card title={<h2 className="card-title">{t('catalogAdmin.versions.title')}</h2>}>
      <Table<ImplementationVersion>
        rowKey="version"
        size="small"
        loading={versions.isPending}
        dataSource={versions.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: versions.isError ? t('errors.loadFailed') : t('catalogAdmin.versions.none') }}
        columns={[
          { key: 'version', title: t('catalogAdmin.versions.version'), render: (_, row) => t('catalogAdmin.list.versionValue', { version: row.version }) },
          { key: 'publishedAt', title: t('catalogAdmin.versions.publishedAt'), render: (_, row) => formatDateTime(row.publishedAt, i18n.language) },
          { key: 'publishedBy', title: t('catalogAdmin.versions.publishedBy'), render: (_, row) => row.publishedBy ?? t('catalogAdmin.versions.system') },
          { key: 'hash', title: t('catalogAdmin.versions.hash'), render: (_, row) => <span className="code-tag" title={row.contentHash}>{row.contentHash.slice(0, 12)}…</span> },
          {
            key: 'compare',
            title: t('common.actions'),
            render: (_, row) =>
              row.version > 1 ? (
                <Button type="link" onClick={() => setComparing(row.version)}>
                  {t('catalogAdmin.versions.compare')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={comparing !== null}
        title={comparing ? t('catalogAdmin.versions.compareTitle', { from: comparing - 1, to: comparing }) : ''}
        footer={null}
        onCancel={() => setComparing(null)}
        width={720}
        destroyOnHidden
      >
        {comparing ? <VersionDiff id={id} to={comparing} /> : null}
      </Modal>
    </Card>
  );
}
