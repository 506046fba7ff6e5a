import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeStatus, PublicationStatus } from '../../api/implementations-api.ts';

const PUBLICATION_COLORS: Record<PublicationStatus, string> = { unpublished: 'default', published: 'green', suspended: 'orange', cancelled: 'red' };

export function PublicationStatusTag({ status }: { status: PublicationStatus }) {
  const { t } = useTranslation();
  return <Tag color={PUBLICATION_COLORS[status]}>{t(`catalog.publicationStatus.${status}`)}</Tag>;
}

/** 草稿 / 待审核; nothing when there is no pending change. */
export function ChangeStatusTag({ status }: { status: ChangeStatus }) {
  const { t } = useTranslation();
  if (status === 'none') return null;
  return <Tag color={status === 'submitted' ? 'gold' : 'blue'}>{t(`catalog.changeStatus.${status}`)}</Tag>;
}
