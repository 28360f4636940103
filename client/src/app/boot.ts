/**
 * The page's first script: it picks the language and fetches that language's strings and the app
 * together, so neither waits for the other (the app's files are also preloaded by index.html, see
 * `preloadTheApp` in vite.config.ts). Only the chosen language's strings are fetched.
 */
import { APP_STRINGS } from '../i18n/appStrings';
import { initialLanguage } from '../i18n/language';

const locale = initialLanguage();
const strings = APP_STRINGS[locale]();
void import('./main').then(async ({ start }) => start(locale, (await strings).default));
