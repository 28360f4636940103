/**
 * The large-type mode (适老化, issue 28): larger text, looser lines, larger targets, higher
 * contrast. Kept on the device (localStorage), and shown as `data-elder` on <html>, which ui/elder.css
 * styles. app/boot.ts applies it before the app renders anything, so no screen appears in small type first.
 */
const STORAGE_KEY = 'dr:elder';

/** Whether this device has the mode on. */
export function elderModeSaved(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Shows the page in the mode (or not). */
export function applyElderMode(on: boolean): void {
  if (on) document.documentElement.dataset.elder = 'on';
  else delete document.documentElement.dataset.elder;
}

/** Switches the mode and remembers it on this device. */
export function setElderMode(on: boolean): void {
  applyElderMode(on);
  try {
    if (on) localStorage.setItem(STORAGE_KEY, 'on');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode or storage disabled: the mode lasts for this page only.
  }
}
