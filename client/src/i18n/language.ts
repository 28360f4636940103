/** Which UI language to start in, and remembering the reader's own choice. */
import { LOCALES, type Locale } from '@dr/shared';

const STORAGE_KEY = 'dr:lang';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** `?lang=` forces a language; then the reader's last choice; then the browser's language. */
export function initialLanguage(): Locale {
  const forced = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(forced)) return forced;
  const saved = readSaved();
  if (saved) return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function saveLanguage(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  // A `?lang=` left in the address would undo the choice on the next reload.
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', locale);
    window.history.replaceState(window.history.state, '', url);
  }
}

function readSaved(): Locale | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : null;
  } catch {
    return null;
  }
}

/**
 * The language the page shows now (the html element's `lang`: app/boot.ts sets it before anything
 * is fetched, i18n/index.ts on every switch), for what the server says back (refusals).
 */
export function pageLocale(): Locale {
  const lang = globalThis.document?.documentElement.lang; // no document: a unit test
  return isLocale(lang) ? lang : 'en';
}
