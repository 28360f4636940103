/**
 * A room's draft document (one Y.Doc for all its agenda items), loaded on first use: a room opened
 * only for Socket.IO never reads it. Once the room unloads it loads no more: the room's successor
 * loads its own, and two live copies would split the edits.
 */
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import { RoomDoc } from '../yjs/roomDoc.js';
import type { DraftAccess } from '../yjs/updatePlan.js';
import type { DocSettings } from '../yjs/yjsProtocol.js';
import type { RoomCluster } from './cluster.js';

export interface RoomDraftDeps {
  store: Store;
  logger: Logger;
  /** The same document on the other nodes, and the compaction lease (room/cluster.ts). */
  cluster?: RoomCluster;
  docSettings?: Partial<DocSettings>;
}

export class RoomDraft {
  private loading: Promise<RoomDoc> | null = null;
  private doc: RoomDoc | null = null;
  private refused = false;

  constructor(
    private readonly roomId: string,
    private readonly deps: RoomDraftDeps,
    /** Asked at every update: the room's state decides who may write which item. */
    private readonly draftAccess: (itemId: string) => DraftAccess,
  ) {}

  /** The document if it is loaded (the other nodes' edits go only to a loaded one). */
  get loaded(): RoomDoc | null {
    return this.doc;
  }

  /** The document, loaded once; a failed load is tried again by the next caller. */
  load(): Promise<RoomDoc> {
    if (this.refused) return Promise.reject(new Error(`room ${this.roomId} was unloaded`));
    if (!this.loading) {
      const { store, logger, cluster, docSettings } = this.deps;
      const roomId = this.roomId;
      const loading = RoomDoc.load(roomId, {
        store,
        logger,
        draftAccess: this.draftAccess,
        ...(cluster ? { relay: cluster.docRelay(roomId), lease: () => cluster.lease(roomId, 'compaction') } : {}),
        ...(docSettings ? { settings: docSettings } : {}),
      });
      this.loading = loading;
      loading.then(
        (doc) => (this.doc = doc),
        () => (this.loading = null), // the next connection tries again
      );
    }
    return this.loading;
  }

  /** The room is unloading: no load from now on. */
  refuseLoads(): void {
    this.refused = true;
  }

  /** Compacts the draft's log and releases the document, if one was loaded. */
  async close(): Promise<void> {
    this.refuseLoads();
    const doc = await this.loading?.catch(() => null);
    await doc?.close();
  }
}
