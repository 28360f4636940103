/**
 * Which root types of a document an update would change — so a write to a locked draft can be
 * refused before it is applied (a CRDT update cannot be taken back once integrated).
 */
import * as Y from 'yjs';

/**
 * The names of the root types (`doc.share` keys) that applying `update` to `doc` would change:
 * where its new items go, and which live items its delete set removes. Content the document has
 * already (a reconnecting client resends its whole delete set) counts for nothing. Items whose
 * place is unknown — neither in the document nor in the update — count for nothing either: Yjs
 * holds them back as pending, and the caller discards pending content. Throws if the update
 * does not decode.
 */
export function touchedRoots(doc: Y.Doc, update: Uint8Array): Set<string> {
  const { structs, ds } = Y.decodeUpdate(update);
  const resolver = new RootResolver(doc, structs);
  const roots = new Set<string>();
  const add = (name: string | null) => {
    if (name !== null) roots.add(name);
  };

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue; // GC and Skip structs carry no content
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue; // known already
    add(resolver.rootOfNewItem(struct));
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (const item of liveItemsIn(doc, client, clock, clock + len)) add(resolver.rootOfDocItem(item));
    }
  }
  return roots;
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

/** Resolves ids to root names, looking in the update first (new items may build on each other), then the document. */
class RootResolver {
  private readonly rootNames = new Map<object, string>();
  /** The update's items per client, sorted by clock, for binary search. */
  private readonly newItems = new Map<number, Y.Item[]>();
  private readonly memo = new Map<Y.Item, string | null>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  ) {
    for (const [name, type] of doc.share) this.rootNames.set(type, name);
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const list = this.newItems.get(struct.id.client) ?? [];
      list.push(struct);
      this.newItems.set(struct.id.client, list);
    }
    for (const list of this.newItems.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /**
   * Follows a new item to its root, iteratively: an offline client's update can chain thousands of
   * items through their neighbours, too deep for recursion. Every item on the way is memoised.
   */
  rootOfNewItem(start: Y.Item): string | null {
    const path: Y.Item[] = [];
    let root: string | null = null;
    for (let item: Y.Item | null = start; item;) {
      if (this.memo.has(item)) {
        root = this.memo.get(item)!;
        break;
      }
      this.memo.set(item, null); // in progress: a cycle in a crafted update resolves to nothing
      path.push(item);
      const next = this.step(item);
      if (next instanceof Y.Item) item = next;
      else {
        root = next;
        item = null;
      }
    }
    for (const item of path) this.memo.set(item, root);
    return root;
  }

  /** An integrated item's parent is a type; walk up to the root type and name it. */
  rootOfDocItem(item: Y.Item): string | null {
    let type = item.parent;
    while (type instanceof Y.AbstractType && type._item) type = type._item.parent;
    return type instanceof Y.AbstractType ? (this.rootNames.get(type) ?? null) : null;
  }

  /**
   * One step up from a decoded item. It names its parent as a root key (string) or as the id of the
   * item holding the parent type; when it has a left or right neighbour the parent is left out, and
   * is the neighbour's. Returns the root name, or the new item to continue from.
   */
  private step(item: Y.Item): Y.Item | string | null {
    const parent: unknown = item.parent; // decoded items may hold a root key here, which the types omit
    if (typeof parent === 'string') return parent;
    const ref = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin);
    if (!ref) return null;
    return this.newItemAt(ref) ?? this.rootOfKnownId(ref);
  }

  private rootOfKnownId(id: Y.ID): string | null {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return null; // unknown: Yjs keeps it pending
    const structs = this.doc.store.clients.get(id.client)!;
    const struct = structs[Y.findIndexSS(structs, id.clock)];
    // A garbage-collected neighbour or parent means the new item is collected too: it changes nothing.
    return struct instanceof Y.Item ? this.rootOfDocItem(struct) : null;
  }

  private newItemAt(id: Y.ID): Y.Item | null {
    const list = this.newItems.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const item = list[mid]!;
      if (id.clock < item.id.clock) high = mid - 1;
      else if (id.clock >= item.id.clock + item.length) low = mid + 1;
      else return item;
    }
    return null;
  }
}
