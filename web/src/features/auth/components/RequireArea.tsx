import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ForbiddenResult } from '../../shell/components/ForbiddenResult.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import type { AppArea } from '../api/auth-api.ts';
import { useSession } from '../hooks/useSession.ts';

function loginPathFor(area: AppArea | 'applicant', returnTo: string): string {
  const base = area === 'applicant' ? '/login' : '/staff/login';
  return `${base}?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Route guard for the staff areas: `/workbench/*` needs a staff login, `/admin/*` the admin area. */
export function RequireArea({ area, children }: { area: Exclude<AppArea, 'portal'>; children: ReactNode }) {
  const { principal, isLoading } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (isLoading) return <PageLoading />;
  if (!principal) return <Navigate to={loginPathFor(area, location.pathname + location.search)} replace />;
  if (principal.kind !== 'staff') return <ForbiddenResult description={t('auth.staffOnly')} />;
  if (!principal.areas.includes(area)) return <ForbiddenResult />;
  return children;
}

/** Route guard for the applicant's own pages (`/me`). */
export function RequireApplicant({ children }: { children: ReactNode }) {
  const { principal, isLoading } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (isLoading) return <PageLoading />;
  if (!principal) return <Navigate to={loginPathFor('applicant', location.pathname + location.search)} replace />;
  if (principal.kind !== 'applicant') return <ForbiddenResult description={t('auth.applicantOnly')} />;
  return children;
}
