import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import './AppHeader.css';

// The large-type switch comes a moment after the first screen: the phone's budget (scripts/budget.mjs)
// is nearly spent, and a device with the mode on has it applied before that (app/boot.ts).
const ElderSwitch = lazy(() => import('./ElderSwitch').then((m) => ({ default: m.ElderSwitch })));

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="app-header__name" href="/">
        {t('app.name')}
      </a>
      <div className="app-header__tools">
        <Suspense fallback={null}>
          <ElderSwitch />
        </Suspense>
        <LanguageSwitch />
      </div>
    </header>
  );
}
