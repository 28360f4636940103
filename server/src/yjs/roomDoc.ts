/**
 * One live room's draft document: the Y.Doc (one `Y.XmlFragment` per agenda item, `draft:<itemId>`),
 * the awareness (cursors and names), the connections and the save queue. Every client update goes
 * through `applyUpdateFrom`, which refuses what would change a locked draft or outgrow the document.
 * It knows connections only as `DocPeer`s; the WebSocket adapter sits at the edge.
 */
import type { Logger } from 'pino';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Store } from '../store/store.js';
import { DocSaveQueue } from './docPersistence.js';
import { renderFragmentText } from '@dr/shared/draftText';
import { touchedRoots } from './touchedRoots.js';
import {
  awarenessMessage,
  CLOSE,
  DOC_SETTINGS,
  DRAFT_PREFIX,
  draftRootName,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
  type DocSettings,
} from './yjsProtocol.js';

/** One connection, as the document sees it. */
export interface DocPeer {
  /** The awareness client ids this connection has announced, removed when it leaves. */
  readonly controlledIds: Set<number>;
  send(message: Uint8Array): void;
}

export interface RoomDocDeps {
  store: Store;
  logger: Logger;
  /** Read at every update: the room state decides, the document only asks. */
  isDraftLocked(itemId: string): boolean;
  settings?: Partial<DocSettings>;
}

/** Why an update was not applied; the connection that sent it is closed with this. */
export interface Refusal {
  code: number;
  reason: string;
}

export class RoomDoc {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  private readonly peers = new Set<DocPeer>();
  private readonly saves: DocSaveQueue;
  private readonly settings: DocSettings;
  /** An upper bound of the encoded document size, made exact whenever it nears the cap. */
  private sizeBound = 0;

  private constructor(
    readonly roomId: string,
    private readonly deps: RoomDocDeps,
  ) {
    this.settings = { ...DOC_SETTINGS, ...deps.settings };
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalState(null); // the server itself has no cursor
    this.saves = new DocSaveQueue(roomId, deps.store, deps.logger, this.settings, () =>
      Y.encodeStateAsUpdate(this.doc),
    );
  }

  /** Loads the stored log into a fresh document, then starts broadcasting and saving. */
  static async load(roomId: string, deps: RoomDocDeps): Promise<RoomDoc> {
    const roomDoc = new RoomDoc(roomId, deps);
    await roomDoc.restore();
    return roomDoc;
  }

  get connectionCount(): number {
    return this.peers.size;
  }

  get hasUnsaved(): boolean {
    return this.saves.hasUnsaved;
  }

  /** Adds a connection and starts its sync: our state vector, then everyone's cursors. */
  attach(peer: DocPeer): void {
    this.peers.add(peer);
    peer.send(syncStep1Message(this.doc));
    if (this.awareness.getStates().size > 0) peer.send(this.awarenessStatesMessage());
  }

  /** Removes a connection; its cursors disappear for everyone. */
  detach(peer: DocPeer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.controlledIds.size > 0) removeAwarenessStates(this.awareness, [...peer.controlledIds], null);
  }

  /** Sync step 2 for a client that sent its state vector: everything it lacks. */
  syncStep2For(stateVector: Uint8Array): Uint8Array {
    return syncStep2Message(Y.encodeStateAsUpdate(this.doc, stateVector));
  }

  awarenessStatesMessage(): Uint8Array {
    return awarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]));
  }

  /**
   * Applies an editor's update, or refuses it whole (nothing applied, stored or broadcast) when it
   * would change a locked draft or outgrow the document. Throws if it does not decode.
   */
  applyUpdateFrom(update: Uint8Array, peer: DocPeer): Refusal | null {
    for (const root of touchedRoots(this.doc, update)) {
      if (root.startsWith(DRAFT_PREFIX) && this.deps.isDraftLocked(root.slice(DRAFT_PREFIX.length))) {
        return { code: CLOSE.draftLocked, reason: 'draft is locked' };
      }
    }
    if (!this.fits(update)) {
      return { code: CLOSE.tooLarge, reason: `the document would exceed ${this.settings.maxDocBytes} bytes` };
    }
    let pending: boolean;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } finally {
      pending = this.dropPending(); // even an update that throws half-way leaves nothing pending
    }
    return pending ? { code: CLOSE.malformed, reason: 'update refers to content the server does not have' } : null;
  }

  /** The draft of one agenda item as plain text (see renderText.ts). */
  renderText(itemId: string): string {
    return renderFragmentText(this.doc.getXmlFragment(draftRootName(itemId)));
  }

  /** Stores every queued update now. */
  flush(): Promise<void> {
    return this.saves.flush();
  }

  /** On unload: store everything, compact the log, and release the document. */
  async close(): Promise<void> {
    await this.saves.flush();
    await this.saves.compact();
    this.saves.stop();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async restore(): Promise<void> {
    const updates = await this.saves.load();
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update);
        } catch (error) {
          this.deps.logger.error({ err: error, roomId: this.roomId }, 'a stored draft update does not apply; skipped');
        }
      }
    });
    if (this.dropPending()) this.deps.logger.warn({ roomId: this.roomId }, 'stored draft updates had gaps; dropped');
    this.sizeBound = Y.encodeStateAsUpdate(this.doc).length;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onAwareness(change, origin));
    if (this.saves.needsCompaction) void this.saves.compact();
  }

  /** Broadcast once-encoded to everyone but the sender, and queue for the store. */
  private onUpdate(update: Uint8Array, origin: unknown): void {
    this.sizeBound += update.length;
    this.saves.add(update);
    const message = updateMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
  }

  private onAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const sender = this.peers.has(origin as DocPeer) ? (origin as DocPeer) : null;
    if (sender) {
      for (const id of [...added, ...updated]) sender.controlledIds.add(id);
      for (const id of removed) sender.controlledIds.delete(id);
    }
    const message = awarenessMessage(encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]));
    for (const peer of this.peers) if (peer !== sender) peer.send(message);
  }

  /**
   * Whether the document stays under its cap with this update. Cheap while far from the cap; near
   * it, the size after merging is computed exactly (a full encode, only then).
   */
  private fits(update: Uint8Array): boolean {
    if (this.sizeBound + update.length <= this.settings.maxDocBytes) return true;
    const state = Y.encodeStateAsUpdate(this.doc);
    this.sizeBound = state.length;
    return Y.mergeUpdates([state, update]).length <= this.settings.maxDocBytes;
  }

  /**
   * Yjs keeps content whose dependencies are missing as "pending" and would hand it to every new
   * client and into compaction. A well-behaved client never causes it (the server has all it saw),
   * so pending content is discarded; it was never broadcast or queued (update events skip it).
   */
  private dropPending(): boolean {
    const store = this.doc.store;
    if (store.pendingStructs === null && store.pendingDs === null) return false;
    store.pendingStructs = null;
    store.pendingDs = null;
    return true;
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
