/**
 * The large-type mode (适老化, issue 28): larger text, looser lines, larger targets, higher
 * contrast. Kept on the device (localStorage), and shown as `data-elder` on <html>, which ui/elder.css
 * styles. app/boot.ts applies it, with its styles, before the app renders anything, so no screen
 * appears in small type first.
 */
/** Where the device keeps the mode: `on`, or nothing. */
export const ELDER_KEY = 'dr:elder';

/** Whether this device has the mode on. */
export function elderModeSaved(): boolean {
  try {
    return localStorage.getItem(ELDER_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Fired on `window` when the mode changes, for views that are laid out differently in it. */
export const ELDER_EVENT = 'dr:elder';

/** Shows the page in the mode (or not). */
export function applyElderMode(on: boolean): void {
  if (on) document.documentElement.dataset.elder = 'on';
  else delete document.documentElement.dataset.elder;
  dispatchEvent(new Event(ELDER_EVENT));
}

/**
 * The mode's styles: fetched only by a device that has the mode on (app/boot.ts waits for them
 * before the app renders) or switches it on, so a phone's first screen does not carry them.
 */
export const loadElderStyles = () => import('./elder.css');
