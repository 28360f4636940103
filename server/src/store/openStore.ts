/** Picks the store for this process: MongoDB when a URI is configured, else the embedded SQLite file. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SqliteStore } from './sqliteStore.js';
import type { Store } from './store.js';

export interface StoreConfig {
  dataDir: string;
  mongodbUri?: string | undefined;
}

export const SQLITE_FILE = 'deliberation.sqlite';

export async function openStore({ dataDir, mongodbUri }: StoreConfig): Promise<Store> {
  if (mongodbUri) {
    // Loaded only when used: mongoose adds about half a second and 30 MB to every start.
    const { MongoStore } = await import('./mongoStore.js');
    return MongoStore.connect(mongodbUri);
  }
  await mkdir(dataDir, { recursive: true });
  return new SqliteStore(path.join(dataDir, SQLITE_FILE));
}
