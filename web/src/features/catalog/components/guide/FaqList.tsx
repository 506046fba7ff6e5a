import type { FaqEntry } from '@onetrip/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Questions and answers, all open (a collapsed answer would be lost on paper). */
export function FaqList({ faq }: { faq: readonly FaqEntry[] }) {
  const { t } = useTranslation();
  if (faq.length === 0) return <Typography.Paragraph type="secondary">{t('guide.faq.empty')}</Typography.Paragraph>;
  return (
    <dl className="faq-list">
      {faq.map((entry, index) => (
        // Questions may repeat; their position is their identity.
        <div key={index} className="faq-entry">
          <dt>
            <span className="faq-mark">{t('guide.faq.question')}</span>
            {entry.question}
          </dt>
          <dd>
            <span className="faq-mark faq-mark-answer">{t('guide.faq.answer')}</span>
            <span className="guide-text">{entry.answer}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
