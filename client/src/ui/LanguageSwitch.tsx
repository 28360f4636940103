import { LOCALES, type Locale } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { saveLanguage } from '../i18n/language';
import './LanguageSwitch.css';

/** Two buttons, each naming its language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = (locale: Locale) => {
    saveLanguage(locale);
    void switchLanguage(locale);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.resolvedLanguage === locale}
          onClick={() => choose(locale)}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
