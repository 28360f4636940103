/**
 * The size of each draft of one document, against the per-draft cap. Each size is kept as an upper
 * bound (accepted growth is added, deletions are not subtracted) and measured exactly — one walk of
 * that draft — only when the bound says a change might not fit, so typing far from the cap costs
 * nothing and a draft near it pays one walk per change.
 */
import type * as Y from 'yjs';
import { draftBytes } from './draftShape.js';

export class DraftSizes {
  private readonly bounds = new Map<string, number>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly capBytes: number,
  ) {}

  /** Whether the draft `root` stays within `capBytes` (by default the cap) after growing by `bytes`. */
  mayGrow(root: string, bytes: number, capBytes = this.capBytes): boolean {
    const bound = this.bounds.get(root) ?? this.measure(root);
    return bound + bytes <= capBytes || this.measure(root) + bytes <= capBytes;
  }

  /** After a change to `root` that added at most `bytes` was applied. */
  grew(root: string, bytes: number): void {
    const bound = this.bounds.get(root);
    if (bound === undefined) this.measure(root);
    else this.bounds.set(root, bound + bytes);
  }

  /** The exact size of a draft now. */
  measure(root: string): number {
    const type = this.doc.share.get(root);
    const size = type ? draftBytes(type) : 0;
    this.bounds.set(root, size);
    return size;
  }
}
