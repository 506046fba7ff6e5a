import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useEffect, useRef } from 'react';
import { Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format.ts';
import type { LicenceVerification } from '../api/verify-api.ts';
import { OUTCOME_TONE } from '../../components/LicenceStatusTag.tsx';
import { licenceValidityText } from '../../components/licence-text.ts';

const ICONS = { good: CheckCircleFilled, warn: ExclamationCircleFilled, bad: CloseCircleFilled, none: QuestionCircleFilled } as const;

/** The reason to show: a code translated (tampered), or the issuing department's own words (revoked, suspended). */
function useReasonText(result: LicenceVerification): string | null {
  const { t, i18n } = useTranslation();
  if (!result.reason) return null;
  const key = `licenceVerify.result.reasons.${result.reason}`;
  return result.outcome === 'tampered' && i18n.exists(key) ? t(key as 'licenceVerify.result.reasons.signature_mismatch') : result.reason;
}

/** The big, unmistakable answer of a verification: colour, icon and headline, the reason, then the licence. */
export function VerificationResultCard({ result }: { result: LicenceVerification }) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const section = useRef<HTMLElement>(null);
  // A new answer is brought into view: on a phone it is below both forms.
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [result.checkedAt]);
  const tone = OUTCOME_TONE[result.outcome];
  const Icon = ICONS[tone];
  const reason = useReasonText(result);
  const licence = result.licence;
  return (
    <section ref={section} className={`licence-result licence-result-${tone}`} role="status" aria-live="polite" aria-label={t('licenceVerify.result.regionLabel')}
      data-testid="verification-result" data-outcome={result.outcome}>
      <div className="licence-result-head">
        <Icon className="licence-result-icon" aria-hidden />
        <div>
          <Typography.Title level={2}>{t(`licenceVerify.result.headline.${result.outcome}`)}</Typography.Title>
          <Typography.Paragraph className="licence-result-explain">{t(`licenceVerify.result.explain.${result.outcome}`)}</Typography.Paragraph>
          {reason ? (
            <Typography.Paragraph className="licence-result-reason" data-testid="verification-reason">
              {t('licenceVerify.result.reason')}：{reason}
            </Typography.Paragraph>
          ) : null}
        </div>
      </div>
      {licence ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          layout={screens.sm === false ? 'vertical' : 'horizontal'}
          items={[
            { key: 'name', label: t('licenceVerify.result.licenceName'), children: licence.name },
            { key: 'identifier', label: t('licenceVerify.result.identifier'), children: <span className="licence-identifier">{licence.identifier}</span> },
            { key: 'holder', label: t('licenceVerify.result.holder'), children: licence.holderName },
            { key: 'holderCode', label: t('licenceVerify.result.holderCode'), children: licence.holderCode },
            { key: 'issuer', label: t('licenceVerify.result.issuer'), children: <span data-testid="verification-issuer">{licence.issuer.name}</span> },
            { key: 'issueDate', label: t('licenceVerify.result.issueDate'), children: licence.issueDate },
            { key: 'validity', label: t('licenceVerify.result.validity'), children: licenceValidityText(t, licence.validFrom, licence.validUntil) },
            ...(result.seal ? [{ key: 'seal', label: t('licenceVerify.result.seal'), children: result.seal.name }] : []),
            { key: 'checkedAt', label: t('licenceVerify.result.checkedAt'), children: formatDateTime(result.checkedAt, i18n.language) },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('licenceVerify.result.checkedAt')}：{formatDateTime(result.checkedAt, i18n.language)}</Typography.Text>
      )}
    </section>
  );
}
