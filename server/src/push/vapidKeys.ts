/**
 * The server's VAPID key pair (RFC 8292): push services accept our pushes only when signed with it,
 * and browsers subscribe to its public half (`GET /api/push/key`). Kept like the server secret
 * (credentials/serverSecret.ts): from `VAPID_PUBLIC_KEY` + `VAPID_PRIVATE_KEY` when set (several
 * nodes on MongoDB must all use the same pair), else from `<DATA_DIR>/vapid-keys`, created on first
 * start readable by the server's user only. Never logged. A new pair invalidates every subscription:
 * browsers must subscribe again.
 */
import webpush from 'web-push';
import { keptSecret, type KeptSecret } from '../credentials/keptSecret.js';

export const VAPID_FILE = 'vapid-keys';

export interface VapidKeys {
  /** base64url, the uncompressed P-256 point (65 bytes). */
  publicKey: string;
  /** base64url, 32 bytes. */
  privateKey: string;
}

export interface VapidSource {
  dataDir: string;
  envPublic?: string | undefined;
  envPrivate?: string | undefined;
}

export interface LoadedVapid extends Omit<KeptSecret<VapidKeys>, 'value' | 'from'> {
  keys: VapidKeys;
  from: 'env' | KeptSecret<VapidKeys>['from'];
}

export async function loadVapidKeys({ dataDir, envPublic, envPrivate }: VapidSource): Promise<LoadedVapid> {
  if (envPublic || envPrivate)
    return {
      keys: checked({ publicKey: envPublic ?? '', privateKey: envPrivate ?? '' }, 'VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY'),
      from: 'env',
    };
  const { value, ...kept } = await keptSecret(
    dataDir,
    VAPID_FILE,
    () => {
      const keys = webpush.generateVAPIDKeys();
      return { value: keys, text: JSON.stringify(keys) };
    },
    (text, file) => checked(JSON.parse(text) as VapidKeys, file),
  );
  return { keys: value, ...kept };
}

/** The pair's sizes, checked before the first push fails on them; the message names where, never the key. */
function checked(keys: Partial<VapidKeys>, where: string): VapidKeys {
  const size = (text: unknown) =>
    typeof text === 'string' && /^[\w-]+$/.test(text) ? Buffer.from(text, 'base64url').length : 0;
  if (size(keys.publicKey) !== 65 || size(keys.privateKey) !== 32) {
    throw new Error(
      `${where} must hold a VAPID key pair: a base64url P-256 public key (65 bytes) and private key (32 bytes).`,
    );
  }
  return { publicKey: keys.publicKey!, privateKey: keys.privateKey! };
}
