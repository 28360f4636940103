/** The draft documents' update logs (Yjs, yjs/docPersistence.ts). */

/** One stored Yjs update of a room's document; `id` grows with every append. */
export interface DocUpdate {
  id: number;
  update: Uint8Array;
}

export interface DocUpdateStore {
  /** Appends one Yjs update to the room's document log; returns its id. */
  appendDocUpdate(roomId: string, update: Uint8Array): Promise<number>;
  /** All stored updates of the room's document, in append order. */
  loadDocUpdates(roomId: string): Promise<DocUpdate[]>;
  /**
   * Compaction: atomically replaces every update with id <= `upToId` by the single `merged`
   * update (which must contain them all). Updates appended after `upToId` stay.
   */
  compactDocUpdates(roomId: string, upToId: number, merged: Uint8Array): Promise<void>;
}
