/** Folds the written proxies (委托): granted, revoked. The list keeps revoked ones (委托名单). */
import { assertNever } from '../core/errors.js';
import { own } from '../core/own.js';
import type { EventOf } from '../model/events.js';
import type { RoomState } from '../model/state.js';

/** The events this fold takes; room/apply.ts hands each to the fold whose list names it. */
export const PROXY_EVENTS = ['proxy.granted', 'proxy.revoked'] as const;
export type ProxyEvent = EventOf<(typeof PROXY_EVENTS)[number]>;

/** `apply` for proxies; `s` already carries the event's seq and time. */
export function foldProxy(s: RoomState, event: ProxyEvent): RoomState {
  const { proxies } = s;
  switch (event.type) {
    case 'proxy.granted': {
      const { proxyId: id, principalId, holderId, reference } = event;
      const proxy = {
        id,
        principalId,
        holderId,
        reference,
        grantedBy: event.actor,
        grantedAt: event.at,
        revokedAt: null,
        revokedBy: null,
      };
      return { ...s, proxies: { ...proxies, [id]: proxy } };
    }
    case 'proxy.revoked': {
      const proxy = own(proxies, event.proxyId);
      if (!proxy) return s;
      return { ...s, proxies: { ...proxies, [proxy.id]: { ...proxy, revokedAt: event.at, revokedBy: event.actor } } };
    }
    default:
      return assertNever(event);
  }
}
