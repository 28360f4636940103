import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import './AppHeader.css';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="app-header__name" href="/">
        {t('app.name')}
      </a>
      <LanguageSwitch />
    </header>
  );
}
