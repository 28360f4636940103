/**
 * The page's first script: it picks the language and fetches that language's strings and the app
 * together, so neither waits for the other (the app's files are also preloaded by index.html, see
 * `preloadTheApp` in vite.config.ts). Only the chosen language's strings are fetched. On a room's
 * page it also opens the room's connection at once (live/preconnect.ts), while the app arrives.
 */
import { APP_STRINGS } from '../i18n/appStrings';
import { initialLanguage } from '../i18n/language';
import { tokenFromHash } from '../live/token';
import { routeFor } from './route';
import { applyElderMode, elderModeSaved, loadElderStyles } from '../ui/elderMode';

const locale = initialLanguage();
// Said at once, before i18n starts: the room's early connection asks the server for its refusals in it.
document.documentElement.lang = locale;
const strings = APP_STRINGS[locale]();
const route = routeFor(window.location.pathname);
// The large-type mode, when this device has it on (never on the projector's board): the app waits
// for its styles, so no screen shows in small type first.
const elder = route.page !== 'board' && elderModeSaved();
const elderStyles = elder ? loadElderStyles() : null;
if (elder) applyElderMode(true);
void import('./main').then(async ({ start }) => {
  await elderStyles?.catch(() => undefined); // no signal: the app in its usual type, rather than none
  start(locale, (await strings).default);
});

const token = tokenFromHash(window.location.hash);
if (route.page === 'room' && token) {
  void import('../live/preconnect').then(({ preconnect }) => preconnect(route.roomId, token));
}
