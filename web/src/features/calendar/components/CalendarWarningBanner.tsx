import { Alert, Flex } from 'antd';
import { roleHasPermission } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { useCalendarStatus } from '../hooks/useCalendar.ts';

/**
 * "2027 年节假日安排尚未录入…" for the administrators who can enter it: shown for the current year whenever it has no
 * arrangement, and for next year from 1 November on (the server decides which years, `warningYears`).
 */
export function CalendarWarningBanner({ showAction = true }: { showAction?: boolean }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const canManage = principal?.kind === 'staff' && roleHasPermission(principal.roles, 'calendar.manage');
  const status = useCalendarStatus(canManage);
  const years = status.data?.warningYears ?? [];
  if (!canManage || years.length === 0) return null;
  return (
    <Flex vertical gap={8}>
      {years.map((year) => (
        <Alert
          key={year}
          type="warning"
          showIcon
          role="alert"
          title={t('calendar.warning', { year })}
          action={showAction ? <ButtonLink to={`/admin/calendar?year=${year}`} size="small">{t('calendar.warningAction')}</ButtonLink> : undefined}
        />
      ))}
    </Flex>
  );
}
