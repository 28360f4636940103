/**
 * Headless Chromium has no push service, so `pushManager.subscribe()` cannot succeed in a test. This
 * init script stands in for the browser's push service only: it hands the page a subscription with a
 * real P-256 key pair and auth secret (WebCrypto), whose endpoint is the test's push receiver
 * (pushReceiver.ts). Everything else is real: the page, its service worker, the permission prompt
 * (granted by the context), the server's encryption and sending, and the receiver's decryption with
 * the private key this script leaves in `localStorage` for the test (`test:push`).
 */
export function fakePushManagerScript(receiverOrigin: string): string {
  return `(() => {
  const KEY = 'test:push';
  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  const fromB64url = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const wrap = (saved) => ({
    endpoint: saved.endpoint,
    expirationTime: null,
    options: { userVisibleOnly: true, applicationServerKey: fromB64url(saved.applicationServerKey).buffer },
    getKey: (name) => fromB64url(saved.keys[name]).buffer,
    toJSON: () => ({ endpoint: saved.endpoint, expirationTime: null, keys: saved.keys }),
    unsubscribe: async () => (localStorage.removeItem(KEY), true),
  });
  const stored = () => JSON.parse(localStorage.getItem(KEY) || 'null');
  PushManager.prototype.getSubscription = async function () {
    const saved = stored();
    return saved ? wrap(saved) : null;
  };
  PushManager.prototype.subscribe = async function (options) {
    if (!options || !options.applicationServerKey || options.userVisibleOnly !== true) throw new DOMException('bad options', 'NotAllowedError');
    const saved = stored();
    if (saved) return wrap(saved);
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const publicKey = await crypto.subtle.exportKey('raw', pair.publicKey);
    const { d } = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const id = crypto.randomUUID();
    const made = {
      id,
      endpoint: ${JSON.stringify(receiverOrigin)} + '/push/' + id,
      keys: { p256dh: b64url(publicKey), auth: b64url(crypto.getRandomValues(new Uint8Array(16))) },
      privateKey: d,
      applicationServerKey: options.applicationServerKey,
    };
    localStorage.setItem(KEY, JSON.stringify(made));
    return wrap(made);
  };
})();`;
}

/** What the script left for the test: the device's id at the receiver, and its private key and auth secret. */
export interface FakeDevice {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  privateKey: string;
  applicationServerKey: string;
}
