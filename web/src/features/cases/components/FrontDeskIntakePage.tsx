import { useState } from 'react';
import './cases.css';
import { Alert, App, Button, Card, Checkbox, Descriptions, Flex, Form, Input, List, Steps, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useGuide, useServiceItems } from '../../catalog/hooks/usePublicCatalog.ts';
import type { PublicGuide } from '../../catalog/api/public-catalog-api.ts';
import { CASE_ATTACHMENT_ACCEPT, type CaseDetail } from '../api/cases-api.ts';
import type { WalkInApplicant } from '../api/front-desk-api.ts';
import { AGENT_AUTHORISATION_KEY, canConcludeAtWindow, identifierKind, INTAKE_STEPS, intakeStepOf } from '../front-desk.ts';
import { useCase, useUploadCaseAttachment } from '../hooks/useCases.ts';
import { useFileCase, useFindApplicant, useRegisterWalkIn } from '../hooks/useFrontDesk.ts';
import { CaseEditor } from './CaseEditor.tsx';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { CaseStatusTag } from './CaseStatusTag.tsx';
import { ConcludeAtWindowForm } from './ConcludeAtWindowForm.tsx';
import { NoticePrintList } from './NoticePrintList.tsx';

/** Step 1: find the applicant by ID number / credit code (audited, masked), or register the walk-in. */
function ApplicantStep({ onChosen }: { onChosen: (applicant: WalkInApplicant) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [identifier, setIdentifier] = useState('');
  const [invalid, setInvalid] = useState(false);
  const find = useFindApplicant();
  const register = useRegisterWalkIn();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [legalRepresentative, setLegalRepresentative] = useState('');
  const [checked, setChecked] = useState(false);
  const kind = identifierKind(identifier);
  const found = find.data?.applicant ?? null;
  const fieldErrors = isApiError(register.error) ? Object.fromEntries(register.error.fields.map((f) => [f.path.replace(/^\//, ''), f.message])) : {};

  const onFind = () => {
    register.reset();
    if (kind === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    find.mutate(identifier.trim().toUpperCase());
  };
  const onRegister = () => {
    if (kind === null) return;
    const value = identifier.trim().toUpperCase();
    register.mutate(
      kind === 'person' ? { kind, name, idNumber: value, phone } : { kind, name, creditCode: value, legalRepresentative, phone },
      { onSuccess: (applicant) => { void message.success(t('frontDesk.register.registered', { name: applicant.name })); onChosen(applicant); } },
    );
  };

  return (
    <Card className="case-block" title={<h2 className="card-title">{t('frontDesk.applicant.title')}</h2>}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('frontDesk.applicant.identifier')} htmlFor="intake-identifier" extra={t('frontDesk.applicant.identifierHelp')}
          validateStatus={invalid ? 'error' : undefined} help={invalid ? t('frontDesk.applicant.identifierInvalid') : undefined}>
          <Flex gap={8} wrap>
            <Input id="intake-identifier" className="intake-identifier" value={identifier} autoComplete="off" maxLength={30}
              onChange={(e) => { setIdentifier(e.target.value.toUpperCase()); find.reset(); }} onPressEnter={onFind} />
            <Button type="primary" onClick={onFind} loading={find.isPending}>{t('frontDesk.applicant.find')}</Button>
          </Flex>
        </Form.Item>
      </Form>
      <CaseErrorAlert error={find.error} />
      {found ? (
        <div data-testid="intake-applicant">
          <Alert type="success" showIcon className="case-block" title={t('frontDesk.applicant.found')} />
          <Descriptions column={1} size="small" bordered className="case-block" items={[
            { key: 'name', label: t('frontDesk.applicant.name'), children: found.name },
            found.idNumberMasked
              ? { key: 'id', label: t('frontDesk.applicant.idNumber'), children: found.idNumberMasked }
              : { key: 'code', label: t('frontDesk.applicant.creditCode'), children: found.creditCode },
            { key: 'phone', label: t('frontDesk.applicant.phone'), children: found.phoneMasked },
            { key: 'account', label: t('frontDesk.applicant.account'), children: found.hasAccount ? t('frontDesk.applicant.hasAccount') : t('frontDesk.applicant.noAccount') },
          ]} />
          <Button type="primary" onClick={() => onChosen(found)}>{t('frontDesk.applicant.use')}</Button>
        </div>
      ) : null}
      {find.data && !found ? (
        <section aria-labelledby="intake-register-title" data-testid="intake-register">
          <Alert type="info" showIcon className="case-block" title={t('frontDesk.applicant.notFound')} />
          <h3 id="intake-register-title" className="card-title">{t('frontDesk.register.title')}</h3>
          <p className="case-muted">{t('frontDesk.register.hint')}</p>
          <Form layout="vertical" component="div">
            <Form.Item label={kind === 'enterprise' ? t('frontDesk.register.enterpriseName') : t('frontDesk.register.name')} htmlFor="register-name" required
              validateStatus={fieldErrors.name ? 'error' : undefined} help={fieldErrors.name}>
              <Input id="register-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
            </Form.Item>
            {kind === 'enterprise' ? (
              <Form.Item label={t('frontDesk.register.legalRepresentative')} htmlFor="register-legal" required
                validateStatus={fieldErrors.legalRepresentative ? 'error' : undefined} help={fieldErrors.legalRepresentative}>
                <Input id="register-legal" value={legalRepresentative} maxLength={50} onChange={(e) => setLegalRepresentative(e.target.value)} />
              </Form.Item>
            ) : null}
            <Form.Item label={t('frontDesk.register.phone')} htmlFor="register-phone" required validateStatus={fieldErrors.phone ? 'error' : undefined} help={fieldErrors.phone}>
              <Input id="register-phone" inputMode="tel" value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} />
            </Form.Item>
            <Form.Item>
              <Checkbox checked={checked} onChange={(e) => setChecked(e.target.checked)}>{t('frontDesk.register.checked')}</Checkbox>
            </Form.Item>
          </Form>
          <CaseErrorAlert error={register.error} />
          <Button type="primary" disabled={!checked} loading={register.isPending} onClick={onRegister}>{t('frontDesk.register.submit')}</Button>
        </section>
      ) : null}
    </Card>
  );
}

/** Step 2: search the catalogue and start the case on the applicant's behalf. */
function ItemStep({ applicantId, onStarted }: { applicantId: string; onStarted: (detail: CaseDetail, guide: PublicGuide) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [code, setCode] = useState<string | undefined>(undefined);
  const items = useServiceItems({ q: query || undefined, page: 1, pageSize: 10 });
  const guide = useGuide(code);
  const file = useFileCase();
  const start = () => {
    if (!guide.data) return;
    const chosen = guide.data;
    file.mutate({ applicantId, implementationId: chosen.implementationId }, { onSuccess: (detail) => onStarted(detail, chosen) });
  };
  return (
    <Card className="case-block" title={<h2 className="card-title">{t('frontDesk.item.title')}</h2>}>
      <Input.Search aria-label={t('frontDesk.item.search')} placeholder={t('frontDesk.item.searchPlaceholder')} allowClear enterButton={t('frontDesk.item.search')}
        onSearch={(value) => { setQuery(value.trim()); setCode(undefined); file.reset(); }} className="case-block" data-testid="intake-item-search" />
      <CaseErrorAlert error={items.error} />
      <List
        loading={items.isFetching}
        dataSource={items.data?.items ?? []}
        locale={{ emptyText: t('frontDesk.item.empty') }}
        renderItem={(item) => (
          <List.Item className={item.code === code ? 'intake-item intake-item-chosen' : 'intake-item'} data-testid="intake-item"
            actions={[<Button key="choose" type={item.code === code ? 'primary' : 'default'} aria-label={`${t('frontDesk.item.choose')} ${item.name} ${item.regionName}`}
              onClick={() => { setCode(item.code); file.reset(); }}>{t('frontDesk.item.choose')}</Button>]}>
            <List.Item.Meta
              title={<Flex wrap gap={8} align="center"><span>{item.name}</span><Tag className={`case-tag case-tag-${item.caseKind === 'immediate' ? 'success' : 'neutral'}`}>{t(`frontDesk.item.${item.caseKind}`)}</Tag></Flex>}
              description={t('frontDesk.item.unit', { department: item.departmentName, region: item.regionName })}
            />
          </List.Item>
        )}
      />
      {guide.data ? (
        <Flex wrap gap={8} align="center" className="case-actions">
          <span>{t('frontDesk.item.chosen', { name: guide.data.name })}</span>
          <Button type="primary" onClick={start} loading={file.isPending}>{t('frontDesk.item.start')}</Button>
        </Flex>
      ) : null}
      <CaseErrorAlert error={guide.error ?? file.error} />
    </Card>
  );
}

/** An agent's case keeps the applicant's signed authorisation letter (授权委托书). */
function AuthorisationUpload({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const upload = useUploadCaseAttachment(detail.id);
  const letters = detail.attachments.filter((a) => a.materialKey === AGENT_AUTHORISATION_KEY);
  return (
    <section aria-labelledby="authorisation-title" data-testid={`material-${AGENT_AUTHORISATION_KEY}`}>
      <h2 id="authorisation-title" className="card-title">{t('frontDesk.form.authorisation')}</h2>
      <p className="case-muted">{t('frontDesk.form.authorisationHint')}</p>
      {letters.map((a) => <div key={a.id}>{t('frontDesk.form.authorisationUploaded', { file: a.fileName })}</div>)}
      <Upload accept={CASE_ATTACHMENT_ACCEPT} showUploadList={false} multiple={false}
        beforeUpload={(file) => { upload.mutate({ materialKey: AGENT_AUTHORISATION_KEY, file }); return false; }}>
        <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>{t('frontDesk.form.authorisationUpload')}</Button>
      </Upload>
      <CaseErrorAlert error={upload.error} />
    </section>
  );
}

/**
 * Step 3: the same editor as online (form checked here and by the server, the scans, save, submit with an
 * Idempotency-Key), filed on the applicant's behalf; an agent's case also takes the signed authorisation letter.
 */
function FormStep({ detail, guide }: { detail: CaseDetail; guide: PublicGuide }) {
  const { t } = useTranslation();
  return (
    <CaseEditor detail={detail} guide={guide} onBehalf={{
      extraMaterials: detail.channel === 'agent' ? <AuthorisationUpload detail={detail} /> : null,
      extraMaterialNames: { [AGENT_AUTHORISATION_KEY]: t('frontDesk.form.authorisation') },
    }} />
  );
}

/** Step 4: the case number; immediate items concluded on the spot by the clerk; the notices to print. */
function DoneStep({ detail, guide, isClerk, onNext }: { detail: CaseDetail; guide: PublicGuide; isClerk: boolean; onNext: () => void }) {
  const { t } = useTranslation();
  const mayConclude = canConcludeAtWindow({ caseKind: guide.content.caseKind, status: detail.status, isClerk });
  return (
    <>
      <Card className="case-block">
        <Descriptions column={1} size="small" items={[
          { key: 'number', label: t('frontDesk.done.caseNumber'), children: <strong className="case-number" data-testid="intake-case-number">{detail.caseNumber}</strong> },
          { key: 'item', label: t('cases.fields.item'), children: detail.itemName },
          { key: 'status', label: t('frontDesk.done.status'), children: <CaseStatusTag status={detail.status} /> },
          { key: 'channel', label: t('frontDesk.done.channel'), children: t(`frontDesk.done.channels.${detail.channel}`) },
        ]} />
        {detail.status === 'submitted' && !mayConclude && isClerk ? <p className="case-muted">{t('frontDesk.done.preReview')}</p> : null}
        <Flex wrap gap={8} className="case-actions">
          <ButtonLink to={`/workbench/cases/${detail.id}`}>{t('frontDesk.done.openCase')}</ButtonLink>
          <Button onClick={onNext}>{t('frontDesk.done.another')}</Button>
        </Flex>
      </Card>
      {mayConclude ? <Card className="case-block"><ConcludeAtWindowForm caseId={detail.id} /></Card> : null}
      <Card className="case-block"><NoticePrintList caseId={detail.id} /></Card>
    </>
  );
}

/**
 * `/workbench/cases/intake`: front-desk intake by a clerk (channel window) or assisted filing by an agent (帮办代办,
 * channel agent): find or register the applicant → choose the item → form and scans → submit → for immediate items
 * conclude on the spot → print the notices. The case then shows in the applicant's own "my cases".
 */
export function FrontDeskIntakePage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  const isClerk = principal?.kind === 'staff' && principal.roles.includes('clerk');
  const [applicant, setApplicant] = useState<WalkInApplicant | null>(null);
  const [started, setStarted] = useState<{ caseId: string; guide: PublicGuide } | null>(null);
  const detail = useCase(started?.caseId);
  const step = intakeStepOf({ applicantId: applicant?.id ?? null, caseId: started?.caseId ?? null, caseStatus: detail.data?.status ?? null });
  const reset = () => { setApplicant(null); setStarted(null); };

  let body;
  if (step === 'applicant') body = <ApplicantStep onChosen={setApplicant} />;
  else if (step === 'item') body = <ItemStep applicantId={applicant?.id ?? ''} onStarted={(d, guide) => setStarted({ caseId: d.id, guide })} />;
  else if (!detail.data || !started) body = detail.isError ? <CaseErrorAlert error={detail.error} /> : <PageLoading />;
  else if (step === 'form') body = <FormStep key={detail.data.id} detail={detail.data} guide={started.guide} />;
  else body = <DoneStep detail={detail.data} guide={started.guide} isClerk={isClerk} onNext={reset} />;

  return (
    <div className="intake-page">
      <PageHeader title={isClerk ? t('frontDesk.title') : t('frontDesk.titleAgent')} description={isClerk ? t('frontDesk.description') : t('frontDesk.descriptionAgent')} />
      <Steps size="small" className="case-block" current={INTAKE_STEPS.indexOf(step)} items={INTAKE_STEPS.map((s) => ({ title: t(`frontDesk.steps.${s}`) }))} />
      {applicant && step !== 'applicant' ? (
        <Flex wrap gap={8} align="center" className="case-block" data-testid="intake-current-applicant">
          <span>{t('frontDesk.applicant.current', { name: applicant.name, id: applicant.idNumberMasked ?? applicant.creditCode ?? '' })}</span>
          {step === 'item' ? <Button size="small" onClick={reset}>{t('frontDesk.applicant.change')}</Button> : null}
        </Flex>
      ) : null}
      {body}
    </div>
  );
}
