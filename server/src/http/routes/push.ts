/**
 * Web push (issue 29, part 4): the server's VAPID public key, and a roster member's device
 * subscribing on the council page or switching off. The council's door (any link; the member proved
 * by id and secret, as for supervision), a validated and size-capped subscription, at most
 * `PUSH_LIMITS.devicesPerMember` devices per member. Subscribing is durable before it is answered;
 * sending the same subscription again changes nothing but its member and language.
 */
import { PUSH_LIMITS, PushAck, PushKey, PushSubscribeRequest, PushUnsubscribeRequest } from '@dr/shared/council';
import express, { type Router } from 'express';
import { councilActor } from '../../council/councilAccess.js';
import type { PushService } from '../../push/pushService.js';
import type { Store } from '../../store/store.js';
import { readBody } from '../body.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError } from '../errors.js';
import { sendJson } from '../respond.js';

export interface PushRouteDeps {
  door: CouncilDoor;
  store: Store;
  push: PushService | null;
  clock: () => number;
}

export function pushRouter({ door, store, push, clock }: PushRouteDeps): Router {
  const router = express.Router();
  const invalid = (res: express.Response) => () =>
    sendError(res, 400, 'invalid', 'push.subscriptionInvalid', { max: PUSH_LIMITS.endpoint });

  const refused = (...answer: Parameters<typeof sendError>) => {
    sendError(...answer);
    return null;
  };
  /**
   * The roster member a device request comes from (proved by id and secret) and its body; null once
   * refused: push switched off, a bad body, a wrong secret, an observer's link.
   */
  const fromMember = <S extends typeof PushSubscribeRequest | typeof PushUnsubscribeRequest>(
    schema: S,
    req: express.Request,
    res: express.Response,
  ) => {
    if (!push) return refused(res, 503, 'internal', 'push.unavailable');
    const { council, role } = councilAt(res);
    const body = readBody(schema, req, res, invalid(res));
    if (!body) return null;
    const who = councilActor(council, role!, body);
    if (!who.ok) return refused(res, 403, 'forbidden', who.reason);
    if (who.actor.memberId === null) return refused(res, 403, 'forbidden', 'role.observer');
    return { councilId: council.councilId, memberId: who.actor.memberId, body };
  };

  router.get('/api/push/key', (_req, res) => {
    if (!push) return sendError(res, 503, 'internal', 'push.unavailable');
    sendJson(res, PushKey, { publicKey: push.publicKey });
  });

  router.post('/api/councils/:councilId/push', requireCouncil(door), async (req, res) => {
    const member = fromMember(PushSubscribeRequest, req, res);
    if (!member) return;
    const { councilId, memberId, body } = member;
    const { endpoint, keys } = body.subscription;
    const devices = await store.push.subscriptionsOf(councilId, [memberId]);
    if (devices.length >= PUSH_LIMITS.devicesPerMember && !devices.some((d) => d.endpoint === endpoint))
      return sendError(res, 409, 'conflict', 'push.tooManyDevices', { max: PUSH_LIMITS.devicesPerMember });
    await store.push.saveSubscription({
      endpoint,
      councilId,
      memberId,
      locale: body.locale,
      p256dh: keys.p256dh,
      auth: keys.auth,
      createdAt: clock(),
    });
    sendJson(res, PushAck, { ok: true, subscribed: true }, 201);
  });

  router.delete('/api/councils/:councilId/push', requireCouncil(door), async (req, res) => {
    const member = fromMember(PushUnsubscribeRequest, req, res);
    if (!member) return;
    const { councilId, memberId, body } = member;
    // Only the member's own device: an endpoint is no proof of whose it is.
    const mine = await store.push.subscriptionsOf(councilId, [memberId]);
    if (mine.some((d) => d.endpoint === body.endpoint)) await store.push.deleteSubscription(body.endpoint, councilId);
    sendJson(res, PushAck, { ok: true, subscribed: false });
  });

  return router;
}
