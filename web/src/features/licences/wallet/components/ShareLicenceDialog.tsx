import { useId, useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Popconfirm, QRCode, Radio, Space, Table, Tag, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format.ts';
import { CaseErrorAlert } from '../../../cases/components/CaseErrorAlert.tsx';
import type { CreatedLicenceShare, LicenceShare, WalletLicence } from '../api/wallet-api.ts';
import { useCreateLicenceShare, useLicenceShares, useRevokeLicenceShare } from '../hooks/useWallet.ts';

const DURATIONS = [
  { hours: 1, label: 'licenceWallet.share.hours1' },
  { hours: 24, label: 'licenceWallet.share.hours24' },
  { hours: 168, label: 'licenceWallet.share.days7' },
] as const;

/** Share a licence by a time-limited link: choose how long, get the link with its QR code once, list and withdraw links. */
export function ShareLicenceDialog({ licence, open, onClose }: { licence: WalletLicence; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [hours, setHours] = useState<number>(24);
  const [created, setCreated] = useState<CreatedLicenceShare | null>(null);
  const create = useCreateLicenceShare(licence.id);
  const revoke = useRevokeLicenceShare(licence.id);
  const shares = useLicenceShares(open ? licence.id : null);
  const durationLabel = useId();
  const linkId = useId();

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('licenceWallet.share.copied'));
    } catch {
      void message.warning(t('licenceWallet.share.copyFailed'));
    }
  };

  const close = () => {
    setCreated(null);
    create.reset();
    onClose();
  };

  const stateOf = (share: LicenceShare) =>
    share.revokedAt !== null ? <Tag>{t('licenceWallet.share.revoked')}</Tag>
      : share.active ? <Tag color="green">{t('licenceWallet.share.active')}</Tag>
      : <Tag>{t('licenceWallet.share.expired')}</Tag>;

  return (
    <Modal
      open={open}
      title={t('licenceWallet.share.title', { name: licence.name })}
      onCancel={close}
      footer={<Button onClick={close}>{t('licenceWallet.share.close')}</Button>}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('licenceWallet.share.intro')}</Typography.Paragraph>
      <Flex vertical gap={12}>
        <div role="group" aria-labelledby={durationLabel}>
          <Typography.Text strong id={durationLabel}>{t('licenceWallet.share.duration')}</Typography.Text>
          <Flex wrap gap={12} align="center" className="licence-share-create">
            <Radio.Group
              optionType="button"
              value={hours}
              onChange={(e) => setHours(e.target.value as number)}
              options={DURATIONS.map((d) => ({ value: d.hours, label: t(d.label) }))}
            />
            <Button type="primary" loading={create.isPending} onClick={() => create.mutate(hours, { onSuccess: setCreated })}>
              {t('licenceWallet.share.create')}
            </Button>
          </Flex>
        </div>
        <CaseErrorAlert error={create.error} />
        {created ? (
          <Alert
            type="success"
            role="status"
            title={t('licenceWallet.share.expiresAt', { time: formatDateTime(created.expiresAt, i18n.language) })}
            description={
              <Flex wrap gap={16} align="center">
                <QRCode value={created.url} size={160} aria-label={t('licenceWallet.share.qrLabel')} role="img" />
                <Flex vertical gap={8} className="licence-share-link">
                  <label htmlFor={linkId}>{t('licenceWallet.share.link')}</label>
                  <Space.Compact block>
                    <Input id={linkId} readOnly value={created.url} data-testid="licence-share-url" onFocus={(e) => e.currentTarget.select()} />
                    <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy(created.url)}>{t('licenceWallet.share.copy')}</Button>
                  </Space.Compact>
                </Flex>
              </Flex>
            }
          />
        ) : null}
        <Typography.Title level={3} className="licence-share-heading">{t('licenceWallet.share.existing')}</Typography.Title>
        <CaseErrorAlert error={shares.error ?? revoke.error} />
        <Table<LicenceShare>
          rowKey="id"
          size="small"
          loading={shares.isFetching}
          dataSource={shares.data ?? []}
          pagination={false}
          scroll={{ x: 520 }}
          locale={{ emptyText: t('licenceWallet.share.noShares') }}
          columns={[
            { key: 'created', title: t('licenceWallet.share.createdAt'), render: (_, s) => formatDateTime(s.createdAt, i18n.language) },
            { key: 'expires', title: t('licenceWallet.share.expires'), render: (_, s) => formatDateTime(s.expiresAt, i18n.language) },
            { key: 'views', title: t('licenceWallet.share.views'), dataIndex: 'viewCount' },
            { key: 'state', title: t('licenceWallet.share.state'), render: (_, s) => stateOf(s) },
            {
              key: 'actions', title: t('common.actions'),
              render: (_, s) => s.active ? (
                <Popconfirm
                  title={t('licenceWallet.share.revokeConfirm')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => revoke.mutateAsync(s.id).then(() => void message.success(t('licenceWallet.share.revoked_ok')))}
                >
                  <Button size="small" danger>{t('licenceWallet.share.revoke')}</Button>
                </Popconfirm>
              ) : null,
            },
          ]}
        />
      </Flex>
    </Modal>
  );
}
