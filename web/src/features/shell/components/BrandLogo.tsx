import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BrandLogo({ to = '/' }: { to?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} className="brand" aria-label={t('common.appFullName')}>
      <svg className="brand-mark" viewBox="0 0 64 64" aria-hidden focusable="false">
        <rect width="64" height="64" rx="14" fill="#0b57b0" />
        <path d="M20 44V20h10l14 24h-10z" fill="#fff" />
        <circle cx="44" cy="22" r="5" fill="#ffd666" />
      </svg>
      <span className="brand-text">
        <span className="brand-name">{t('common.appName')}</span>
        <span className="brand-tagline">{t('common.brandTagline')}</span>
      </span>
    </Link>
  );
}
