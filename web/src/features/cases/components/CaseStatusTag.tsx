import type { CaseStatus } from '@onetrip/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreReviewStatus } from '../api/cases-api.ts';

const STATUS_CLASS: Record<CaseStatus, string> = {
  draft: 'neutral', submitted: 'info', correction_requested: 'warning', in_review: 'info', suspended: 'warning',
  concluded: 'success', delivered: 'success', rejected: 'danger', withdrawn: 'neutral', voided: 'danger',
};

/** The case's status in words; colours with dark text on light backgrounds (AA contrast). */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag className={`case-tag case-tag-${STATUS_CLASS[status]}`} data-testid="case-status">{t(`cases.status.${status}`)}</Tag>;
}

/** Art. 32 status of a case in pre-review: the deadline and the working days left; yellow on the warning day. */
export function PreReviewTag({ preReview }: { preReview: PreReviewStatus }) {
  const { t } = useTranslation();
  const tone = preReview.phase === 'open' ? 'info' : preReview.phase === 'warning' ? 'warning' : 'danger';
  const text = preReview.phase === 'deemed_accepted'
    ? t('cases.preReview.deemed', { date: preReview.deemedAcceptedOn ?? preReview.deadline })
    : t('cases.preReview.due', { date: preReview.deadline, days: preReview.remainingWorkingDays });
  return <Tag className={`case-tag case-tag-${tone}`} data-testid="pre-review-tag" data-phase={preReview.phase}>{text}</Tag>;
}
