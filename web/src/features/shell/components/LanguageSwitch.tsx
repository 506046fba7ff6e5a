import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../../../i18n/index.ts';

/** One button that switches between 中文 and English; its text names the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = currentLanguage() === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => void changeLanguage(target)}
      lang={target}
      title={t('language.switch')}
      className="header-button"
    >
      {target === 'en-US' ? 'English' : '中文'}
    </Button>
  );
}
