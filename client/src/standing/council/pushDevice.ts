/**
 * This device's notifications for one council (issue 29, part 4): the browser's Push API
 * subscription (one per device, under the service worker), sent to the server for the roster
 * member with the page's language, or taken back. The council page's link is remembered here when
 * notifications are on, so a tapped notification (opened without the link's `#t=`) finds the council.
 */
import { PushAck, PushKey } from '@dr/shared/council';
import type { Locale } from '@dr/shared';
import { request, type Answer } from '../../live/request';
import type { CouncilCredentials } from './councilCredentials';

const base = (councilId: string) => `/api/councils/${encodeURIComponent(councilId)}/push`;
const keyFor = (councilId: string) => `dr:push:${councilId}`;

/** Whether this browser can receive notifications at all (a service worker, the Push API, notifications). */
export function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The council page's token remembered for notifications, or null when they are off on this device. */
export function rememberedToken(councilId: string): string | null {
  try {
    return localStorage.getItem(keyFor(councilId));
  } catch {
    return null;
  }
}

async function subscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.ready;
  return registration.pushManager.getSubscription();
}

/** Whether notifications for this council are on here: switched on, and the browser still subscribed. */
export async function pushIsOn(councilId: string): Promise<boolean> {
  return rememberedToken(councilId) !== null && (await subscription()) !== null;
}

export type PushOutcome = Answer<PushAck> | { ok: false; status: -1; refusal: null; denied: true };

/** Asks for permission, subscribes the device and gives the server its subscription in `locale`. */
export async function switchOn(
  councilId: string,
  token: string,
  member: CouncilCredentials,
  locale: Locale,
): Promise<PushOutcome> {
  if ((await Notification.requestPermission()) !== 'granted')
    return { ok: false, status: -1, refusal: null, denied: true };
  const key = await request(PushKey, '/api/push/key', null);
  if (!key.ok) return key;
  const registration = await navigator.serviceWorker.ready;
  let device = await registration.pushManager.getSubscription();
  // Made under a key the server no longer has (its keys were replaced): push services would refuse it.
  if (device && !underKey(device, key.value.publicKey)) {
    await device.unsubscribe();
    device = null;
  }
  device ??= await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: key.value.publicKey,
  });
  const answer = await send(councilId, token, member, locale, device);
  if (answer.ok) {
    try {
      localStorage.setItem(keyFor(councilId), token);
    } catch {
      // Storage disabled: a tapped notification opens the start page instead of the council.
    }
  }
  return answer;
}

/** Whether `device` was made for the server key `publicKey` (base64url); a browser that does not say is believed. */
function underKey(device: PushSubscription, publicKey: string): boolean {
  const made = device.options.applicationServerKey;
  if (!made) return true;
  const text = btoa(String.fromCharCode(...new Uint8Array(made)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return text === publicKey;
}

/** Tells the server the device's language again (the page's language changed while notifications are on). */
export async function resend(councilId: string, token: string, member: CouncilCredentials, locale: Locale) {
  const device = await subscription();
  return device ? send(councilId, token, member, locale, device) : null;
}

function send(councilId: string, token: string, member: CouncilCredentials, locale: Locale, device: PushSubscription) {
  const { memberId, memberSecret } = member;
  return request(PushAck, base(councilId), token, { memberId, memberSecret, locale, subscription: device.toJSON() });
}

/** The server forgets this device for the council; the browser's subscription stays for other councils. */
export async function switchOff(councilId: string, token: string, member: CouncilCredentials): Promise<PushOutcome> {
  const device = await subscription();
  const { memberId, memberSecret } = member;
  const answer = device
    ? await request(
        PushAck,
        base(councilId),
        token,
        { memberId, memberSecret, endpoint: device.endpoint },
        undefined,
        'DELETE',
      )
    : ({ ok: true, value: { ok: true, subscribed: false } } as const);
  if (answer.ok) {
    try {
      localStorage.removeItem(keyFor(councilId));
    } catch {
      // Nothing was remembered.
    }
  }
  return answer;
}
