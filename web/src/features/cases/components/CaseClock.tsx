import type { SpecialProcedure } from '@onetrip/core';
import { Alert, Descriptions, Tag } from 'antd';
import './approval.css';
import { useTranslation } from 'react-i18next';
import type { CaseClock, CaseSuspension } from '../api/approval-api.ts';
import { clockTone } from '../approval.ts';

/** Remaining working days in words: left, due today, or overdue. */
export function useRemainingText() {
  const { t } = useTranslation();
  return (remaining: number) => {
    if (remaining < 0) return t('approval.clock.overdue', { count: -remaining });
    if (remaining === 0) return t('approval.clock.dueToday');
    return t('approval.clock.remaining', { count: remaining });
  };
}

/** The deadline colour tag: green, yellow (≤ 1 working day or ≤ 20 % left) or red (overdue), and "stopped" in a special procedure. */
export function ClockTag({ clock }: { clock: Pick<CaseClock, 'colour' | 'isSuspended' | 'remainingWorkingDays'> }) {
  const { t } = useTranslation();
  const remaining = useRemainingText();
  return (
    <Tag className={`case-tag case-tag-${clockTone(clock.colour)}`} data-testid="clock-tag" data-colour={clock.colour} data-suspended={clock.isSuspended}>
      {clock.isSuspended ? `${t('approval.clock.suspended')} · ` : ''}{remaining(clock.remainingWorkingDays)}
    </Tag>
  );
}

/** Deadlines assumed Monday–Friday because a year's holiday arrangement is not announced yet. */
export function ClockFallbackWarning({ years }: { years: number[] }) {
  const { t } = useTranslation();
  if (years.length === 0) return null;
  return (
    <Alert type="warning" showIcon className="clock-fallback" data-testid="clock-fallback"
      title={t('approval.clock.fallbackTitle')} description={t('approval.clock.fallbackText', { years: years.join('、') })} />
  );
}

interface CaseClockPanelProps {
  clock: CaseClock;
  suspensions?: CaseSuspension[] | undefined;
  extension?: { days: number; reason: string; grantedOn: string } | null | undefined;
  /** Step names by key (from the item's process); the key is shown when unknown. */
  stepNames?: Record<string, string>;
  /** The applicant sees the essentials: time left, the promised date (and the planned one while stopped). */
  audience?: 'staff' | 'applicant';
  /** Per-step deadlines (only while the case is at a step: after conclusion they would all read as planned). */
  showSteps?: boolean;
}

/** The statutory clock of an accepted case: deadlines, time left, suspended days, planned deadlines, extension. */
export function CaseClockPanel({ clock, suspensions = [], extension = null, stepNames = {}, audience = 'staff', showSteps = true }: CaseClockPanelProps) {
  const { t } = useTranslation();
  const workingDays = (count: number) => t('approval.clock.workingDays', { count });
  const procedureName = (p: SpecialProcedure) => t(`catalog.specialProcedures.${p}`);
  const isStaff = audience === 'staff';
  const hasPlan = clock.isSuspended && clock.planned.promisedDeadline !== clock.promisedDeadline;
  return (
    <div className="clock-panel" data-testid="clock-panel">
      <ClockFallbackWarning years={clock.fallbackYears} />
      <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
        <Descriptions.Item label={t('approval.queue.deadline')}><ClockTag clock={clock} /></Descriptions.Item>
        <Descriptions.Item label={t('approval.clock.promisedDeadline')}><span className="approval-nowrap" data-testid="clock-promised-deadline">{clock.promisedDeadline}</span></Descriptions.Item>
        {clock.isSuspended ? (
          <Descriptions.Item label={t('approval.clock.plannedPromised')}><span className="approval-nowrap" data-testid="clock-planned-promised-deadline">{clock.planned.promisedDeadline}</span></Descriptions.Item>
        ) : null}
        {isStaff ? <Descriptions.Item label={t('approval.clock.promisedTime')}>{workingDays(clock.promisedWorkingDays)}</Descriptions.Item> : null}
        {isStaff ? <Descriptions.Item label={t('approval.clock.legalDeadline')}><span className="approval-nowrap" data-testid="clock-legal-deadline">{clock.legalDeadline}</span></Descriptions.Item> : null}
        {isStaff ? <Descriptions.Item label={t('approval.clock.legalRemaining')}>{workingDays(clock.legalRemainingWorkingDays)}</Descriptions.Item> : null}
        {isStaff && hasPlan ? <Descriptions.Item label={t('approval.clock.plannedLegal')}><span className="approval-nowrap">{clock.planned.legalDeadline}</span></Descriptions.Item> : null}
        {clock.suspendedWorkingDays > 0 || clock.isSuspended ? (
          <Descriptions.Item label={t('approval.clock.suspendedWorkingDays')}><span data-testid="clock-suspended-days">{workingDays(clock.suspendedWorkingDays)}</span></Descriptions.Item>
        ) : null}
        {extension ? (
          <Descriptions.Item label={t('approval.clock.extension')}>{t('approval.clock.extensionText', { date: extension.grantedOn, days: extension.days, reason: extension.reason })}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {isStaff && showSteps && clock.stepDeadlines.length > 0 ? (
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" title={<h3 className="clock-subtitle">{t('approval.clock.steps')}</h3>}>
          {clock.stepDeadlines.map((s) => (
            <Descriptions.Item key={s.key} label={stepNames[s.key] ?? s.key}>
              {s.planned ? t('approval.clock.stepPlanned', { deadline: s.deadline }) : s.deadline}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
      {isStaff && suspensions.length > 0 ? (
        <>
          <h3 className="clock-subtitle">{t('approval.clock.suspensions')}</h3>
          <ul className="clock-suspensions">
            {suspensions.map((s) => (
              <li key={`${s.startedOn}-${s.procedure}`}>
                {s.endedOn === null
                  ? t('approval.clock.suspensionText', { procedure: procedureName(s.procedure), reason: s.reason, from: s.startedOn, plannedEnd: s.plannedEnd })
                  : t('approval.clock.suspensionEnded', { procedure: procedureName(s.procedure), reason: s.reason, from: s.startedOn, to: s.endedOn })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
