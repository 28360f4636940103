/**
 * What an editor's update may change in a room's draft document: content of existing items' open
 * drafts, each within its cap, and the document within its own. What it refuses is deleted at the
 * sender with a notice saying why; what it does to a locked draft is undone at once.
 */
import type { DraftRefusal } from '@dr/shared';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { DraftSizes } from './draftSizes.js';
import { applyUndoingLocked } from './lockedUndo.js';
import {
  draftItemId,
  planUpdate,
  refusalUpdate,
  type DraftAccess,
  type PlanPolicy,
  type RefusedPart,
  type UpdatePlan,
} from './updatePlan.js';
import { CLOSE, refusalMessage, updateMessage, type DocSettings } from './yjsProtocol.js';

/** One connection, as the document sees it. */
export interface DocPeer {
  /** The awareness client ids this connection has announced, removed when it leaves. */
  readonly controlledIds: Set<number>;
  send(message: Uint8Array): void;
}

/** Why a message was not handled at all; the connection that sent it is closed with this. */
export interface Refusal {
  code: number;
  reason: string;
}

export class DraftAdmission {
  private readonly drafts: DraftSizes;
  /** An upper bound of the encoded document size, made exact whenever it nears the cap. */
  private sizeBound = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly settings: DocSettings,
    /** Read at every update: the room state decides, the document only asks. */
    private readonly draftAccess: (itemId: string) => DraftAccess,
    private readonly logger: Logger,
    private readonly roomId: string,
  ) {
    this.drafts = new DraftSizes(doc, settings.maxDraftBytes);
  }

  /**
   * Applies an editor's update, keeping what the room allows: content of existing items' open
   * drafts, each within its cap. Other content is refused (its content never stored or relayed;
   * see updatePlan.ts) and deleted at the sender, with a notice saying why; a deletion in a locked
   * draft is undone for everyone at once. Returns a reason to close the connection only for an update
   * that refers to content the server lacks, or for an undo the locked draft has no room for. Throws if it does not decode.
   */
  apply(update: Uint8Array, peer: DocPeer): Refusal | null {
    const policy = this.livePolicy();
    let plan = planUpdate(this.doc, update, policy);
    if (plan.growth.size > 0 && !this.fits(plan.update)) {
      plan = planUpdate(this.doc, update, { ...policy, refuseAll: 'draft.roomFull' });
    }
    for (const [root, bytes] of plan.restore) {
      if (!this.drafts.mayGrow(root, bytes)) {
        return {
          code: CLOSE.tooLarge,
          reason: `undoing this deletion would take a locked draft past ${this.settings.maxDraftBytes} bytes`,
        };
      }
    }
    let pending: boolean;
    try {
      this.applyPlan(plan, peer);
    } finally {
      pending = dropPending(this.doc); // even an update that throws half-way leaves nothing pending
    }
    for (const [root, bytes] of [...plan.growth, ...plan.restore]) this.drafts.grew(root, bytes);
    if (pending) return { code: CLOSE.malformed, reason: 'update refers to content the server does not have' };
    this.tell(peer, plan.refused);
    return null;
  }
  /** The document as it is now is `bytes` long (after loading it). */
  measured(bytes: number): void {
    this.sizeBound = bytes;
  }

  /** An update of `bytes` was applied. */
  grew(bytes: number): void {
    this.sizeBound += bytes;
  }

  /** What a stored log may hold: drafts of the room's items, whatever their lock and size now. */
  loadPolicy(): PlanPolicy {
    const live = this.livePolicy();
    return {
      access: (root) => (live.access(root) === 'none' ? 'none' : 'open'),
      mayGrow: () => true,
      mayKeepMarkers: () => true,
    };
  }
  /** What the room allows now: its items' drafts, open or locked, each within its cap. */
  private livePolicy(): PlanPolicy {
    return {
      access: (root) => {
        const itemId = draftItemId(root);
        return itemId === null ? 'none' : this.draftAccess(itemId);
      },
      mayGrow: (root, bytes) => this.drafts.mayGrow(root, bytes),
      // Markers of refused content keep the sender's next edits in place; past this they are collected.
      mayKeepMarkers: (root, bytes) => this.drafts.mayGrow(root, bytes, 2 * this.settings.maxDraftBytes),
    };
  }
  /** Applies a planned update; what it does to locked drafts is undone at once (lockedUndo.ts). */
  private applyPlan(plan: UpdatePlan, peer: DocPeer): void {
    if (plan.restore.size === 0) return Y.applyUpdate(this.doc, plan.update, peer);
    const changed = applyUndoingLocked(this.doc, plan.update, peer, [...plan.restore.keys()]);
    if (changed.length > 0) {
      this.logger.error({ roomId: this.roomId, roots: changed }, 'a locked draft changed while an edit was undone');
    }
  }
  /** Tells the sender what was refused and why: its copy of that content is deleted, and one notice per draft and reason. */
  private tell(peer: DocPeer, refused: readonly RefusedPart[]): void {
    const ranges = refused.flatMap((part) => part.ranges);
    if (ranges.length > 0) peer.send(updateMessage(refusalUpdate(ranges)));
    for (const { reason, root } of refused) {
      const limit = LIMIT_OF[reason]?.(this.settings);
      peer.send(refusalMessage({ reason, itemId: draftItemId(root), ...(limit ? { limit } : {}) }));
    }
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
}

/**
 * Yjs keeps content whose dependencies are missing as "pending" and would hand it to every new
 * client and into compaction. A well-behaved client never causes it (the server has all it saw),
 * so pending content is discarded; it was never broadcast or queued (update events skip it).
 */
export function dropPending(doc: Y.Doc): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}

/** The cap a refusal names, for the notice. */
const LIMIT_OF: Partial<Record<DraftRefusal, (settings: DocSettings) => number>> = {
  'draft.tooLarge': (settings) => settings.maxDraftBytes,
  'draft.roomFull': (settings) => settings.maxDocBytes,
};
