import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The search box of the home page: opens the catalogue (/services) with the words as `q`. */
export function ServiceSearch({ defaultValue, size = 'large' }: { defaultValue?: string; size?: 'large' | 'middle' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div role="search" className="service-search">
      <Input.Search
        key={defaultValue}
        defaultValue={defaultValue}
        placeholder={t('home.searchPlaceholder')}
        aria-label={t('home.searchLabel')}
        enterButton={t('home.searchButton')}
        size={size}
        allowClear
        onSearch={(value) => {
          const q = value.trim();
          void navigate(q ? `/services?q=${encodeURIComponent(q)}` : '/services');
        }}
      />
    </div>
  );
}
