import { useState, type ReactNode } from 'react';
import type { SpecialProcedure } from '@onetrip/core';
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import './approval.css';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import type { ApprovalCaseDetail, CaseColleague } from '../api/approval-api.ts';
import { assigneeKindOf, availableApprovalActions, type ApprovalActionKey } from '../approval.ts';
import { useApprovalAction, useCaseColleagues } from '../hooks/useApproval.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';

/** Most days one extension may add (art. 42 (1)); the server answers CASE_EXTENSION_INVALID beyond the item's allowance. */
const MAX_EXTENSION_DAYS = 10;

type Dialog = Exclude<ApprovalActionKey, 'end_special_procedure'> | null;

/**
 * The step worker's actions on an accepted case, as the state, the step and the worker allow them (core's rules):
 * pass, return, transfer, countersign, decide, special procedure, extension; voiding for a centre administrator.
 * Each is sent with an Idempotency-Key; destructive ones ask for confirmation; errors show their code.
 */
export function ApprovalActions({ detail }: { detail: ApprovalCaseDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { principal } = useSession();
  const staff = principal?.kind === 'staff' ? principal : null;
  const { process, specialProcedures } = detail.definition;
  const isPossibleWorker = Boolean(staff && staff.departmentId !== null && process.some((s) => staff.roles.includes(s.role)));
  const colleagues = useCaseColleagues(detail.id, isPossibleWorker && detail.currentStep != null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const pass = useApprovalAction(detail.id, 'pass');
  const ret = useApprovalAction(detail.id, 'return');
  const transfer = useApprovalAction(detail.id, 'transfer');
  const requestCountersign = useApprovalAction(detail.id, 'request-countersign');
  const countersign = useApprovalAction(detail.id, 'countersign');
  const decide = useApprovalAction(detail.id, 'decide');
  const startSpecial = useApprovalAction(detail.id, 'special-procedure/start');
  const endSpecial = useApprovalAction(detail.id, 'special-procedure/end');
  const extend = useApprovalAction(detail.id, 'extend');
  const voidCase = useApprovalAction(detail.id, 'void');

  // Form state of the open dialog (one dialog at a time).
  const [opinion, setOpinion] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [toStep, setToStep] = useState<number | null>(null);
  const [agree, setAgree] = useState(true);
  const [outcome, setOutcome] = useState<'approved' | 'denied'>('approved');
  const [procedure, setProcedure] = useState<SpecialProcedure | null>(null);
  const [plannedEnd, setPlannedEnd] = useState('');
  const [days, setDays] = useState<number | null>(null);

  if (!staff) return null;
  const me = staff;
  const stepIndex = detail.currentStep?.index ?? null;
  const actions = availableApprovalActions({
    status: detail.status,
    stepIndex,
    process,
    specialProcedures,
    assigneeId: detail.assigneeId ?? null,
    countersign: detail.countersign ?? null,
    hasExtension: Boolean(detail.extension),
    me: { id: me.id, roles: me.roles },
    isDepartmentWorker: colleagues.data?.some((c) => c.id === me.id) ?? false,
  });
  const isWorkerView = detail.currentStep != null && colleagues.data?.some((c) => c.id === me.id) === true;
  if (actions.length === 0 && !isWorkerView) return null;

  // 404: not a step worker of the case's department (e.g. a centre administrator who also approves elsewhere).
  const colleaguesError = isApiError(colleagues.error) && colleagues.error.status === 404 ? null : colleagues.error;
  const nameOf = (id: string) => colleagues.data?.find((c) => c.id === id)?.displayName ?? id;
  const others = (role?: string): CaseColleague[] => (colleagues.data ?? []).filter((c) => c.id !== me.id && (!role || c.roles.includes(role as 'approver')));
  const nextStep = stepIndex === null ? undefined : process[stepIndex + 1];
  const currentRole = stepIndex === null ? undefined : process[stepIndex]?.role;
  const assigneeKind = assigneeKindOf(detail.assigneeId ?? null, me.id);
  const cs = detail.countersign;

  const open = (next: Dialog) => {
    setOpinion(''); setNote(''); setReason(''); setLegalBasis(''); setUserId(null); setUserIds([]); setToStep(null);
    setAgree(true); setOutcome('approved'); setProcedure(null); setPlannedEnd(''); setDays(null);
    for (const m of [pass, ret, transfer, requestCountersign, countersign, decide, startSpecial, endSpecial, extend, voidCase]) m.reset();
    setDialog(next);
  };
  const succeed = () => {
    setDialog(null);
    void message.success(t('approval.actions.done'));
  };
  /** Runs a mutation after an explicit confirmation; the dialog stays open (with the error) when it fails. */
  const confirmThen = (content: string, okText: string, run: () => Promise<unknown>) => {
    modal.confirm({
      title: t('approval.actions.confirmTitle'),
      content,
      okText,
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => run().then(succeed, () => undefined),
    });
  };
  const optionalNote = note.trim() ? { note: note.trim() } : {};
  const noteField = (
    <Form.Item label={t('approval.actions.note')} htmlFor="approval-note">
      <Input.TextArea id="approval-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
    </Form.Item>
  );
  const textArea = (id: string, label: string, value: string, set: (v: string) => void, required = true, rows = 3) => (
    <Form.Item label={label} htmlFor={id} required={required}>
      <Input.TextArea id={id} rows={rows} maxLength={2000} value={value} onChange={(e) => set(e.target.value)} />
    </Form.Item>
  );
  const dialogProps = (key: Dialog, title: string, okText: string, mutation: { isPending: boolean }, canSubmit: boolean, send: () => void, danger = false) => ({
    open: dialog === key,
    title,
    okText,
    okButtonProps: { disabled: !canSubmit, danger },
    cancelText: t('common.cancel'),
    confirmLoading: mutation.isPending,
    onCancel: () => setDialog(null),
    onOk: send,
    destroyOnHidden: true,
  });
  const run = <I,>(mutation: { mutate: (input: I, options: { onSuccess: () => void }) => void }, input: NoInfer<I>) => () => mutation.mutate(input, { onSuccess: succeed });

  const buttons: Record<ApprovalActionKey, ReactNode> = {
    pass: <Button key="pass" type="primary" onClick={() => open('pass')}>{t('approval.actions.pass')}</Button>,
    decide: <Button key="decide" type="primary" onClick={() => open('decide')}>{t('approval.actions.decide')}</Button>,
    countersign: <Button key="countersign" type="primary" onClick={() => open('countersign')}>{t('approval.actions.countersign')}</Button>,
    return: <Button key="return" onClick={() => open('return')}>{t('approval.actions.return')}</Button>,
    transfer: <Button key="transfer" onClick={() => open('transfer')}>{t('approval.actions.transfer')}</Button>,
    request_countersign: <Button key="request_countersign" onClick={() => open('request_countersign')}>{t('approval.actions.requestCountersign')}</Button>,
    start_special_procedure: <Button key="start" onClick={() => open('start_special_procedure')}>{t('approval.actions.startSpecial')}</Button>,
    end_special_procedure: (
      <Button key="end" loading={endSpecial.isPending} onClick={() => modal.confirm({
        title: t('approval.actions.confirmTitle'),
        content: t('approval.actions.endSpecialConfirm'),
        okText: t('approval.actions.endSpecial'),
        cancelText: t('common.cancel'),
        onOk: () => endSpecial.mutateAsync({}).then(succeed, () => undefined),
      })}>{t('approval.actions.endSpecial')}</Button>
    ),
    extend: <Button key="extend" onClick={() => open('extend')}>{t('approval.actions.extend')}</Button>,
    void: <Button key="void" danger onClick={() => open('void')}>{t('approval.actions.void')}</Button>,
  };

  return (
    <Card className="case-block" title={<h2 className="card-title">{t('approval.actions.title')}</h2>}>
      <div className="approval-actions-meta case-muted">
        {detail.currentStep ? <div>{t('approval.actions.currentStep', { name: detail.currentStep.name })}</div> : null}
        {detail.currentStep ? <div data-testid="case-assignee">{t('approval.actions.assignee', { name: assigneeKind === 'colleague' ? nameOf(detail.assigneeId ?? '') : t(`approval.assignee.${assigneeKind}`) })}</div> : null}
        {assigneeKind === 'colleague' ? <div>{t('approval.actions.waitingColleague')}</div> : null}
        {cs && cs.opinions.length < cs.requested.length ? <div>{t('approval.actions.countersignProgress', { done: cs.opinions.length, total: cs.requested.length })}</div> : null}
      </div>
      <CaseErrorAlert error={colleaguesError ?? endSpecial.error} />
      <Flex wrap gap={8} className="approval-actions" data-testid="approval-actions">
        {actions.map((a) => buttons[a])}
      </Flex>

      <Modal {...dialogProps('pass', t('approval.actions.passTitle'), t('approval.actions.pass'), pass, opinion.trim() !== '',
        run(pass, { opinion: opinion.trim(), ...optionalNote, nextAssigneeId: userId }))}>
        <Form layout="vertical" component="div">
          {textArea('approval-opinion', t('approval.actions.opinion'), opinion, setOpinion)}
          <Form.Item label={t('approval.actions.nextAssignee')} htmlFor="approval-next-assignee">
            <Select id="approval-next-assignee" allowClear value={userId} onChange={(v: string | undefined) => setUserId(v ?? null)} placeholder={t('approval.actions.nextAssigneeNone')}
              options={(colleagues.data ?? []).filter((c) => !nextStep || c.roles.includes(nextStep.role)).map((c) => ({ value: c.id, label: c.id === me.id ? `${c.displayName}（${t('approval.assignee.me')}）` : c.displayName }))} />
          </Form.Item>
          {noteField}
        </Form>
        <CaseErrorAlert error={pass.error} />
      </Modal>

      <Modal {...dialogProps('return', t('approval.actions.returnTitle'), t('approval.actions.return'), ret, toStep !== null && reason.trim() !== '',
        run(ret, { toStep: toStep ?? 0, reason: reason.trim(), ...optionalNote }))}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('approval.actions.toStep')} required>
            <Radio.Group className="approval-radio-list" value={toStep} onChange={(e) => setToStep(e.target.value as number)}
              options={process.slice(0, stepIndex ?? 0).map((s, i) => ({ value: i, label: s.name }))} />
          </Form.Item>
          {textArea('approval-return-reason', t('approval.actions.reason'), reason, setReason)}
          {noteField}
        </Form>
        <CaseErrorAlert error={ret.error} />
      </Modal>

      <Modal {...dialogProps('transfer', t('approval.actions.transferTitle'), t('approval.actions.transfer'), transfer, userId !== null,
        run(transfer, { toUserId: userId ?? '', ...optionalNote }))}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('approval.actions.colleague')} required>
            <Radio.Group className="approval-radio-list" value={userId} onChange={(e) => setUserId(e.target.value as string)}
              options={others(currentRole).filter((c) => c.id !== detail.assigneeId).map((c) => ({ value: c.id, label: c.displayName }))} />
          </Form.Item>
          {noteField}
        </Form>
        <CaseErrorAlert error={transfer.error} />
      </Modal>

      <Modal {...dialogProps('request_countersign', t('approval.actions.requestCountersignTitle'), t('approval.actions.requestCountersign'), requestCountersign, userIds.length > 0,
        run(requestCountersign, { userIds, ...optionalNote }))}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('approval.actions.countersigners')} htmlFor="approval-countersigners" required>
            <Select id="approval-countersigners" mode="multiple" value={userIds} onChange={(v: string[]) => setUserIds(v)}
              options={others().filter((c) => c.id !== detail.assigneeId).map((c) => ({ value: c.id, label: c.displayName }))} />
          </Form.Item>
          {noteField}
        </Form>
        <CaseErrorAlert error={requestCountersign.error} />
      </Modal>

      <Modal {...dialogProps('countersign', t('approval.actions.countersignTitle'), t('approval.actions.countersign'), countersign, opinion.trim() !== '',
        run(countersign, { agree, opinion: opinion.trim() }))}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('approval.actions.countersign')}>
            <Radio.Group value={agree} onChange={(e) => setAgree(e.target.value as boolean)}
              options={[{ value: true, label: t('approval.actions.agree') }, { value: false, label: t('approval.actions.disagree') }]} />
          </Form.Item>
          {textArea('approval-countersign-opinion', t('approval.actions.countersignOpinion'), opinion, setOpinion)}
        </Form>
        <CaseErrorAlert error={countersign.error} />
      </Modal>

      <Modal {...dialogProps('decide', t('approval.actions.decideTitle'), t('approval.actions.decide'), decide,
        opinion.trim() !== '' && (outcome === 'approved' || (reason.trim() !== '' && legalBasis.trim() !== '')),
        () => confirmThen(
          t(outcome === 'approved' ? 'approval.actions.confirmApprove' : 'approval.actions.confirmDeny'),
          t(outcome === 'approved' ? 'approval.actions.approve' : 'approval.actions.deny'),
          () => decide.mutateAsync(outcome === 'approved'
            ? { outcome, opinion: opinion.trim(), ...optionalNote }
            : { outcome, opinion: opinion.trim(), reason: reason.trim(), legalBasis: legalBasis.trim(), ...optionalNote }),
        ))}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('approval.actions.outcome')} required>
            <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as 'approved' | 'denied')}
              options={[{ value: 'approved', label: t('approval.actions.approve') }, { value: 'denied', label: t('approval.actions.deny') }]} />
          </Form.Item>
          {textArea('approval-decision-opinion', t('approval.actions.decisionOpinion'), opinion, setOpinion)}
          {outcome === 'denied' ? (
            <>
              <div className="approval-form-hint">{t('approval.actions.denyHint')}</div>
              {textArea('approval-deny-reason', t('approval.actions.denyReason'), reason, setReason)}
              {textArea('approval-legal-basis', t('approval.actions.legalBasis'), legalBasis, setLegalBasis, true, 2)}
            </>
          ) : null}
          {noteField}
        </Form>
        <CaseErrorAlert error={decide.error} />
      </Modal>

      <Modal {...dialogProps('start_special_procedure', t('approval.actions.startSpecialTitle'), t('approval.actions.startSpecial'), startSpecial,
        procedure !== null && reason.trim() !== '' && plannedEnd !== '',
        run(startSpecial, { procedure: procedure ?? 'hearing', reason: reason.trim(), plannedEnd }))}>
        <div className="approval-form-hint">{t('approval.actions.specialHint')}</div>
        <Form layout="vertical" component="div">
          <Form.Item label={t('approval.actions.procedure')} required>
            <Radio.Group className="approval-radio-list" value={procedure} onChange={(e) => setProcedure(e.target.value as SpecialProcedure)}
              options={specialProcedures.map((p) => ({ value: p, label: t(`catalog.specialProcedures.${p}`) }))} />
          </Form.Item>
          {textArea('approval-special-reason', t('approval.actions.specialReason'), reason, setReason)}
          <Form.Item label={t('approval.actions.plannedEnd')} htmlFor="approval-planned-end" required>
            <Input id="approval-planned-end" type="date" value={plannedEnd} onChange={(e) => setPlannedEnd(e.target.value)} />
          </Form.Item>
        </Form>
        <CaseErrorAlert error={startSpecial.error} />
      </Modal>

      <Modal {...dialogProps('extend', t('approval.actions.extendTitle'), t('approval.actions.extend'), extend, days !== null && days >= 1 && reason.trim() !== '',
        () => confirmThen(t('approval.actions.confirmExtend', { days: days ?? 0 }), t('approval.actions.extend'), () => extend.mutateAsync({ days: days ?? 0, reason: reason.trim() })))}>
        <div className="approval-form-hint">{t('approval.actions.extendHint')}</div>
        <Form layout="vertical" component="div">
          <Form.Item label={t('approval.actions.days')} htmlFor="approval-extend-days" required>
            <InputNumber id="approval-extend-days" min={1} max={MAX_EXTENSION_DAYS} precision={0} value={days} onChange={(v) => setDays(v)} />
          </Form.Item>
          {textArea('approval-extend-reason', t('approval.actions.extendReason'), reason, setReason)}
        </Form>
        <CaseErrorAlert error={extend.error} />
      </Modal>

      <Modal {...dialogProps('void', t('approval.actions.voidTitle'), t('approval.actions.void'), voidCase, reason.trim() !== '',
        () => confirmThen(t('approval.actions.confirmVoid', { number: detail.caseNumber ?? '' }), t('approval.actions.void'), () => voidCase.mutateAsync({ reason: reason.trim() })), true)}>
        <div className="approval-form-hint">{t('approval.actions.voidHint')}</div>
        <Form layout="vertical" component="div">
          {textArea('approval-void-reason', t('approval.actions.voidReason'), reason, setReason)}
        </Form>
        <CaseErrorAlert error={voidCase.error} />
      </Modal>
    </Card>
  );
}
