import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { CheckOutlined, PauseCircleOutlined, PlayCircleOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api-client.ts';
import type { ImplementationDetail, PublicationTransition } from '../../api/implementations-api.ts';
import { useCatalogPermissions } from '../../hooks/useCatalogPermissions.ts';
import {
  useChangePublicationStatus,
  usePublishImplementation,
  useSendBackImplementation,
  useSubmitImplementation,
} from '../../hooks/useImplementations.ts';

type Action = 'submit' | 'publish' | 'sendBack' | PublicationTransition;

/** Transitions of the publication status the centre may apply from each status (the server's table). */
const TRANSITIONS: Record<ImplementationDetail['publicationStatus'], PublicationTransition[]> = {
  unpublished: ['cancel'],
  published: ['suspend', 'cancel'],
  suspended: ['resume', 'cancel'],
  cancelled: [],
};

const TRANSITION_ICONS: Record<PublicationTransition, ReactNode> = {
  suspend: <PauseCircleOutlined aria-hidden />,
  resume: <PlayCircleOutlined aria-hidden />,
  cancel: <StopOutlined aria-hidden />,
};

/**
 * The lifecycle actions the signed-in role may take now: the item maintainer submits a draft; the centre publishes or
 * sends back a submitted change, and suspends, resumes or cancels by publication status (with a reason).
 */
export function ReviewActions({ implementation }: { implementation: ImplementationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const permissions = useCatalogPermissions();
  const [action, setAction] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ text: string }>();
  const submit = useSubmitImplementation();
  const publish = usePublishImplementation();
  const sendBack = useSendBackImplementation();
  const changeStatus = useChangePublicationStatus();
  const isPending = submit.isPending || publish.isPending || sendBack.isPending || changeStatus.isPending;
  const { id, changeStatus: change, publicationStatus } = implementation;
  const nextVersion = (implementation.currentVersion ?? 0) + 1;
  const isBlocked = implementation.findings.some((finding) => finding.blocksSave);

  const open = (next: Action) => {
    setError(null);
    form.resetFields();
    setAction(next);
  };
  const close = () => setAction(null);

  const run = async () => {
    if (!action) return;
    let text = '';
    if (action !== 'submit' && action !== 'publish') {
      try {
        text = (await form.validateFields()).text.trim();
      } catch {
        return; // The form shows what is missing.
      }
    }
    try {
      switch (action) {
        case 'submit':
          await submit.mutateAsync(id);
          void message.success(t('catalogAdmin.actions.submitted'));
          break;
        case 'publish':
          await publish.mutateAsync(id);
          void message.success(t('catalogAdmin.actions.published', { version: nextVersion }));
          break;
        case 'sendBack':
          await sendBack.mutateAsync({ id, comment: text });
          void message.success(t('catalogAdmin.actions.sentBack'));
          break;
        case 'suspend':
        case 'resume':
        case 'cancel':
          await changeStatus.mutateAsync({ id, transition: action, reason: text });
          void message.success(t(`catalogAdmin.actions.transitions.${action}.done`));
          break;
      }
      close();
    } catch (cause) {
      setError(isApiError(cause) ? cause.message : t('errors.generic'));
    }
  };

  const buttons: ReactNode[] = [];
  if (permissions.canMaintain && change === 'draft' && publicationStatus !== 'cancelled') {
    buttons.push(
      <Button key="submit" type="primary" icon={<SendOutlined aria-hidden />} onClick={() => open('submit')}>
        {t('catalogAdmin.actions.submit')}
      </Button>,
    );
  }
  if (permissions.canReview && change === 'submitted') {
    const publishButton = (
      <Button key="publish" type="primary" icon={<CheckOutlined aria-hidden />} disabled={isBlocked} onClick={() => open('publish')}>
        {t('catalogAdmin.actions.publish')}
      </Button>
    );
    buttons.push(
      isBlocked ? (
        <Tooltip key="publish" title={t('catalogAdmin.actions.publishBlocked')}>
          <span>{publishButton}</span>
        </Tooltip>
      ) : (
        publishButton
      ),
      <Button key="sendBack" icon={<RollbackOutlined aria-hidden />} onClick={() => open('sendBack')}>
        {t('catalogAdmin.actions.sendBack')}
      </Button>,
    );
  }
  if (permissions.canReview) {
    for (const transition of TRANSITIONS[publicationStatus]) {
      buttons.push(
        <Button key={transition} danger={transition === 'cancel'} icon={TRANSITION_ICONS[transition]} onClick={() => open(transition)}>
          {t(`catalogAdmin.actions.transitions.${transition}.action`)}
        </Button>,
      );
    }
  }
  if (buttons.length === 0) return null;

  let title = '';
  let okText = '';
  let body: ReactNode = null;
  switch (action) {
    case 'submit':
      title = okText = t('catalogAdmin.actions.submit');
      body = <Typography.Paragraph>{t('catalogAdmin.actions.submitConfirm')}</Typography.Paragraph>;
      break;
    case 'publish':
      title = okText = t('catalogAdmin.actions.publish');
      body = <Typography.Paragraph>{t('catalogAdmin.actions.publishConfirm', { version: nextVersion })}</Typography.Paragraph>;
      break;
    case 'sendBack':
      title = t('catalogAdmin.actions.sendBackTitle');
      okText = t('catalogAdmin.actions.sendBack');
      body = (
        <Form.Item
          name="text"
          label={t('catalogAdmin.actions.comment')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('catalogAdmin.actions.commentRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('catalogAdmin.actions.commentPlaceholder')} />
        </Form.Item>
      );
      break;
    case 'suspend':
    case 'resume':
    case 'cancel':
      title = t(`catalogAdmin.actions.transitions.${action}.title`);
      okText = t(`catalogAdmin.actions.transitions.${action}.action`);
      body = (
        <>
          {action === 'cancel' ? <Alert type="warning" showIcon title={t('catalogAdmin.actions.cancelWarning')} style={{ marginBottom: 16 }} /> : null}
          <Form.Item
            name="text"
            label={t('catalogAdmin.actions.reason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('catalogAdmin.actions.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </>
      );
      break;
    case null:
      break;
  }

  return (
    <>
      {buttons}
      <Modal
        open={action !== null}
        title={title}
        okText={okText}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: action === 'cancel', loading: isPending }}
        onOk={() => void run()}
        onCancel={close}
        destroyOnHidden
      >
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
        <Form form={form} layout="vertical" requiredMark={false}>
          {body}
        </Form>
      </Modal>
    </>
  );
}
