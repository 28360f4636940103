/**
 * The server secret: the key under which join codes are stored (`joinCodeKey.ts`). Read from
 * `SERVER_SECRET` when set (several nodes, or a MongoDB deployment whose nodes share no disk, must
 * all use the same one), else from `<DATA_DIR>/server-secret`, created on first start readable by
 * the server's user only. Losing it makes every stored join code unusable (links keep working);
 * rotate the participant links to issue new codes.
 */
import { randomBytes } from 'node:crypto';
import { keptSecret, type KeptSecret } from './keptSecret.js';

export const SECRET_FILE = 'server-secret';
const BYTES = 32;

export interface SecretSource {
  dataDir: string;
  /** `SERVER_SECRET`: at least 32 bytes, as hex or base64. */
  envSecret?: string | undefined;
}

export interface LoadedSecret extends Omit<KeptSecret<Buffer>, 'value' | 'from'> {
  secret: Buffer;
  from: 'env' | KeptSecret<Buffer>['from'];
}

export async function loadServerSecret({ dataDir, envSecret }: SecretSource): Promise<LoadedSecret> {
  if (envSecret) return { secret: decodeSecret(envSecret), from: 'env' };
  const { value, ...kept } = await keptSecret(
    dataDir,
    SECRET_FILE,
    () => {
      const secret = randomBytes(BYTES);
      return { value: secret, text: secret.toString('hex') };
    },
    (text, file) => decodeSecret(text.trim(), file),
  );
  return { secret: value, ...kept };
}

/** Hex (64+ characters) or base64 of at least 32 bytes. */
export function decodeSecret(text: string, where = 'SERVER_SECRET'): Buffer {
  const value = text.trim();
  const bytes =
    /^[0-9a-fA-F]+$/.test(value) && value.length % 2 === 0 ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (bytes.length < BYTES) {
    throw new Error(`${where} must hold at least ${BYTES} random bytes (64 hex characters or 44 base64).`);
  }
  return bytes;
}
