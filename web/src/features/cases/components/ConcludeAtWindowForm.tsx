import { useState } from 'react';
import { App, Button, Checkbox, Flex, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { concludeProblems } from '../front-desk.ts';
import { useConcludeAtWindow } from '../hooks/useFrontDesk.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';

/**
 * Immediate items (即办件): the clerk accepts and decides in one sitting — approve, or deny with reason and legal basis —
 * and, when the applicant takes the result now, records the pickup (the sign-off slip is printed with the notices).
 */
export function ConcludeAtWindowForm({ caseId, onDone }: { caseId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const conclude = useConcludeAtWindow(caseId);
  const [outcome, setOutcome] = useState<'approved' | 'denied'>('approved');
  const [opinion, setOpinion] = useState('');
  const [reason, setReason] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [pickedUp, setPickedUp] = useState(true);
  const [shown, setShown] = useState<('reason' | 'legalBasis')[]>([]);

  const send = () => {
    const problems = concludeProblems({ outcome, reason, legalBasis });
    setShown(problems);
    if (problems.length > 0) return;
    conclude.mutate(
      outcome === 'approved' ? { outcome, opinion, pickedUp } : { outcome, opinion, reason, legalBasis, pickedUp: false },
      { onSuccess: () => { void message.success(t('frontDesk.conclude.done')); onDone?.(); } },
    );
  };
  const required = (field: 'reason' | 'legalBasis', label: string) => (shown.includes(field) ? t('frontDesk.conclude.required', { field: label }) : undefined);

  return (
    <section aria-labelledby="conclude-at-window-title" data-testid="conclude-at-window">
      <h2 id="conclude-at-window-title" className="card-title">{t('frontDesk.conclude.title')}</h2>
      <p className="case-muted">{t('frontDesk.conclude.hint')}</p>
      <Form layout="vertical" component="div">
        <Form.Item label={t('frontDesk.conclude.outcome')}>
          <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as 'approved' | 'denied')}
            options={[{ value: 'approved', label: t('frontDesk.conclude.approved') }, { value: 'denied', label: t('frontDesk.conclude.denied') }]} />
        </Form.Item>
        <Form.Item label={t('frontDesk.conclude.opinion')} htmlFor="conclude-opinion">
          <Input.TextArea id="conclude-opinion" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} value={opinion} onChange={(e) => setOpinion(e.target.value)} />
        </Form.Item>
        {outcome === 'denied' ? (
          <>
            <Form.Item label={t('frontDesk.conclude.reason')} htmlFor="conclude-reason" required validateStatus={shown.includes('reason') ? 'error' : undefined} help={required('reason', t('frontDesk.conclude.reason'))}>
              <Input.TextArea id="conclude-reason" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Form.Item>
            <Form.Item label={t('frontDesk.conclude.legalBasis')} htmlFor="conclude-basis" required validateStatus={shown.includes('legalBasis') ? 'error' : undefined} help={required('legalBasis', t('frontDesk.conclude.legalBasis'))}>
              <Input id="conclude-basis" maxLength={2000} value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
            </Form.Item>
          </>
        ) : (
          <Form.Item>
            <Checkbox checked={pickedUp} onChange={(e) => setPickedUp(e.target.checked)}>{t('frontDesk.conclude.pickedUp')}</Checkbox>
          </Form.Item>
        )}
      </Form>
      <CaseErrorAlert error={conclude.error} />
      <Flex gap={8}>
        <Button type="primary" onClick={send} loading={conclude.isPending}>{t('frontDesk.conclude.submit')}</Button>
      </Flex>
    </section>
  );
}
