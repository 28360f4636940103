/**
 * Decides, before an editor's Yjs update is applied, which of its parts the room document keeps.
 * The unit is one root: an update's new content for one draft is kept or refused whole. Refused
 * content is not dropped from the update but replaced, so that the document still learns the
 * sender's clocks: the rest of the update and the sender's later edits apply as usual, and a resync
 * never sends the refused content again.
 * - In a draft, each refused item becomes a deleted marker (its id and place, no content), exactly
 *   what the sender will have once it deletes its copy; an edit the sender makes next to it lands.
 * - Elsewhere (a root that is no draft) it becomes a collected range (a GC struct: nothing but ids),
 *   and so does refused draft content past twice the draft's cap, or once the whole document is
 *   full (markers cost bytes too).
 * The sender is then told to delete its copy (`refusalUpdate`), so it converges without reconnecting.
 */
import { own, type DraftRefusal, type RoomState } from '@dr/shared';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { draftCanHold, itemBytes } from './draftShape.js';
import { PlacementResolver } from './placement.js';
import { DRAFT_PREFIX } from './yjsProtocol.js';

/** Yjs does not export the delete set's type by name. */
export type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** What the room state says of a root: an existing item's open or locked draft, or not a draft at all. */
export type DraftAccess = 'open' | 'locked' | 'none';

/** A topic's draft as the room's state has it: only the room's own items (`constructor` is no item, no draft). */
export function draftAccessOf(state: Pick<RoomState, 'items'>, itemId: string): DraftAccess {
  const item = own(state.items, itemId);
  return !item ? 'none' : item.draftLocked ? 'locked' : 'open';
}

export interface PlanPolicy {
  access(root: string): DraftAccess;
  /** Whether the draft `root` may grow by `bytes` of new content (its cap). */
  mayGrow(root: string, bytes: number): boolean;
  /** Whether the draft `root` may keep `bytes` of markers of refused content (twice its cap). */
  mayKeepMarkers(root: string, bytes: number): boolean;
  /** Refuse every root's new content for this reason (the whole document is full). */
  refuseAll?: DraftRefusal;
}

/** A run of one client's clocks: [clock, clock + len). */
export interface IdRange {
  client: number;
  clock: number;
  len: number;
}

export interface RefusedPart {
  reason: DraftRefusal;
  root: string;
  /** The refused content's ids, which the sender is told to delete (none for a deletion, which is undone). */
  ranges: IdRange[];
}

export interface UpdatePlan {
  /** What to apply: the update itself when all of it is kept, else a copy with refused content collected. */
  update: Uint8Array;
  refused: RefusedPart[];
  /** How many bytes each draft grows by, markers included (an upper bound: Yjs merges some items). */
  growth: Map<string, number>;
  /**
   * Locked drafts the update changes (it deletes live content, or a marker replaces an attribute),
   * with the size of what it deletes there: undone at once.
   */
  restore: Map<string, number>;
}

/** Plans `update` against `doc`. Throws if it does not decode. */
export function planUpdate(doc: Y.Doc, update: Uint8Array, policy: PlanPolicy): UpdatePlan {
  const { structs, ds } = Y.decodeUpdate(update);
  const resolver = new PlacementResolver(doc, structs);

  const roots = new Map<string, { items: Y.Item[]; bytes: number; fits: boolean }>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || resolver.isKnown(struct)) continue;
    const placement = resolver.ofNew(struct);
    if (!placement) continue; // Yjs collects it, or holds it pending (then the caller discards it)
    const entry = roots.get(placement.root) ?? { items: [], bytes: 0, fits: true };
    entry.items.push(struct);
    entry.bytes += itemBytes(struct);
    entry.fits &&= draftCanHold(placement, struct.content);
    roots.set(placement.root, entry);
  }

  const refused: RefusedPart[] = [];
  const replaced = new Map<Y.Item, 'marker' | 'collected'>();
  const growth = new Map<string, number>();
  const restore = new Map<string, number>();
  for (const [root, { items, bytes, fits }] of roots) {
    const reason = refusalOf(policy, root, fits, bytes);
    if (!reason) {
      growth.set(root, bytes);
      continue;
    }
    refused.push({ reason, root, ranges: items.map((item) => newRange(doc, item)) });
    const markerBytes = items.reduce((sum, item) => sum + itemBytes(item, true), 0);
    // Markers cost bytes: none outside drafts, none once the whole document is full (a hard last line).
    const marked =
      reason !== 'draft.notADraft' && reason !== 'draft.roomFull' && policy.mayKeepMarkers(root, markerBytes);
    for (const item of items) replaced.set(item, marked ? 'marker' : 'collected');
    if (marked) growth.set(root, markerBytes);
    if (policy.access(root) === 'locked') restore.set(root, 0);
  }

  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (const item of liveItemsIn(doc, client, clock, clock + len)) {
        const placement = resolver.ofDocItem(item);
        if (!placement || policy.access(placement.root) !== 'locked') continue;
        restore.set(placement.root, (restore.get(placement.root) ?? 0) + itemBytes(item));
      }
    }
  }
  // A deletion alone is refused too (and undone by the caller): its editor hears why.
  for (const root of restore.keys()) {
    if (!refused.some((part) => part.root === root)) refused.push({ reason: 'draft.lockedEdit', root, ranges: [] });
  }

  return {
    update: replaced.size === 0 ? update : encodeUpdate(structs, replaced, ds),
    refused,
    growth,
    restore,
  };
}

/** The item id in a draft root's name, or null for any other root. */
export function draftItemId(root: string): string | null {
  return root.startsWith(DRAFT_PREFIX) && root.length > DRAFT_PREFIX.length ? root.slice(DRAFT_PREFIX.length) : null;
}

function refusalOf(policy: PlanPolicy, root: string, fits: boolean, bytes: number): DraftRefusal | null {
  const access = policy.access(root);
  if (access === 'none') return 'draft.notADraft';
  if (!fits) return 'draft.badContent';
  if (access === 'locked') return 'draft.lockedEdit';
  if (policy.refuseAll) return policy.refuseAll;
  return policy.mayGrow(root, bytes) ? null : 'draft.tooLarge';
}

/** The part of a new item the document lacks (a resync may resend the start of a run it has). */
function newRange(doc: Y.Doc, item: Y.Item): IdRange {
  const start = Math.max(item.id.clock, Y.getState(doc.store, item.id.client));
  return { client: item.id.client, clock: start, len: item.id.clock + item.length - start };
}

/** Live (not yet deleted) items of the document with ids in [start, end) of one client. */
function* liveItemsIn(doc: Y.Doc, client: number, start: number, end: number): Generator<Y.Item> {
  const structs = doc.store.clients.get(client);
  if (!structs || start >= Y.getState(doc.store, client)) return;
  for (let i = Y.findIndexSS(structs, start); i < structs.length; i += 1) {
    const struct = structs[i]!;
    if (struct.id.clock >= end) return;
    if (struct instanceof Y.Item && !struct.deleted) yield struct;
  }
}

/**
 * The update again (format v1), with the `replaced` items as deleted markers (content replaced by
 * its length; Yjs marks such an item deleted as it integrates it) or as GC structs of the same ids.
 * A run of structs continues a client's section only while its clocks are contiguous, as the format
 * requires; the delete set is kept as it was.
 */
function encodeUpdate(
  structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  replaced: Map<Y.Item, 'marker' | 'collected'>,
  ds: DeleteSet,
): Uint8Array {
  const sections: (Y.Item | Y.GC | Y.Skip)[][] = [];
  for (const struct of structs) {
    const how = struct instanceof Y.Item ? replaced.get(struct) : undefined;
    let kept = struct;
    if (how === 'collected') kept = new Y.GC(struct.id, struct.length);
    // The decoded item is this function's own copy, so it can lose its content in place.
    if (how === 'marker') (struct as Y.Item).content = new Y.ContentDeleted(struct.length);
    const section = sections.at(-1);
    const last = section?.at(-1);
    if (section && last && last.id.client === kept.id.client && last.id.clock + last.length === kept.id.clock) {
      section.push(kept);
    } else {
      sections.push([kept]);
    }
  }
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, sections.length);
  for (const section of sections) {
    encoding.writeVarUint(encoder.restEncoder, section.length);
    encoder.writeClient(section[0]!.id.client);
    encoding.writeVarUint(encoder.restEncoder, section[0]!.id.clock);
    for (const struct of section) struct.write(encoder, 0);
  }
  writeDeleteSet(encoder.restEncoder, ds.clients);
  return encoder.toUint8Array();
}

/**
 * An update with no content and a delete set over `ranges`: applied by the sender of refused
 * content, it deletes that content there too, so the sender's editor shows what everyone sees.
 */
export function refusalUpdate(ranges: readonly IdRange[]): Uint8Array {
  const clients = new Map<number, { clock: number; len: number }[]>();
  for (const { client, clock, len } of ranges) {
    if (len <= 0) continue;
    const list = clients.get(client) ?? [];
    list.push({ clock, len });
    clients.set(client, list);
  }
  for (const list of clients.values()) list.sort((a, b) => a.clock - b.clock);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  writeDeleteSet(encoder, clients);
  return encoding.toUint8Array(encoder);
}

/** A delete set as Yjs writes it in format v1: per client, its (clock, length) runs. */
function writeDeleteSet(encoder: encoding.Encoder, clients: Map<number, readonly { clock: number; len: number }[]>) {
  encoding.writeVarUint(encoder, clients.size);
  for (const [client, runs] of clients) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, runs.length);
    for (const { clock, len } of runs) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, len);
    }
  }
}
