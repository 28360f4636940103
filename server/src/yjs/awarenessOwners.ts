/**
 * Who controls which awareness entry (a cursor with a name). A connection controls the client ids
 * it announced first; another connection's update for them is dropped, so nobody can rename, move
 * or remove someone else's cursor. An id is free again once its connection leaves or its entry
 * times out (y-protocols drops an entry not renewed for 30 s; live clients renew every 15 s), so a
 * phone that reconnects on a new socket gets its own cursor back.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';

/** Client ids one connection may control: a y-websocket client uses one (a new one if Yjs reassigns it). */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

/** One entry of an awareness update (y-protocols' format), its state kept as the JSON text sent. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

export interface AwarenessOwner {
  readonly controlledIds: Set<number>;
}

export class AwarenessOwners<Owner extends AwarenessOwner> {
  private readonly owners = new Map<number, Owner>();

  constructor(private readonly awareness: Awareness) {}

  /** The entries of `update` that `sender` may apply, in order. Throws if the update does not decode. */
  allowed(update: Uint8Array, sender: Owner): AwarenessEntry[] {
    const claimed = new Set(sender.controlledIds);
    return decodeAwarenessUpdate(update).filter(({ clientId }) => {
      if (clientId === this.awareness.clientID) return false; // the server's own (empty) entry
      if (claimed.has(clientId)) return true;
      const owner = this.owners.get(clientId);
      if (owner && owner !== sender && this.awareness.getStates().has(clientId)) return false;
      if (claimed.size >= MAX_AWARENESS_IDS_PER_CONNECTION) return false;
      claimed.add(clientId);
      return true;
    });
  }

  /** After the awareness changed: `sender` (if a connection sent it) now controls what it added or updated. */
  changed(added: number[], updated: number[], removed: number[], sender: Owner | null): void {
    if (sender) {
      for (const id of [...added, ...updated]) {
        const previous = this.owners.get(id);
        if (previous && previous !== sender) previous.controlledIds.delete(id);
        this.owners.set(id, sender);
        sender.controlledIds.add(id);
      }
    }
    // Removed by its connection, by a timeout, or because its connection left: free either way.
    for (const id of removed) {
      this.owners.get(id)?.controlledIds.delete(id);
      this.owners.delete(id);
    }
  }
}

/** Reads an awareness update: a count, then per entry the client id, its clock and its state as JSON text. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    JSON.parse(state); // y-protocols would throw half-way through the entries; fail before any is applied
    entries.push({ clientId, clock, state });
  }
  return entries;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
