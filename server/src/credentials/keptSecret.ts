/**
 * A secret the server keeps in its data folder when no environment variable gives it (the server
 * secret, the VAPID key pair): created on first start readable by the server's user only; a file
 * others could read has its mode tightened to 0600 (and says so, for the start's log).
 */
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface KeptSecret<T> {
  value: T;
  from: 'file' | 'created';
  /** Set when the file could be read by others: its mode was tightened to 0600. */
  tightened?: boolean;
}

/**
 * `<dataDir>/<name>`: read with `parse` (which names `file` in its error), or made by `create` (the
 * value and the text stored) when there is none yet.
 */
export async function keptSecret<T>(
  dataDir: string,
  name: string,
  create: () => { value: T; text: string },
  parse: (text: string, file: string) => T,
): Promise<KeptSecret<T>> {
  const file = path.join(dataDir, name);
  await mkdir(dataDir, { recursive: true });
  const created = create();
  try {
    // `wx` fails if the file exists: two processes starting together keep the first one's.
    await writeFile(file, `${created.text}\n`, { mode: 0o600, flag: 'wx' });
    return { value: created.value, from: 'created' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const mode = (await stat(file)).mode & 0o777;
  const tightened = (mode & 0o077) !== 0;
  if (tightened) await chmod(file, 0o600);
  const value = parse(await readFile(file, 'utf8'), file);
  return { value, from: 'file', ...(tightened ? { tightened } : {}) };
}
