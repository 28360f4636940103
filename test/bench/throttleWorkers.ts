/**
 * The page's network emulation (CDP `Network.emulateNetworkConditions` on the page) does not reach
 * its service worker, which fetches on a target of its own: the precache and every file the worker
 * answers from the network (the editor, on the first touch) would come at the machine's speed.
 *
 * So the page's own CDP session auto-attaches to the workers it starts (a page's auto-attach covers
 * the service workers of its origin), with each new one held before it runs
 * (`waitForDebuggerOnStart`): the worker gets the same conditions and only then is let go, so none of
 * its requests leaves unthrottled, a worker the browser restarts after it was idle included. (Until
 * 2026-12-07 the bench attached to each worker when the browser announced it, and a worker's first
 * requests, or a restarted worker's fetch, could leave before that: the "touch → in the editor" row
 * was not trusted.) Playwright's CDP session speaks to one target, so the worker's session is reached
 * through the page's (`Target.sendMessageToTarget`, the non-flat mode).
 */
import type { CDPSession } from 'playwright-core';

export interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** What was throttled, for the bench to show. */
export interface ThrottledWorkers {
  /** Service workers held at their start, throttled, then let go. */
  attached: number;
}

/** Throttles every service worker the page (`cdp`: its session) starts from now on. */
export async function throttleServiceWorkers(
  cdp: CDPSession,
  conditions: NetworkConditions,
): Promise<ThrottledWorkers> {
  const seen: ThrottledWorkers = { attached: 0 };
  let lastId = 0;
  const answers = new Map<number, () => void>();
  const send = (sessionId: string, method: string, params: object = {}) =>
    new Promise<void>((resolve) => {
      const id = (lastId += 1);
      answers.set(id, resolve);
      const message = JSON.stringify({ id, method, params });
      // A worker gone meanwhile has nothing left to throttle.
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => resolve());
    });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id } = JSON.parse(message) as { id?: number };
    if (id === undefined) return;
    answers.get(id)?.();
    answers.delete(id);
  });
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo, waitingForDebugger }) => {
    void (async () => {
      if (targetInfo.type === 'service_worker') {
        await send(sessionId, 'Network.enable');
        await send(sessionId, 'Network.emulateNetworkConditions', conditions);
        seen.attached += 1;
      }
      // Anything else the page starts (a frame, a worker of its own) goes on at once.
      if (waitingForDebugger) await send(sessionId, 'Runtime.runIfWaitingForDebugger');
    })();
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return seen;
}
