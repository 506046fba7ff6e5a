import type { ProcessStep } from '@onetrip/core';
import { Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatLimit } from '../../hooks/useFormatLimit.ts';

/** The process (办理流程): each step with who handles it, its time limit and its review rules. */
export function ProcessSteps({ steps }: { steps: readonly ProcessStep[] }) {
  const { t } = useTranslation();
  const formatLimit = useFormatLimit();
  if (steps.length === 0) return <Typography.Paragraph>{t('guide.process.empty')}</Typography.Paragraph>;
  return (
    <Steps
      className="process-steps"
      orientation="vertical"
      size="small"
      current={-1}
      items={steps.map((step, index) => ({
        key: step.key,
        status: 'wait',
        title: (
          <span>
            <span className="guide-muted">{t('guide.process.step', { index: index + 1 })}</span> <strong>{step.name}</strong>
          </span>
        ),
        content: (
          <div className="process-step-body">
            <div>
              {t('guide.process.role')}
              {t('catalog.colon')}
              {t(`catalog.stepRoles.${step.role}`)}
              {step.countersign ? <Tag className="process-countersign">{t('guide.process.countersign')}</Tag> : null}
            </div>
            <div>
              {t('guide.process.limit')}
              {t('catalog.colon')}
              {formatLimit(step.limit)}
            </div>
            {step.reviewRules ? (
              <div className="guide-text">
                {t('guide.process.reviewRules')}
                {t('catalog.colon')}
                {step.reviewRules}
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
