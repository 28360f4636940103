/**
 * Where the content of a Yjs update would go, found before it is applied (a CRDT update cannot be
 * taken back once integrated): for each new item its root, the kind of type it sits in, whether it
 * is a map entry, and how deep. The room document uses it to accept only drafts.
 */
import * as Y from 'yjs';

/** The kind of type an item sits in. Roots are named; nested types are known by their class. */
export type ParentKind = 'root' | 'element' | 'text' | 'other';

export interface Placement {
  /** The root type's name (a `doc.share` key), e.g. `draft:i3`. */
  root: string;
  parent: ParentKind;
  /** The key when the item is a map entry (an element's attribute), else null. */
  key: string | null;
  /** Nested types above the item: 0 for the root's own children. */
  depth: number;
}

/**
 * Resolves placements against one document and one decoded update. New items may build on each
 * other (an offline client's update chains thousands of items through their neighbours), so the
 * resolution is iterative and memoised. An item resolves to null when Yjs would not place it:
 * its neighbour or parent is unknown (Yjs holds it pending; the caller discards pending content),
 * or garbage-collected, or not a type (Yjs collects the item too).
 */
export class PlacementResolver {
  private readonly rootNames = new Map<object, string>();
  /** The update's items per client, sorted by clock, for binary search. */
  private readonly newItems = new Map<number, Y.Item[]>();
  private readonly fresh = new Set<Y.Item>();
  private readonly memo = new Map<Y.Item, Placement | null>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  ) {
    for (const [name, type] of doc.share) this.rootNames.set(type, name);
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      this.fresh.add(struct);
      const list = this.newItems.get(struct.id.client) ?? [];
      list.push(struct);
      this.newItems.set(struct.id.client, list);
    }
    for (const list of this.newItems.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** Whether the document has all of this item already (a resync resends what the server has). */
  isKnown(item: Y.Item): boolean {
    return item.id.clock + item.length <= Y.getState(this.doc.store, item.id.client);
  }

  /** The placement of an item decoded from the update. */
  ofNew(start: Y.Item): Placement | null {
    const stack: Y.Item[] = [start];
    const inProgress = new Set<Y.Item>();
    while (stack.length > 0) {
      const item = stack.at(-1)!;
      if (this.memo.has(item)) {
        stack.pop();
        continue;
      }
      const dep = this.dependency(item);
      if (dep.kind === 'done') {
        this.memo.set(item, dep.placement);
        stack.pop();
      } else if (this.memo.has(dep.item)) {
        this.memo.set(item, derive(dep, this.memo.get(dep.item)!, item));
        stack.pop();
      } else if (inProgress.has(dep.item)) {
        this.memo.set(item, null); // a cycle only a crafted update has: Yjs keeps it pending
        stack.pop();
      } else {
        inProgress.add(item);
        stack.push(dep.item);
      }
    }
    return this.memo.get(start)!;
  }

  /** The placement of an item already in the document. */
  ofDocItem(item: Y.Item): Placement | null {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    let depth = 0;
    let type: object = parent;
    let holder = parent._item;
    while (holder) {
      if (!(holder.parent instanceof Y.AbstractType)) return null;
      type = holder.parent;
      holder = holder.parent._item;
      depth += 1;
    }
    const root = this.rootNames.get(type);
    if (root === undefined) return null;
    return { root, parent: type === parent ? 'root' : kindOf(parent), key: item.parentSub, depth };
  }

  /**
   * What an item's place depends on. It names its parent as a root key (a string) or as the id of
   * the item holding the parent type; with a left or right neighbour the parent is left out and is
   * the neighbour's (Yjs takes the left one first, and collects the item if either is collected).
   */
  private dependency(item: Y.Item): Dependency {
    const parent: unknown = item.parent; // decoded items may hold a root key here, which the types omit
    if (typeof parent === 'string') {
      return { kind: 'done', placement: { root: parent, parent: 'root', key: item.parentSub, depth: 0 } };
    }
    if (parent instanceof Y.ID) return this.towards('holder', parent, item);
    const left = item.origin ? this.lookup(item.origin) : null;
    const right = item.rightOrigin ? this.lookup(item.rightOrigin) : null;
    if (left === 'gone' || right === 'gone') return { kind: 'done', placement: null };
    const neighbour = left ?? right;
    if (!neighbour) return { kind: 'done', placement: null };
    return this.towards('neighbour', neighbour, item);
  }

  private towards(
    relation: 'holder' | 'neighbour',
    target: Y.ID | Y.Item | 'gone' | null,
    dependent: Y.Item,
  ): Dependency {
    const item = target instanceof Y.ID ? this.lookup(target) : target;
    if (item === null || item === 'gone') return { kind: 'done', placement: null };
    if (relation === 'holder' && !(item.content instanceof Y.ContentType)) return { kind: 'done', placement: null };
    if (this.fresh.has(item)) return { kind: relation, item };
    return { kind: 'done', placement: derive({ kind: relation, item }, this.ofDocItem(item), dependent) };
  }

  /** The item with this id: in the update first, then in the document; 'gone' if collected; null if unknown. */
  private lookup(id: Y.ID): Y.Item | 'gone' | null {
    const fresh = this.newItemAt(id);
    if (fresh) return fresh;
    if (id.clock >= Y.getState(this.doc.store, id.client)) return null;
    const structs = this.doc.store.clients.get(id.client)!;
    const struct = structs[Y.findIndexSS(structs, id.clock)];
    return struct instanceof Y.Item ? struct : 'gone';
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

type Dependency =
  | { kind: 'done'; placement: Placement | null }
  | { kind: 'holder'; item: Y.Item }
  | { kind: 'neighbour'; item: Y.Item };

/**
 * An item's placement from what it depends on: a neighbour shares its place; a child sits one level
 * below its holder, inside the holder's type. `item` is the dependent item (for its own map key).
 */
function derive(dep: Exclude<Dependency, { kind: 'done' }>, from: Placement | null, item: Y.Item): Placement | null {
  if (!from) return null;
  if (dep.kind === 'neighbour') return from;
  const type = (dep.item.content as Y.ContentType).type;
  return { root: from.root, parent: kindOf(type), key: item.parentSub, depth: from.depth + 1 };
}

/** XmlElement extends XmlFragment and XmlText extends Text, so the order of these checks matters. */
function kindOf(type: unknown): ParentKind {
  if (type instanceof Y.XmlElement) return 'element';
  if (type instanceof Y.XmlText) return 'text';
  return 'other';
}
