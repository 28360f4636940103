/**
 * One live room's draft document: the Y.Doc (one `Y.XmlFragment` per agenda item, `draft:<itemId>`),
 * the awareness (cursors and names), the connections and the save queue. Every client update goes
 * through `applyUpdateFrom`, which keeps only drafts of existing items, within their caps, and
 * nothing that changes a locked draft; what it refuses is undone at the sender, which stays
 * connected. It knows connections only as `DocPeer`s; the WebSocket adapter sits at the edge.
 */
import { renderFragmentText } from '@dr/shared/draftText';
import type { Logger } from 'pino';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocRelay, Lease } from '../room/cluster.js';
import type { Store } from '../store/store.js';
import { AwarenessOwners, encodeAwarenessUpdate as encodeEntries } from './awarenessOwners.js';
import { DocSaveQueue } from './docPersistence.js';
import { DraftAdmission, dropPending, type DocPeer, type Refusal } from './draftAdmission.js';
import { planUpdate, type DraftAccess } from './updatePlan.js';
import {
  awarenessMessage,
  DOC_SETTINGS,
  draftRootName,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
  type DocSettings,
} from './yjsProtocol.js';

export type { DocPeer, Refusal } from './draftAdmission.js';

export interface RoomDocDeps {
  store: Store;
  logger: Logger;
  /**
   * Read at every update: the room state decides, the document only asks. `none` for an id that is
   * not one of the room's agenda items.
   */
  draftAccess(itemId: string): DraftAccess;
  settings?: Partial<DocSettings>;
  /** The same document on the other server nodes (room/cluster.ts); absent on a single node. */
  relay?: DocRelay;
  /** With other nodes: the room's compaction lease (one node compacts the shared log at a time). */
  lease?: () => Promise<Lease | null>;
}

/**
 * The origin of what another node sent: applied and shown to this node's editors, never stored
 * (the node it came from stores it) nor relayed again.
 */
export const FROM_OTHER_NODE = Symbol('another server node');

export class RoomDoc {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  private readonly peers = new Set<DocPeer>();
  private readonly saves: DocSaveQueue;
  private readonly settings: DocSettings;
  private readonly owners: AwarenessOwners<DocPeer>;
  private readonly admission: DraftAdmission;

  private constructor(
    readonly roomId: string,
    private readonly deps: RoomDocDeps,
  ) {
    this.settings = { ...DOC_SETTINGS, ...deps.settings };
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalState(null); // the server itself has no cursor
    this.owners = new AwarenessOwners(this.awareness);
    this.admission = new DraftAdmission(this.doc, this.settings, deps.draftAccess, deps.logger, roomId);
    this.saves = new DocSaveQueue(
      roomId,
      deps.store,
      deps.logger,
      this.settings,
      () => Y.encodeStateAsUpdate(this.doc),
      deps.lease,
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
   * Applies an editor's update, keeping what the room allows (draftAdmission.ts). Returns a reason to
   * close the connection, or null; throws if it does not decode.
   */
  applyUpdateFrom(update: Uint8Array, peer: DocPeer): Refusal | null {
    return this.admission.apply(update, peer);
  }

  /** An editor's awareness update: only the entries of client ids that connection controls (or claims) apply. */
  applyAwarenessFrom(update: Uint8Array, peer: DocPeer): void {
    const entries = this.owners.allowed(update, peer);
    if (entries.length > 0) applyAwarenessUpdate(this.awareness, encodeEntries(entries), peer);
  }

  /**
   * An update another node accepted (and stores). Should it depend on something this node never got
   * (a message lost while Redis reconnected), the gap is dropped and the other nodes are asked for
   * everything this document lacks, which brings the dropped part back with what it depends on.
   */
  applyFromOtherNode(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, FROM_OTHER_NODE);
    } catch (error) {
      this.deps.logger.error({ err: error, roomId: this.roomId }, 'an update from another node does not apply');
    }
    if (dropPending(this.doc)) void this.fetchMissing();
  }

  /** Applies what the other nodes hold of this document and it lacks. */
  private async fetchMissing(): Promise<void> {
    const answers = (await this.deps.relay?.askForMissing(Y.encodeStateVector(this.doc))) ?? [];
    for (const update of answers) this.applyFromOtherNode(update);
  }

  /** Another node's editors' cursors (or their removal). */
  applyAwarenessFromOtherNode(update: Uint8Array): void {
    try {
      applyAwarenessUpdate(this.awareness, update, FROM_OTHER_NODE);
    } catch (error) {
      this.deps.logger.warn(
        { err: error, roomId: this.roomId },
        'an awareness update from another node does not apply',
      );
    }
  }

  /** What a document with `stateVector` lacks of this one (for another node that asked). */
  missingFor(stateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  /** The cursors of this node's editors, to answer another node that just loaded the document. */
  localAwarenessUpdate(): Uint8Array | null {
    const ids = [...this.peers].flatMap((peer) => [...peer.controlledIds]);
    return ids.length > 0 ? encodeAwarenessUpdate(this.awareness, ids) : null;
  }

  /** Stores the whole document once (another node died, perhaps with edits it had not stored). */
  storeWhole(): Promise<void> {
    return this.saves.storeWhole();
  }

  /** The draft of one agenda item as plain text (`@dr/shared/draftText`). */
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
    let dropped = 0;
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          // Content stored before drafts were checked (a junk root, a draft of no item) is collected,
          // so it counts against nobody; the compaction below rewrites the log without it.
          const plan = planUpdate(this.doc, update, this.admission.loadPolicy());
          dropped += plan.refused.length;
          Y.applyUpdate(this.doc, plan.update);
        } catch (error) {
          this.deps.logger.error({ err: error, roomId: this.roomId }, 'a stored draft update does not apply; skipped');
        }
      }
    });
    if (dropPending(this.doc)) this.deps.logger.warn({ roomId: this.roomId }, 'stored draft updates had gaps; dropped');
    if (dropped > 0)
      this.deps.logger.warn({ roomId: this.roomId, dropped }, 'stored content outside the drafts was dropped');
    this.admission.measured(Y.encodeStateAsUpdate(this.doc).length);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onAwareness(change, origin));
    if (dropped > 0 || this.saves.needsCompaction) void this.saves.compact({ force: dropped > 0 });
    // Other nodes may hold edits they have not stored yet (saved within a second): the document is
    // used (a round may freeze its text) only once they have sent what the store lacked.
    await this.fetchMissing();
  }

  /**
   * Broadcast once-encoded to everyone but the sender; an update of this node's editors is also
   * queued for the store and sent to the other nodes (one stores it, the node that accepted it).
   */
  private onUpdate(update: Uint8Array, origin: unknown): void {
    this.admission.grew(update.length);
    if (origin !== FROM_OTHER_NODE) {
      this.saves.add(update);
      this.deps.relay?.update(update);
    }
    const message = updateMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
  }

  private onAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const sender = this.peers.has(origin as DocPeer) ? (origin as DocPeer) : null;
    this.owners.changed(added, updated, removed, sender);
    const update = encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]);
    // Another node's cursors came from that node, which tells the rest; its timeouts happen everywhere.
    if (origin !== FROM_OTHER_NODE && origin !== 'timeout') this.deps.relay?.awareness(update);
    const message = awarenessMessage(update);
    for (const peer of this.peers) if (peer !== sender) peer.send(message);
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
