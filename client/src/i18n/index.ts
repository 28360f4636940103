/** Sets up i18next with both languages' resources; import once, before the app renders. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage } from './language';
import { INITIAL_RESOURCES, type AppResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: AppResources;
  }
}

function reflectLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.name');
}

i18n.on('languageChanged', reflectLanguage);

void i18n.use(initReactI18next).init({
  resources: INITIAL_RESOURCES,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh-CN'],
  // React escapes already.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
