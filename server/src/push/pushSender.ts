/**
 * Sends one notification to a council's subscribed devices (web-push: RFC 8291 `aes128gcm`
 * encryption, RFC 8292 VAPID), each in its own language. A device the push service no longer knows
 * (404, 410) is forgotten; any other failure is logged (without the endpoint: it is a capability)
 * and the other devices still get theirs.
 */
import type { Agent } from 'node:https';
import type { Locale } from '@dr/shared';
import type { PushMessage } from '@dr/shared/council';
import type { Logger } from 'pino';
import webpush from 'web-push';
import type { PushStore } from '../store/pushStore.js';
import type { VapidKeys } from './vapidKeys.js';

/** How long a push service keeps a message for a device that is offline: a day (reminders go stale). */
const TTL_SECONDS = 24 * 60 * 60;
const TIMEOUT_MS = 10_000;

export interface PushSenderDeps {
  store: PushStore;
  keys: VapidKeys;
  /** VAPID's contact: `mailto:` or an `https:` URL (`VAPID_SUBJECT`). */
  subject: string;
  logger: Logger;
  /** The TLS agent for the push services (tests trust their own receiver's certificate with it). */
  agent?: Agent | undefined;
}

export class PushSender {
  constructor(private readonly deps: PushSenderDeps) {}

  /**
   * Sends `compose(locale)` to every device of `memberIds` (every member when absent) in the council.
   * Resolves how many devices accepted it.
   */
  async send(
    councilId: string,
    memberIds: readonly string[] | undefined,
    compose: (locale: Locale) => PushMessage,
  ): Promise<number> {
    const { store, keys, subject, logger, agent } = this.deps;
    const devices = await store.subscriptionsOf(councilId, memberIds);
    const sent = await Promise.all(
      devices.map(async (device) => {
        const message = compose(device.locale);
        try {
          await webpush.sendNotification(
            { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
            JSON.stringify(message),
            {
              vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
              contentEncoding: 'aes128gcm',
              TTL: TTL_SECONDS,
              timeout: TIMEOUT_MS,
              ...(agent ? { agent } : {}),
            },
          );
          return 1;
        } catch (error) {
          const status = (error as { statusCode?: number }).statusCode;
          if (status === 404 || status === 410) {
            await store.deleteSubscription(device.endpoint);
            logger.info(
              { councilId, kind: message.kind, status },
              'push: the device is gone, its subscription dropped',
            );
          } else {
            logger.warn(
              { councilId, kind: message.kind, status, err: status ? undefined : error },
              'push: not delivered',
            );
          }
          return 0;
        }
      }),
    );
    return sent.reduce<number>((sum, one) => sum + one, 0);
  }
}
