import type { Locale } from '@dr/shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppStrings } from '../i18n/appStrings';
import { startI18n } from '../i18n';
import './base.css';
import '../ui/layout.css';
import '../ui/button.css';
import '../ui/form.css';
import '../ui/tag.css';
import '../ui/figures.css';
// Every page's forms can show an alert, and lazy pages share the component: its styles load with the app's.
import '../ui/Alert.css';
import { App } from './App';
import { watchForNewVersion } from './newVersion';
import { registerServiceWorker } from './serviceWorker';

// The room link carries its token in the hash; pasting another link into the same tab only changes
// the hash, so start over as whoever the new link belongs to.
window.addEventListener('hashchange', () => window.location.reload());

registerServiceWorker();
watchForNewVersion();

/** Renders the app in `locale`, with its strings (app/boot.ts fetches both). */
export function start(locale: Locale, strings: AppStrings): void {
  startI18n(locale, strings);
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
}
