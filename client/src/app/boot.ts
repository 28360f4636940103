/**
 * The page's first script: it picks the language and fetches that language's strings and the app
 * together, so neither waits for the other. Only the chosen language's strings are fetched. On a
 * room's page it also opens the room's connection as soon as its chunk is here (index.html preloads
 * it, `preloadTheApp` in vite.config.ts), with the early join form (live/earlyJoin.ts), while the
 * app arrives.
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
// The app's files (the import asks for them all, Vite's preload list) after this task: the strings'
// request is out first then (its import starts a microtask later), not queued behind ~30 files on
// the six connections a browser opens to a host.
setTimeout(() => {
  void import('./main').then(async ({ start }) => {
    await elderStyles?.catch(() => undefined); // no signal: the app in its usual type, rather than none
    start(locale, (await strings).default);
  });
});

const token = tokenFromHash(window.location.hash);
if (route.page === 'room' && token) {
  void import('../live/preconnect').then(({ preconnect }) => preconnect(route.roomId, token));
}
