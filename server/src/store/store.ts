/**
 * The persistence port, by concern: the event log (eventLog.ts), credentials and secrets
 * (credentialStore.ts), and the draft documents' updates (docUpdateStore.ts). `sqliteStore.ts` (the
 * embedded default) and `mongoStore.ts` (production) implement it all, and
 * `test/store.contract.test.ts` holds both to the same behaviour.
 */
import type { CredentialStore } from './credentialStore.js';
import type { DocUpdateStore } from './docUpdateStore.js';
import type { EventLog } from './eventLog.js';
import type { PushStore } from './pushStore.js';

export { LINK_ROLES, type LinkRole, type RoomCredentials, type RoomRecord } from './credentialStore.js';
export type { DocUpdate } from './docUpdateStore.js';
export { SeqConflictError, type RequestRecord, type Snapshot, type StoredEvent, type EventLog } from './eventLog.js';

export interface Store extends EventLog, CredentialStore, DocUpdateStore {
  /** Resolves when the backing database answers; rejects otherwise. */
  ping(): Promise<void>;
  /** Web push subscriptions and the scheduler's jobs (pushStore.ts; issue 29). */
  readonly push: PushStore;
  close(): Promise<void>;
}
