import { Alert, App, Breadcrumb, Button, Card, Descriptions, Flex, Result } from 'antd';
import './cases.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ACCEPTED_CASE_STATUSES, OPEN_CASE_STATUSES } from '@onetrip/core';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { formatFileSize } from '../../../lib/format.ts';
import type { ApprovalCaseDetail } from '../api/approval-api.ts';
import { useCase, useWithdrawCase } from '../hooks/useCases.ts';
import { CaseClockPanel } from './CaseClock.tsx';
import { CaseDocumentsPanel } from './CaseDocumentsPanel.tsx';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { CaseStatusTag } from './CaseStatusTag.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';

/** `/me/cases/:id`: status, dates, the clock once accepted, the correction request, materials, timeline, notices, withdraw. */
export function MyCaseDetailPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const detail = useCase(id);
  const withdraw = useWithdrawCase(id ?? '');
  const { modal } = App.useApp();

  if (detail.isPending) return <PageLoading />;
  if (!detail.data) {
    const isMissing = isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400);
    return (
      <div className="portal-page">
        {isMissing ? <Result status="404" title={<h1 className="result-title">{t('cases.detail.notFound')}</h1>} extra={<ButtonLink to="/me/cases">{t('cases.mine.title')}</ButtonLink>} /> : <CaseErrorAlert error={detail.error} />}
      </div>
    );
  }
  const c: ApprovalCaseDetail = detail.data;
  const materialName = (key: string) => (key === 'form' ? t('cases.correction.formItem') : c.materials.find((m) => m.key === key)?.name ?? key);
  // Withdrawal before conclusion (core: any open state except a concluded case).
  // A draft a clerk or agent is filling is theirs until submitted (the server refuses the applicant's edits).
  const isFiledOnBehalf = c.channel === 'window' || c.channel === 'agent';
  const canWithdraw = OPEN_CASE_STATUSES.includes(c.status) && c.status !== 'concluded' && c.status !== 'draft';

  const confirmWithdraw = () => {
    modal.confirm({
      title: t('cases.withdraw.confirmTitle'),
      content: t('cases.withdraw.confirmText', { number: c.caseNumber ?? '' }),
      okText: t('cases.withdraw.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => withdraw.mutateAsync(null).catch(() => undefined),
    });
  };

  return (
    <div className="portal-page">
      <PageHeader
        title={c.itemName}
        breadcrumb={<Breadcrumb items={[{ key: 'mine', title: <Link to="/me/cases">{t('cases.mine.title')}</Link> }, { key: 'case', title: c.caseNumber ?? t('cases.status.draft') }]} />}
        extra={
          <>
            {c.status === 'draft' && !isFiledOnBehalf ? <ButtonLink type="primary" to={`/me/cases/${c.id}/edit`}>{t('cases.detail.continue')}</ButtonLink> : null}
            {canWithdraw ? <Button danger onClick={confirmWithdraw} loading={withdraw.isPending}>{t('cases.withdraw.button')}</Button> : null}
          </>
        }
      />
      <CaseErrorAlert error={withdraw.error} />
      {c.status === 'draft' && isFiledOnBehalf ? <Alert type="info" showIcon className="case-block" title={t('cases.detail.beingFiled')} /> : null}
      {c.status === 'correction_requested' && c.correctionItems ? (
        <Alert
          type="warning"
          showIcon
          className="case-block"
          data-testid="correction-notice"
          title={t('cases.correction.title')}
          description={
            <>
              <p>{t('cases.correction.intro')}</p>
              <ul>
                {c.correctionItems.map((item) => <li key={item.materialKey}><strong>{materialName(item.materialKey)}</strong>{t('catalog.colon')}{item.problem}</li>)}
              </ul>
              <ButtonLink type="primary" to={`/me/cases/${c.id}/edit`}>{t('cases.correction.start')}</ButtonLink>
            </>
          }
        />
      ) : null}
      {c.closeReason ? <Alert type="info" showIcon className="case-block" title={t('cases.detail.closeReason', { reason: c.closeReason })} /> : null}
      <Card className="case-block">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('cases.fields.caseNumber')}><span className="case-number">{c.caseNumber ?? '—'}</span></Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.status')}><CaseStatusTag status={c.status} /></Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.receivedOn')}>{c.receivedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.acceptedOn')}>{c.acceptedOn ?? '—'}</Descriptions.Item>
          {c.preReview ? <Descriptions.Item label={t('cases.fields.preReviewDeadline')}>{c.preReview.deadline}</Descriptions.Item> : null}
          <Descriptions.Item label={t('cases.fields.promisedDeadline')}>{c.promisedDeadline ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.updatedAt')}>{formatDateTime(c.updatedAt, i18n.language)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {c.clock && ACCEPTED_CASE_STATUSES.includes(c.status) ? (
        <Card className="case-block" title={<h2 className="card-title">{t('approval.clock.title')}</h2>}>
          <CaseClockPanel clock={c.clock} audience="applicant" />
        </Card>
      ) : null}
      <Flex vertical gap={16} className="case-columns">
        <Card title={<h2 className="card-title">{t('cases.materials.title')}</h2>}>
          <ul className="case-attachments">
            {c.materials.map((m) => (
              <li key={m.key}>
                <strong>{m.name}</strong>{t('catalog.colon')}
                {c.attachments.filter((a) => a.materialKey === m.key).map((a) => `${a.fileName} (${formatFileSize(a.size)})`).join('，') || t('cases.materials.none')}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={<h2 className="card-title">{t('cases.timeline.title')}</h2>}>
          <CaseTimeline events={c.events} />
        </Card>
        {c.status !== 'draft' ? <CaseDocumentsPanel caseId={c.id} /> : null}
      </Flex>
    </div>
  );
}
