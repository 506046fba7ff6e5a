import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkImplementation, LOCAL_ELEMENTS, type Finding, type ImplementationContent } from '@onetrip/core';
import { Alert, App, Breadcrumb, Col, Flex, Form, Modal, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../../lib/api-client.ts';
import { ButtonLink } from '../../../shell/components/ButtonLink.tsx';
import { PageHeader } from '../../../shell/components/PageHeader.tsx';
import type { ImplementationDetail, ReferencedFile } from '../../api/implementations-api.ts';
import { useChangeDescriber } from '../../hooks/useChangeDescriber.ts';
import { useEditorCheckContext, useProofCatalogue } from '../../hooks/useEditorCheckContext.ts';
import { useSaveImplementationDraft, useSubmitImplementation } from '../../hooks/useImplementations.ts';
import { useLiveCheck } from '../../hooks/useLiveCheck.ts';
import { useUnsavedChangesGuard } from '../../hooks/useUnsavedChangesGuard.ts';
import { ChangeStatusTag, PublicationStatusTag } from '../workbench/StatusTags.tsx';
import { ApplicationFormSection } from './ApplicationFormSection.tsx';
import { BasicSection } from './BasicSection.tsx';
import { ConditionsSection } from './ConditionsSection.tsx';
import { ContactSection } from './ContactSection.tsx';
import { EditorActionsBar } from './EditorActionsBar.tsx';
import { EditorContext, type EditorContextValue, type RevealRequest } from './EditorContext.tsx';
import { EditorFindingsPanel } from './EditorFindingsPanel.tsx';
import { hasChanges, toContent, toEditorValues, type EditorValues } from './editor-values.ts';
import { FaqSection } from './FaqSection.tsx';
import { FeesSection } from './FeesSection.tsx';
import { anchorOf, contentPointerOf, EDITOR_FORM_NAME, fieldIdOf, namePathOf, sectionOf } from './finding-anchors.ts';
import { HandlingSection } from './HandlingSection.tsx';
import { InlineFindings } from './InlineFindings.tsx';
import { LimitsSection } from './LimitsSection.tsx';
import { MaterialsSection } from './MaterialsSection.tsx';
import { ProcessSection } from './ProcessSection.tsx';
import { ResultSection } from './ResultSection.tsx';
import { SaveProblems, type ServerProblem } from './SaveProblems.tsx';
import { focusPath } from './reveal-path.ts';
import { SectionNav } from './SectionNav.tsx';
import './editor.css';

/**
 * The structured editor of one implementation's working copy. It starts from the draft (or the version in force,
 * which the first save turns into a draft), checks every change live with core's guide checker, saves with the
 * revision it started from (a newer one on the server is a conflict, never overwritten) and submits for review.
 */
export function ImplementationEditor({ implementation, onRestart, onReload }: {
  implementation: ImplementationDetail;
  /** Starts over from the content in the query cache (discard). */
  onRestart: () => void;
  /** Loads the latest version from the server and starts over (after a conflict). */
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EditorValues>();
  const detailPath = `/workbench/catalog/${implementation.id}`;
  const isInherited = implementation.inheritsFrom !== null;

  const [start] = useState(() => {
    const content = (implementation.draft ?? implementation.current) as ImplementationContent;
    return { content, values: toEditorValues(content), revision: implementation.draftRevision };
  });
  const [baseline, setBaseline] = useState<ImplementationContent>(start.content);
  const baselineRef = useRef(start.content);
  const revisionRef = useRef(start.revision);
  const isLeavingRef = useRef(false);
  const [files, setFiles] = useState<Record<string, ReferencedFile>>(() => ({ ...implementation.files }));
  const [revealRequest, setRevealRequest] = useState<RevealRequest | null>(null);
  const [serverProblem, setServerProblem] = useState<ServerProblem | null>(null);
  const [conflictRevision, setConflictRevision] = useState<number | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const { ctx, isProofCatalogueMissing } = useEditorCheckContext(implementation);
  const proofs = useProofCatalogue();
  const live = useLiveCheck({ form, initialValues: start.values, base: baseline, isInherited, ctx });
  const saveDraft = useSaveImplementationDraft();
  const submit = useSubmitImplementation();
  const describe = useChangeDescriber([live.content]);

  const hasUnsavedChangesNow = useCallback(
    () => !isLeavingRef.current && hasChanges(form.getFieldsValue(true) as EditorValues, baselineRef.current, { isInherited }),
    [form, isInherited],
  );
  const blocker = useUnsavedChangesGuard(hasUnsavedChangesNow);

  const reveal = useCallback((path: string) => setRevealRequest((previous) => ({ path, nonce: (previous?.nonce ?? 0) + 1 })), []);
  useEffect(() => {
    if (!revealRequest) return;
    // A material's card opens first (with its animation) before its field can take the focus.
    const handle = window.setTimeout(() => focusPath(revealRequest.path), sectionOf(revealRequest.path) === 'materials' ? 320 : 60);
    return () => window.clearTimeout(handle);
  }, [revealRequest]);

  const findingsByAnchor = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of live.findings) {
      const anchor = anchorOf(finding.path);
      map.set(anchor, [...(map.get(anchor) ?? []), finding]);
    }
    return map;
  }, [live.findings]);

  const context = useMemo<EditorContextValue>(
    () => ({
      findingsByAnchor,
      isInherited,
      isEditable: (element) => !isInherited || (LOCAL_ELEMENTS as readonly string[]).includes(element),
      files,
      addFile: (id, file) => setFiles((previous) => ({ ...previous, [id]: file })),
      proofs: proofs.data ?? [],
      isLocalItem: implementation.level >= 3,
      reveal,
      revealRequest,
      notifyChange: live.schedule,
    }),
    [findingsByAnchor, isInherited, files, proofs.data, implementation.level, reveal, revealRequest, live.schedule],
  );

  const showServerError = (error: unknown) => {
    if (isApiError(error, 'STALE_REVISION')) {
      const current = error.details.currentRevision;
      setConflictRevision(typeof current === 'number' ? current : revisionRef.current + 1);
      return;
    }
    if (!isApiError(error)) {
      setServerProblem({ message: t('errors.generic'), fields: [] });
      return;
    }
    const fields = error.fields.map((field) => ({ pointer: contentPointerOf(field.path), message: field.message }));
    const onForm = fields.filter((field) => field.pointer !== null && document.getElementById(fieldIdOf(namePathOf(field.pointer))));
    form.setFields(onForm.map((field) => ({ name: namePathOf(field.pointer ?? ''), errors: [field.message] })) as Parameters<typeof form.setFields>[0]);
    setServerProblem({ message: error.message, fields });
    const first = fields.find((field) => field.pointer !== null);
    if (first?.pointer !== undefined && first.pointer !== null) reveal(first.pointer);
  };

  /** Validates, checks and saves; resolves to whether the draft is now saved. */
  const save = async (): Promise<boolean> => {
    setServerProblem(null);
    const values = live.flush();
    try {
      // An inherited implementation saves only its local elements: the others are not the maintainer's to fix.
      if (isInherited) await form.validateFields(LOCAL_ELEMENTS.map((element) => [element]), { recursive: true });
      else await form.validateFields();
    } catch (error) {
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) reveal(`/${first.name.join('/')}`);
      void message.error(t('catalogEditor.messages.fixFields'));
      return false;
    }
    const content = toContent(values, baselineRef.current, { isInherited });
    const blocking = ctx ? checkImplementation(content, ctx).filter((finding) => finding.blocksSave) : [];
    if (blocking[0]) {
      reveal(blocking[0].path);
      void message.error(t('catalogEditor.actions.blocked', { count: blocking.length }));
      return false;
    }
    try {
      const saved = await saveDraft.mutateAsync({ id: implementation.id, revision: revisionRef.current, content });
      const stored = saved.draft ?? content;
      revisionRef.current = saved.draftRevision;
      baselineRef.current = stored;
      setBaseline(stored);
      if (saved.files) setFiles((previous) => ({ ...previous, ...saved.files }));
      return true;
    } catch (error) {
      showServerError(error);
      return false;
    }
  };

  const onSave = async () => {
    if (await save()) void message.success(t('catalogEditor.messages.saved'));
  };

  const onSubmit = () => {
    modal.confirm({
      title: t('catalogEditor.actions.saveAndSubmit'),
      content: t('catalogEditor.messages.submitConfirm'),
      okText: t('catalogEditor.actions.submitOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setSubmitting(true);
        try {
          const needsSave = live.hasUnsavedChanges || hasUnsavedChangesNow() || implementation.changeStatus !== 'draft';
          if (needsSave && !(await save())) return;
          await submit.mutateAsync(implementation.id);
          isLeavingRef.current = true;
          void message.success(t('catalogEditor.messages.submitted'));
          void navigate(detailPath);
        } catch (error) {
          showServerError(error);
        } finally {
          setSubmitting(false);
        }
      },
    });
  };

  const onDiscard = () => {
    modal.confirm({
      title: t('catalogEditor.actions.discard'),
      content: t('catalogEditor.messages.discardConfirm'),
      okText: t('catalogEditor.actions.discardOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: onRestart,
    });
  };

  return (
    <div className="implementation-editor">
      <PageHeader
        title={t('catalogEditor.title', { name: implementation.name })}
        breadcrumb={
          <Breadcrumb
            className="page-breadcrumb"
            items={[
              { key: 'list', title: <Link to="/workbench/catalog">{t('catalogAdmin.list.title')}</Link> },
              { key: 'item', title: <Link to={detailPath}>{implementation.name}</Link> },
              { key: 'edit', title: t('catalogEditor.breadcrumb') },
            ]}
          />
        }
        description={
          <Flex wrap gap={4} align="center" component="span">
            <PublicationStatusTag status={implementation.publicationStatus} />
            <ChangeStatusTag status={implementation.changeStatus} />
            <span className="code-tag">{implementation.code}</span>
            <span>{implementation.changeStatus === 'none' ? t('catalogEditor.startsFromCurrent') : t('catalogEditor.editsDraft')}</span>
          </Flex>
        }
        extra={<ButtonLink to={detailPath}>{t('catalogEditor.backToItem')}</ButtonLink>}
      />
      <Flex vertical gap={16}>
        {isInherited ? <Alert type="info" showIcon title={t('catalogEditor.inherited.title')} description={t('catalogEditor.inherited.description')} /> : null}
        {implementation.reviewComment ? (
          <Alert type="warning" showIcon className="review-comment" title={t('catalogAdmin.detail.reviewComment')} description={<span className="guide-text">{implementation.reviewComment}</span>} />
        ) : null}
        {isProofCatalogueMissing ? <Alert type="warning" showIcon title={t('catalogEditor.messages.proofsMissing')} /> : null}
        <SaveProblems
          conflictRevision={conflictRevision}
          onReload={() => {
            isLeavingRef.current = true;
            void onReload();
          }}
          problem={serverProblem}
          onClose={() => setServerProblem(null)}
          onReveal={reveal}
          describe={describe.label}
        />
        <Row gutter={[16, 16]}>
          <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
            <Form<EditorValues> form={form} name={EDITOR_FORM_NAME} layout="vertical" initialValues={start.values} onValuesChange={() => live.schedule()}>
              <EditorContext.Provider value={context}>
                <div data-anchor="" tabIndex={-1}>
                  <InlineFindings anchor="" />
                </div>
                <Flex vertical gap={16}>
                  <BasicSection />
                  <ConditionsSection />
                  <MaterialsSection />
                  <ProcessSection />
                  <LimitsSection />
                  <FeesSection />
                  <ResultSection />
                  <HandlingSection />
                  <ContactSection />
                  <FaqSection />
                  <ApplicationFormSection />
                </Flex>
              </EditorContext.Provider>
            </Form>
          </Col>
          <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
            <div className="editor-aside">
              <EditorFindingsPanel
                findings={live.findings}
                content={live.content}
                ratio={live.compressionRatio}
                isLocalItem={implementation.level >= 3}
                isChecking={ctx === null}
                onReveal={reveal}
              />
              <SectionNav />
            </div>
          </Col>
        </Row>
        <EditorActionsBar
          hasUnsavedChanges={live.hasUnsavedChanges}
          hasDraft={implementation.changeStatus === 'draft'}
          blockingCount={live.blocking.length}
          isSaving={saveDraft.isPending && !isSubmitting}
          isSubmitting={isSubmitting}
          onDiscard={onDiscard}
          onSave={() => void onSave()}
          onSubmit={onSubmit}
        />
      </Flex>
      <Modal
        open={blocker.state === 'blocked'}
        title={t('catalogEditor.leave.title')}
        okText={t('catalogEditor.leave.leave')}
        cancelText={t('catalogEditor.leave.stay')}
        okButtonProps={{ danger: true }}
        onOk={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        {t('catalogEditor.leave.description')}
      </Modal>
    </div>
  );
}
