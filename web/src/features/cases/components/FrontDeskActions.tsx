import { useState } from 'react';
import { actionsAllowedIn, roleHasPermission } from '@onetrip/core';
import { App, Button, Checkbox, Flex, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession.ts';
import { FORM_MATERIAL_KEY, type CaseDetail } from '../api/cases-api.ts';
import { useAcceptCase, useRejectCase, useRequestCaseCorrection } from '../hooks/useCases.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { ConcludeAtWindowForm } from './ConcludeAtWindowForm.tsx';

type Dialog = 'accept' | 'reject' | 'correction' | 'conclude' | null;

/**
 * The front desk's decisions on a case in pre-review, as core allows them in the current state: accept (optionally
 * with deficiency or on commitment), reject with reason and legal basis, or one correction request that lists every
 * material to correct and what is wrong with it. After art. 32's deadline only acceptance remains. Immediate items
 * (即办件) are accepted and concluded on the spot.
 */
export function FrontDeskActions({ detail, allowsCommitment }: { detail: CaseDetail; allowsCommitment: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { principal } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const accept = useAcceptCase(detail.id);
  const reject = useRejectCase(detail.id);
  const correction = useRequestCaseCorrection(detail.id);
  const allowed = new Set(actionsAllowedIn(detail.status));
  const isDeemed = detail.preReview?.phase === 'deemed_accepted';
  // The item's kind as the case's own implementation version says.
  const isImmediate = detail.definition.caseKind === 'immediate';

  // Accept
  const [deficiencyKeys, setDeficiencyKeys] = useState<string[]>([]);
  const [promisedBy, setPromisedBy] = useState('');
  const [commitmentText, setCommitmentText] = useState('');
  // Reject
  const [reason, setReason] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  // Correction: the problem per selected material
  const [problems, setProblems] = useState<Record<string, string>>({});
  const selected = Object.keys(problems);
  const correctable = [...detail.materials.map((m) => ({ key: m.key, name: m.name })), { key: FORM_MATERIAL_KEY, name: t('cases.correction.formItem') }];

  const done = (text: string) => {
    setDialog(null);
    void message.success(text);
  };

  // Only the front desk accepts (受审分离): an agent who filed the case, or an approver, sees no pre-review actions.
  const isFrontDesk = principal?.kind === 'staff' && roleHasPermission(principal.roles, 'case.pre_review');
  if (!isFrontDesk || !['accept', 'reject', 'request_correction'].some((a) => allowed.has(a as 'accept'))) return null;
  return (
    <div className="case-actions" data-testid="front-desk-actions">
      <Flex wrap gap={8}>
        {allowed.has('conclude_at_window') && isImmediate ? <Button type="primary" onClick={() => setDialog('conclude')}>{t('frontDesk.conclude.submit')}</Button> : null}
        {allowed.has('accept') ? <Button type={isImmediate ? 'default' : 'primary'} onClick={() => setDialog('accept')}>{t('cases.actions.accept')}</Button> : null}
        {allowed.has('request_correction') && !isDeemed ? <Button onClick={() => setDialog('correction')}>{t('cases.actions.requestCorrection')}</Button> : null}
        {allowed.has('reject') && !isDeemed ? <Button danger onClick={() => setDialog('reject')}>{t('cases.actions.reject')}</Button> : null}
      </Flex>

      <Modal open={dialog === 'conclude'} title={t('frontDesk.conclude.title')} footer={null} onCancel={() => setDialog(null)} destroyOnHidden>
        <ConcludeAtWindowForm caseId={detail.id} onDone={() => setDialog(null)} />
      </Modal>

      <Modal
        open={dialog === 'accept'}
        title={t('cases.actions.acceptTitle')}
        okText={t('cases.actions.accept')}
        cancelText={t('common.cancel')}
        confirmLoading={accept.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => accept.mutate({
          deficiency: deficiencyKeys.length > 0 ? { materialKeys: deficiencyKeys, promisedBy } : null,
          commitmentText: allowsCommitment && commitmentText.trim() ? commitmentText.trim() : null,
        }, { onSuccess: () => done(t('cases.actions.accepted')) })}
      >
        <Form layout="vertical" component="div">
          <Form.Item label={t('cases.actions.deficiency')} extra={t('cases.actions.deficiencyHint')}>
            <Checkbox.Group value={deficiencyKeys} onChange={(v) => setDeficiencyKeys(v)} options={detail.materials.filter((m) => !m.isRequired || m.attachmentCount === 0).map((m) => ({ value: m.key, label: m.name }))} />
          </Form.Item>
          {deficiencyKeys.length > 0 ? (
            <Form.Item label={t('cases.actions.promisedBy')} htmlFor="accept-promised-by" required>
              <Input id="accept-promised-by" type="date" value={promisedBy} onChange={(e) => setPromisedBy(e.target.value)} />
            </Form.Item>
          ) : null}
          {allowsCommitment ? (
            <Form.Item label={t('cases.actions.commitment')} htmlFor="accept-commitment" extra={t('cases.actions.commitmentHint')}>
              <Input.TextArea id="accept-commitment" rows={3} value={commitmentText} onChange={(e) => setCommitmentText(e.target.value)} />
            </Form.Item>
          ) : null}
        </Form>
        <CaseErrorAlert error={accept.error} />
      </Modal>

      <Modal
        open={dialog === 'reject'}
        title={t('cases.actions.rejectTitle')}
        okText={t('cases.actions.reject')}
        okButtonProps={{ danger: true, disabled: !reason.trim() || !legalBasis.trim() }}
        cancelText={t('common.cancel')}
        confirmLoading={reject.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => reject.mutate({ reason: reason.trim(), legalBasis: legalBasis.trim() }, { onSuccess: () => done(t('cases.actions.rejected')) })}
      >
        <Form layout="vertical" component="div">
          <Form.Item label={t('cases.actions.reason')} htmlFor="reject-reason" required>
            <Input.TextArea id="reject-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
          <Form.Item label={t('cases.actions.legalBasis')} htmlFor="reject-basis" required>
            <Input.TextArea id="reject-basis" rows={2} value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
          </Form.Item>
        </Form>
        <CaseErrorAlert error={reject.error} />
      </Modal>

      <Modal
        open={dialog === 'correction'}
        title={t('cases.actions.correctionTitle')}
        okText={t('cases.actions.sendCorrection')}
        okButtonProps={{ disabled: selected.length === 0 || selected.some((k) => !problems[k]?.trim()) }}
        cancelText={t('common.cancel')}
        confirmLoading={correction.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => correction.mutate(
          { items: selected.map((materialKey) => ({ materialKey, problem: (problems[materialKey] ?? '').trim() })) },
          { onSuccess: () => done(t('cases.actions.correctionSent')) },
        )}
      >
        <p className="case-muted">{t('cases.actions.correctionHint')}</p>
        {correctable.map((m) => (
          <div key={m.key} className="case-correction-row">
            <Checkbox
              checked={m.key in problems}
              onChange={(e) => setProblems((current) => {
                if (e.target.checked) return { ...current, [m.key]: '' };
                const { [m.key]: _removed, ...rest } = current;
                return rest;
              })}
            >
              {m.name}
            </Checkbox>
            {m.key in problems ? (
              <Input.TextArea
                rows={2}
                aria-label={t('cases.actions.problemFor', { name: m.name })}
                placeholder={t('cases.actions.problemPlaceholder')}
                value={problems[m.key]}
                onChange={(e) => setProblems((current) => ({ ...current, [m.key]: e.target.value }))}
              />
            ) : null}
          </div>
        ))}
        <CaseErrorAlert error={correction.error} />
      </Modal>
    </div>
  );
}
