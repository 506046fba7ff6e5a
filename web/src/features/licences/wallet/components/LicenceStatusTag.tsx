import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WalletLicenceStatus } from '../api/wallet-api.ts';

const COLORS: Record<WalletLicenceStatus, string> = { valid: 'green', not_yet_valid: 'blue', expired: 'default', suspended: 'orange', revoked: 'red' };

/** A licence's status today as a coloured tag (有效 / 未生效 / 已过期 / 已中止 / 已注销). */
export function LicenceStatusTag({ status }: { status: WalletLicenceStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]} data-testid="licence-status" data-status={status}>{t(`licenceWallet.status.${status}`)}</Tag>;
}
