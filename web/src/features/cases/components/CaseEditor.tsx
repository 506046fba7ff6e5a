import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import type { PublicGuide } from '../../catalog/api/public-catalog-api.ts';
import type { CaseDetail, SubmitResult } from '../api/cases-api.ts';
import { formDataToSend, validateApplicationForm, type FieldProblem } from '../application-form.ts';
import { useSaveCaseDraft, useSubmitCase } from '../hooks/useCases.ts';
import { ApplicationFormFields } from './ApplicationFormFields.tsx';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { MaterialsPanel } from './MaterialsPanel.tsx';

/**
 * Server field errors: `/field` onto the form, `/materials/<key>` listed by material name (`extraNames` first: materials
 * that are not the guide's, such as an agent's authorisation letter).
 */
function splitServerErrors(
  error: unknown, detail: CaseDetail, extraNames: Readonly<Record<string, string>>,
): { fields: Record<string, string>; materials: string[] } {
  const fields: Record<string, string> = {};
  const materials: string[] = [];
  if (!isApiError(error)) return { fields, materials };
  for (const field of error.fields) {
    const parts = field.path.replace(/^\//, '').split('/');
    if (parts[0] === 'materials' && parts[1]) materials.push(extraNames[parts[1]] ?? detail.materials.find((m) => m.key === parts[1])?.name ?? parts[1]);
    else if (parts[0]) fields[parts[0]] ??= field.message;
  }
  return { fields, materials };
}

/**
 * Filing on the applicant's behalf at the window (clerk) or as an agent (帮办代办), at the front-desk intake: the window's
 * labels and messages, no draft hint, no result page after submit (the intake moves on to its own last step once the
 * case reloads as submitted).
 */
export interface OnBehalfFiling {
  /** Uploads below the guide's materials (an agent's authorisation letter), shown in a card of their own. */
  extraMaterials?: ReactNode;
  /** Names of materials that are not the guide's, by key, for the server's "material missing" errors. */
  extraMaterialNames?: Readonly<Record<string, string>>;
}

/**
 * The application: the form (pre-filled, validated here and again by the server), the materials, save (resumable
 * draft) and submit. Also the correction after a correction request: the same page, then resubmit. By the applicant
 * online, or with `onBehalf` by a clerk or agent at the front-desk intake.
 */
export function CaseEditor({ detail, guide, onBehalf }: { detail: CaseDetail; guide: PublicGuide; onBehalf?: OnBehalfFiling }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [values, setValues] = useState<Record<string, unknown>>(detail.formData);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [submitted, setSubmitted] = useState<SubmitResult | null>(null);
  const save = useSaveCaseDraft(detail.id);
  const submit = useSubmitCase(detail.id);
  const form = guide.content.form;
  const isCorrection = detail.status === 'correction_requested';
  const isEditable = detail.status === 'draft' || isCorrection;
  const serverError = submit.error ?? save.error;
  const server = splitServerErrors(serverError, detail, onBehalf?.extraMaterialNames ?? {});
  const texts = onBehalf
    ? {
      formTitle: t('frontDesk.form.title'), save: t('frontDesk.form.save'), saved: t('frontDesk.form.saved'), submit: t('frontDesk.form.submit'),
      fixProblems: t('frontDesk.form.fixProblems'), materialMissing: (name: string) => t('frontDesk.form.materialMissing', { name }), draftHint: null,
    }
    : {
      formTitle: t('cases.apply.formTitle'), save: t('cases.apply.save'), saved: t('cases.apply.saved'), submit: t('cases.apply.submit'),
      fixProblems: t('cases.apply.fixProblems'), materialMissing: (name: string) => t('cases.apply.materialMissing', { name }), draftHint: t('cases.apply.draftHint'),
    };

  const change = (name: string, value: unknown) => {
    setValues((current) => ({ ...current, [name]: value }));
    setProblems((current) => {
      if (!(name in current)) return current;
      const { [name]: _removed, ...rest } = current;
      return rest;
    });
  };

  const saveDraft = async (): Promise<boolean> => {
    const found = validateApplicationForm(form, values, { partial: true });
    setProblems(found);
    if (Object.keys(found).length > 0) return false;
    try {
      await save.mutateAsync(formDataToSend(form, values));
      return true;
    } catch {
      return false;
    }
  };

  const onSave = async () => {
    submit.reset();
    if (await saveDraft()) void message.success(texts.saved);
  };

  const onSubmit = async () => {
    save.reset();
    const found = validateApplicationForm(form, values, { partial: false });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      void message.error(texts.fixProblems);
      return;
    }
    if (!(await saveDraft())) return;
    try {
      const result = await submit.mutateAsync();
      if (!onBehalf) setSubmitted(result);
    } catch {
      // Shown by CaseErrorAlert; a retry after a network error reuses the same Idempotency-Key.
    }
  };

  if (submitted) {
    return (
      <Result
        status="success"
        title={<h1 className="result-title">{t(submitted.submissionCount > 1 ? 'cases.apply.resubmittedTitle' : 'cases.apply.submittedTitle')}</h1>}
        subTitle={
          <div data-testid="submit-result">
            <div>{t('cases.apply.caseNumber')}<strong data-testid="case-number" className="case-number">{submitted.caseNumber}</strong></div>
            <div>{t('cases.apply.preReviewBy', { date: submitted.preReviewDeadline })}</div>
          </div>
        }
        extra={[
          <ButtonLink key="detail" type="primary" to={`/me/cases/${submitted.id}`}>{t('cases.apply.viewCase')}</ButtonLink>,
          <ButtonLink key="list" to="/me/cases">{t('cases.mine.title')}</ButtonLink>,
        ]}
      />
    );
  }

  return (
    <div className="case-editor">
      {isCorrection && detail.correctionItems ? (
        <Alert type="warning" showIcon className="case-block" title={t('cases.correction.title')} description={t('cases.correction.editHint')} />
      ) : null}
      {!isEditable ? <Alert type="info" showIcon className="case-block" title={t('cases.apply.notEditable')} /> : null}
      {detail.implementationVersion !== guide.version ? <Alert type="info" showIcon className="case-block" title={t('cases.apply.versionChanged')} /> : null}
      <Card className="case-block" title={<h2 className="card-title">{texts.formTitle}</h2>}>
        {detail.correctionItems?.some((c) => c.materialKey === 'form') ? (
          <Alert type="warning" className="case-block" title={t('cases.materials.toCorrect', { problem: detail.correctionItems.find((c) => c.materialKey === 'form')?.problem ?? '' })} />
        ) : null}
        <ApplicationFormFields form={form} values={values} problems={problems} serverErrors={server.fields} onChange={change} disabled={!isEditable} />
      </Card>
      <Card className="case-block">
        <MaterialsPanel
          detail={detail}
          guideMaterials={guide.content.materials}
          fileHref={(id) => `/api/public/catalog/items/${encodeURIComponent(guide.code)}/files/${id}`}
          correction={detail.correctionItems}
          isEditable={isEditable}
        />
      </Card>
      {onBehalf?.extraMaterials ? <Card className="case-block">{onBehalf.extraMaterials}</Card> : null}
      <CaseErrorAlert error={serverError} extra={server.materials.map((name) => texts.materialMissing(name))} />
      {isEditable ? (
        <Flex wrap gap={8} className="case-actions">
          <Button onClick={() => void onSave()} loading={save.isPending && !submit.isPending}>{texts.save}</Button>
          <Button type="primary" onClick={() => void onSubmit()} loading={submit.isPending}>
            {isCorrection ? t('cases.apply.resubmit') : texts.submit}
          </Button>
          {texts.draftHint ? <Typography.Text type="secondary" className="case-muted">{texts.draftHint}</Typography.Text> : null}
        </Flex>
      ) : null}
    </div>
  );
}
