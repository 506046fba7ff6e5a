import { Alert, Breadcrumb, Card, Descriptions, Result } from 'antd';
import './cases.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { useGuide } from '../../catalog/hooks/usePublicCatalog.ts';
import { visibleFields } from '../application-form.ts';
import type { ApprovalCaseDetail } from '../api/approval-api.ts';
import { useCase } from '../hooks/useCases.ts';
import { ApprovalActions } from './ApprovalActions.tsx';
import { CaseClockPanel } from './CaseClock.tsx';
import { CaseDocumentsPanel } from './CaseDocumentsPanel.tsx';
import { AttachmentPreview } from './AttachmentPreview.tsx';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { CaseStatusTag, PreReviewTag } from './CaseStatusTag.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { FrontDeskActions } from './FrontDeskActions.tsx';

function display(value: unknown, yes: string, no: string): string {
  if (value === true) return yes;
  if (value === false) return no;
  if (Array.isArray(value)) return value.map(String).join('、');
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * `/workbench/cases/:id`: a case for staff: form (read-only), materials inline, timeline, notices; the front desk's
 * pre-review actions; for the competent department's step workers the clock and the approval actions.
 */
export function StaffCaseDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useCase(id);
  const guide = useGuide(detail.data?.implementationCode);
  const { principal } = useSession();
  // Approvers come from their step queue, clerks from the pre-review queue.
  const isApprover = principal?.kind === 'staff' && principal.roles.includes('approver') && !principal.roles.includes('clerk');

  if (detail.isPending) return <PageLoading />;
  if (!detail.data) {
    const isMissing = isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400);
    return isMissing ? <Result status="404" title={<h1 className="result-title">{t('cases.detail.notFound')}</h1>} /> : <CaseErrorAlert error={detail.error} />;
  }
  const c: ApprovalCaseDetail = detail.data;
  const form = guide.data?.content.form;
  const fieldNames = form ? visibleFields(form, c.formData) : Object.keys(c.formData);
  const titleOf = (name: string) => form?.schema.properties[name]?.title ?? name;
  const materialName = (key: string) => (key === 'form' ? t('cases.correction.formItem') : c.materials.find((m) => m.key === key)?.name ?? key);

  return (
    <div>
      <PageHeader
        title={`${c.caseNumber ?? ''} ${c.itemName}`}
        breadcrumb={<Breadcrumb items={[
          { key: 'queue', title: isApprover ? <Link to="/workbench/cases/queue">{t('approval.queue.title')}</Link> : <Link to="/workbench/cases/pre-review">{t('cases.queue.title')}</Link> },
          { key: 'case', title: c.caseNumber },
        ]} />}
      />
      <Card className="case-block">
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('cases.fields.status')}><CaseStatusTag status={c.status} /></Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.applicant')}>{c.applicant?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.receivedOn')}>{c.receivedOn ?? '—'}</Descriptions.Item>
          {c.preReview ? <Descriptions.Item label={t('cases.fields.preReviewDeadline')}><PreReviewTag preReview={c.preReview} /></Descriptions.Item> : null}
          {c.acceptedOn ? <Descriptions.Item label={t('cases.fields.acceptedOn')}>{c.acceptedOn}</Descriptions.Item> : null}
          {c.promisedDeadline ? <Descriptions.Item label={t('cases.fields.promisedDeadline')}>{c.promisedDeadline}</Descriptions.Item> : null}
        </Descriptions>
        <FrontDeskActions detail={c} allowsCommitment={c.definition.allowsCommitment} />
      </Card>
      {c.clock ? (
        <Card className="case-block" title={<h2 className="card-title">{t('approval.clock.title')}</h2>}>
          <CaseClockPanel clock={c.clock} suspensions={c.suspensions} extension={c.extension} showSteps={c.currentStep != null} stepNames={Object.fromEntries(c.definition.process.map((s) => [s.key, s.name]))} />
        </Card>
      ) : null}
      <ApprovalActions detail={c} />
      {c.correctionItems ? (
        <Alert type="warning" showIcon className="case-block" title={t('cases.correction.title')}
          description={<ul>{c.correctionItems.map((item) => <li key={item.materialKey}>{materialName(item.materialKey)}{t('catalog.colon')}{item.problem}</li>)}</ul>} />
      ) : null}
      <Card className="case-block" title={<h2 className="card-title">{t('cases.apply.formTitle')}</h2>}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          {fieldNames.map((name) => <Descriptions.Item key={name} label={titleOf(name)}>{display(c.formData[name], t('cases.form.yes'), t('cases.form.no'))}</Descriptions.Item>)}
        </Descriptions>
      </Card>
      <Card className="case-block" title={<h2 className="card-title">{t('cases.materials.title')}</h2>}>
        {c.materials.map((m) => (
          <section key={m.key} className="case-material-staff" aria-label={m.name} data-testid={`material-${m.key}`}>
            <h3 className="case-material-title">{m.name} <span className="case-muted">{m.isRequired ? t('cases.materials.necessity.required') : m.condition ?? ''}</span></h3>
            {c.attachments.filter((a) => a.materialKey === m.key).map((a) => <AttachmentPreview key={a.id} caseId={c.id} attachment={a} />)}
            {m.attachmentCount === 0 ? <div className="case-muted">{t('cases.materials.none')}</div> : null}
          </section>
        ))}
      </Card>
      <Card className="case-block" title={<h2 className="card-title">{t('cases.timeline.title')}</h2>}>
        <CaseTimeline events={c.events} />
      </Card>
      <CaseDocumentsPanel caseId={c.id} />
    </div>
  );
}
