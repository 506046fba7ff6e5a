import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../api/catalog-import-api.ts';

const COLORS: Record<ImportStatus, string> = { queued: 'default', validating: 'processing', importing: 'processing', succeeded: 'success', failed: 'error' };

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`catalogImport.status.${status}`)}</Tag>;
}
