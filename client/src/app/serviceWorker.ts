/**
 * Registers the service worker the build writes (sw.js, Workbox through vite-plugin-pwa; see
 * vite.config.ts), so the app opens with no signal after its first visit. After the page has
 * loaded, so its files are fetched for the person first and for the offline copy after; a new
 * build's worker takes over at once, and the next load uses the new files.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No worker (private mode, an old browser, http on another host than localhost): online only.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
