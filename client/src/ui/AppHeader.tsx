import { useTranslation } from 'react-i18next';
import { ElderSwitch } from './ElderSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import './AppHeader.css';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="app-header__name" href="/">
        {t('app.name')}
      </a>
      <div className="app-header__tools">
        <ElderSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
