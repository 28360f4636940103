/**
 * A new version deployed while this page runs (issue 25 §4). Its lazy files are gone from the
 * server (a 404: "Failed to fetch dynamically imported module"), and its service worker, once the
 * new one takes over, no longer has them either. So when a lazy file fails to load (Vite's
 * `vite:preloadError`, or `dr:lazyFileFailed` after the editor's own retry in room/draft/loadEditor.ts) or a new worker
 * takes control, the page asks the server for its current page: if it names other files, the page
 * reloads into the new version, at a safe moment: at once when nothing waits, otherwise (the person
 * is typing, or a vote is open on screen) it says so with a button and reloads as soon as nothing
 * waits. The outbox (live/outboxStore.ts) and the draft's unsent edits (IndexedDB) survive a reload.
 * A file that failed on the same version was a lost signal: nothing to do, the next use tries again.
 */
import i18n from 'i18next';

let offered: HTMLElement | null = null;

export function watchForNewVersion(): void {
  for (const failed of ['vite:preloadError', 'dr:lazyFileFailed'])
    window.addEventListener(failed, () => void checkForNewVersion());
  // A first visit's worker taking control is no new version: only a worker replacing one is.
  if (navigator.serviceWorker?.controller)
    navigator.serviceWorker.addEventListener('controllerchange', () => void checkForNewVersion());
}

/** Reloads into a new version of the app if the server has one (see above); resolves once checked. */
async function checkForNewVersion(): Promise<void> {
  const mine = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  // `?version`: past the service worker's copy of the page, to the server's.
  const page = await fetch('/index.html?version', { cache: 'no-store' }).then(
    (response) => (response.ok ? response.text() : ''),
    () => '',
  );
  if (mine && page.includes('type="module"') && !page.includes(mine)) reloadWhenNothingWaits();
}

/** Something a reload would interrupt: a text being typed, a vote open on screen. */
const waiting = () =>
  !!document.activeElement?.closest('input, textarea, [contenteditable="true"]') || !!document.querySelector('.vote');

function reloadWhenNothingWaits(): void {
  if (!waiting()) return window.location.reload();
  if (!offered) {
    offered = document.createElement('p');
    offered.className = 'notice';
    offered.setAttribute('role', 'status');
    Object.assign(offered.style, { position: 'fixed', insetInline: '0.5rem', bottom: '0.5rem', zIndex: '10' });
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = i18n.t('outdated.reload');
    reload.onclick = () => window.location.reload();
    offered.append(`${i18n.t('outdated.body')} `, reload);
    document.body.append(offered);
  }
  setTimeout(reloadWhenNothingWaits, 2_000);
}
