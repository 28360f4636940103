/**
 * Web push to a council's roster members (issue 29, part 4): the HTTP contract and the payload the
 * service worker shows. A device subscribes for one roster member of one council, in one language;
 * the server keeps the subscription and sends it the notifications below (RFC 8030 push, payload
 * encrypted per RFC 8291 `aes128gcm`, signed with the server's VAPID key, RFC 8292).
 *
 * | route                                                     | request              | answer      |
 * | --------------------------------------------------------- | -------------------- | ----------- |
 * | `GET /api/push/key`                                       | —                    | `PushKey`   |
 * | `POST /api/councils/:councilId/push` (any link but observer) | `PushSubscribeRequest` | `PushAck` |
 * | `DELETE /api/councils/:councilId/push` (the same)         | `PushUnsubscribeRequest` | `PushAck` |
 */
import { z } from 'zod';
import { Locale } from '../core/vocabulary.js';

/** Caps on what a browser hands us: a push service's endpoint URL and the subscription's keys. */
export const PUSH_LIMITS = {
  /** Characters of an endpoint URL (real ones are 150–500). */
  endpoint: 1024,
  /** Subscriptions one roster member may keep in one council (one per device). */
  devicesPerMember: 10,
} as const;

/** base64url without padding, `bytes` long once decoded (a P-256 public key is 65, the auth secret 16). */
const base64url = (bytes: number) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(/^[A-Za-z0-9_-]+$/);

/** A push endpoint: an `https:` URL without credentials, as every browser's push service gives. */
export const PushEndpoint = z
  .string()
  .max(PUSH_LIMITS.endpoint)
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' && !url.username && !url.password;
    } catch {
      return false;
    }
  });

/** `PushSubscription.toJSON()` of the browser's Push API, as it comes. */
export const BrowserSubscription = z.strictObject({
  endpoint: PushEndpoint,
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({ p256dh: base64url(65), auth: base64url(16) }),
});
export type BrowserSubscription = z.infer<typeof BrowserSubscription>;

/** `GET /api/push/key`: the server's VAPID public key (base64url, 65 bytes), `applicationServerKey` for subscribing. */
export const PushKey = z.object({ publicKey: z.string() });
export type PushKey = z.infer<typeof PushKey>;

/**
 * `POST /api/councils/:councilId/push`: this device's subscription for the roster member proved by
 * id and secret, in `locale` (the words of every notification it gets). The same endpoint sent again
 * replaces the earlier one (another member or language on the same device).
 */
export const PushSubscribeRequest = z.strictObject({
  memberId: z.string().min(1).max(64),
  memberSecret: z.string().min(1).max(128),
  locale: Locale,
  subscription: BrowserSubscription,
});
export type PushSubscribeRequest = z.infer<typeof PushSubscribeRequest>;

/** `DELETE /api/councils/:councilId/push`: the same member's device stops receiving (by endpoint). */
export const PushUnsubscribeRequest = z.strictObject({
  memberId: z.string().min(1).max(64),
  memberSecret: z.string().min(1).max(128),
  endpoint: PushEndpoint,
});
export type PushUnsubscribeRequest = z.infer<typeof PushUnsubscribeRequest>;

/** Both routes answer this; `subscribed` says where the device stands now. */
export const PushAck = z.object({ ok: z.literal(true), subscribed: z.boolean() });
export type PushAck = z.infer<typeof PushAck>;

/** What a notification is about. */
export const PUSH_KINDS = [
  'meetingCalled',
  'meetingTomorrow',
  'actionAssigned',
  'actionDueSoon',
  'actionOverdue',
  'actionToConfirm',
  'noticePublished',
] as const;
export type PushKind = (typeof PUSH_KINDS)[number];

/**
 * The encrypted payload of one push (JSON): the words already in the subscriber's language, and the
 * page a tap opens (a path on this server). `tag` lets a newer notice of one thing replace the older.
 */
export const PushMessage = z.object({
  kind: z.enum(PUSH_KINDS),
  title: z.string(),
  body: z.string(),
  url: z.string().startsWith('/'),
  tag: z.string(),
});
export type PushMessage = z.infer<typeof PushMessage>;
