/**
 * The server secret: the key under which join codes are stored (`joinCodeKey.ts`). Read from
 * `SERVER_SECRET` when set (several nodes, or a MongoDB deployment whose nodes share no disk, must
 * all use the same one), else from `<DATA_DIR>/server-secret`, created on first start readable by
 * the server's user only. Losing it makes every stored join code unusable (links keep working);
 * rotate the participant links to issue new codes.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const SECRET_FILE = 'server-secret';
const BYTES = 32;

export interface SecretSource {
  dataDir: string;
  /** `SERVER_SECRET`: at least 32 bytes, as hex or base64. */
  envSecret?: string | undefined;
}

export interface LoadedSecret {
  secret: Buffer;
  from: 'env' | 'file' | 'created';
  /** Set when the file could be read by others: its mode was tightened to 0600. */
  tightened?: boolean;
}

export async function loadServerSecret({ dataDir, envSecret }: SecretSource): Promise<LoadedSecret> {
  if (envSecret) return { secret: decodeSecret(envSecret), from: 'env' };
  const file = path.join(dataDir, SECRET_FILE);
  await mkdir(dataDir, { recursive: true });
  const created = randomBytes(BYTES);
  try {
    // `wx` fails if the file exists: two processes starting together keep the first one's secret.
    await writeFile(file, `${created.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return { secret: created, from: 'created' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const mode = (await stat(file)).mode & 0o777;
  const tightened = (mode & 0o077) !== 0;
  if (tightened) await chmod(file, 0o600);
  const secret = decodeSecret((await readFile(file, 'utf8')).trim(), file);
  return { secret, from: 'file', ...(tightened ? { tightened } : {}) };
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
