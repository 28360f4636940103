/**
 * i18next in the page's language: `startI18n` once, with that language's strings, before the app
 * renders; `switchLanguage` fetches another language's strings the first time it is chosen.
 */
import type { Locale } from '@dr/shared';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { APP_STRINGS, type AppStrings } from './appStrings';
import { translationFor, type AppResources } from './resources';

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

/** Sets i18next up in `locale` with its strings (already fetched: app/boot.ts starts that first). */
export function startI18n(locale: Locale, strings: AppStrings): void {
  void i18n.use(initReactI18next).init({
    resources: { [locale]: { translation: translationFor(locale, strings) } },
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    // React escapes already.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

/** Shows the app in `locale`, fetching its strings first if this page has not had them yet. */
export async function switchLanguage(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    const { default: strings } = await APP_STRINGS[locale]();
    i18n.addResourceBundle(locale, 'translation', translationFor(locale, strings));
  }
  await i18n.changeLanguage(locale);
}

export default i18n;
