import { useEffect, useRef } from 'react';
import './cases.css';
import { Breadcrumb, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { useGuide } from '../../catalog/hooks/usePublicCatalog.ts';
import { useCase, useCreateCaseDraft, useMyCases } from '../hooks/useCases.ts';
import { CaseEditor } from './CaseEditor.tsx';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';

/** `/apply/:implementationCode`: resumes the applicant's latest draft for the item, or starts one. */
export function ApplyPage() {
  const { t } = useTranslation();
  const { implementationCode } = useParams();
  const guide = useGuide(implementationCode);
  const drafts = useMyCases({ status: 'draft', page: 1, pageSize: 100 });
  const create = useCreateCaseDraft();
  const started = useRef(false);
  const draft = drafts.data?.items.find((c) => c.implementationCode === implementationCode);
  const caseId = draft?.id ?? create.data?.id;
  const detail = useCase(caseId);
  const isOnline = guide.data?.content.channels.includes('online') ?? false;
  const implementationId = guide.data?.implementationId ?? null;

  useEffect(() => {
    // Once per visit (StrictMode runs effects twice): a second draft would only clutter "my cases".
    if (started.current || !drafts.isSuccess || draft || !isOnline || !implementationId) return;
    started.current = true;
    create.mutate(implementationId);
  }, [drafts.isSuccess, draft, isOnline, implementationId, create]);

  const title = guide.data ? t('cases.apply.title', { name: guide.data.name }) : t('cases.apply.titleShort');
  const header = (
    <PageHeader
      title={title}
      breadcrumb={
        <Breadcrumb items={[
          { key: 'services', title: <Link to="/services">{t('guide.breadcrumb')}</Link> },
          ...(guide.data ? [{ key: 'guide', title: <Link to={`/services/${guide.data.code}`}>{guide.data.name}</Link> }] : []),
          { key: 'apply', title: t('cases.apply.titleShort') },
        ]} />
      }
    />
  );

  if (guide.isPending || drafts.isPending) return <PageLoading />;
  if (guide.isError || drafts.isError) return <div className="portal-page">{header}<CaseErrorAlert error={guide.error ?? drafts.error} /></div>;
  if (!isOnline) {
    return (
      <div className="portal-page">
        {header}
        <Result status="info" title={t('cases.apply.notOnline')} extra={<ButtonLink to={`/services/${guide.data.code}`}>{t('cases.apply.backToGuide')}</ButtonLink>} />
      </div>
    );
  }
  if (!caseId && !implementationId) {
    return <div className="portal-page">{header}<Result status="warning" title={t('cases.apply.cannotStart')} /></div>;
  }
  if (create.isError) return <div className="portal-page">{header}<CaseErrorAlert error={create.error} /></div>;
  if (!detail.data) return detail.isError ? <div className="portal-page">{header}<CaseErrorAlert error={detail.error} /></div> : <PageLoading />;
  return (
    <div className="portal-page">
      {header}
      <CaseEditor key={detail.data.id} detail={detail.data} guide={guide.data} />
    </div>
  );
}

/** `/me/cases/:id/edit`: a draft or a case awaiting correction, opened from "my cases". */
export function CaseEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useCase(id);
  const guide = useGuide(detail.data?.implementationCode);
  if (detail.isError) return <div className="portal-page"><CaseErrorAlert error={detail.error} /></div>;
  if (guide.isError) return <div className="portal-page"><CaseErrorAlert error={guide.error} /></div>;
  if (!detail.data || !guide.data) return <PageLoading />;
  const title = detail.data.status === 'correction_requested' ? t('cases.correction.pageTitle', { name: detail.data.itemName }) : t('cases.apply.title', { name: detail.data.itemName });
  return (
    <div className="portal-page">
      <PageHeader
        title={title}
        breadcrumb={<Breadcrumb items={[{ key: 'mine', title: <Link to="/me/cases">{t('cases.mine.title')}</Link> }, { key: 'case', title: detail.data.caseNumber ?? t('cases.status.draft') }]} />}
      />
      <CaseEditor key={detail.data.id} detail={detail.data} guide={guide.data} />
    </div>
  );
}
