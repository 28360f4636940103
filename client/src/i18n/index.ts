/** Sets up i18next with the app's strings in both languages; import once, before the app renders. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';
import type followupEn from './followup.en.json';
import { initialLanguage } from './language';

// Both files must have exactly the same keys; this fails to compile when one is missing a key.
// The follow-up's strings come later, with its screens (followupStrings.ts).
const zh: typeof en = zhCN;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en; followup: typeof followupEn };
  }
}

function reflectLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.name');
}

i18n.on('languageChanged', reflectLanguage);

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    'zh-CN': { translation: zh },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh-CN'],
  // React escapes already.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
