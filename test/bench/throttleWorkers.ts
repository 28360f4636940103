/**
 * The page's network emulation (CDP `Network.emulateNetworkConditions` on the page) does not reach
 * its service worker, which fetches on a target of its own: the precache and every file the worker
 * answers from the network (the editor, on the first touch) would come at the machine's speed.
 * This attaches to each service worker the browser starts and gives it the same conditions. A
 * worker's first requests may leave before it is attached (a few ms).
 */
import type { Browser } from 'playwright-core';

export interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** Throttles every service worker started from now on; resolves with the function that stops watching. */
export async function throttleServiceWorkers(
  browser: Browser,
  conditions: NetworkConditions,
): Promise<() => Promise<void>> {
  const cdp = await browser.newBrowserCDPSession();
  let id = 0;
  // Playwright's CDP session speaks to one target: the worker's session is reached through the browser's.
  const send = (sessionId: string, method: string, params: object) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: (id += 1), method, params }) });
  cdp.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return;
    void (async () => {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false });
      await send(sessionId, 'Network.enable', {});
      await send(sessionId, 'Network.emulateNetworkConditions', conditions);
    })().catch(() => undefined); // a worker gone before it was reached has nothing left to throttle
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  return () => cdp.detach();
}
