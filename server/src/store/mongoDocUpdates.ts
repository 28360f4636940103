/** The MongoDB side of the draft documents' update logs (docUpdateStore.ts): the updates and their counters. */
import type { Connection } from 'mongoose';
import type { DocUpdateStore } from './docUpdateStore.js';
import { counterSchema, docUpdateSchema } from './mongoSchemas.js';
import { toUint8Array } from './mongoValues.js';

/** Registers the two collections on `conn`; their indexes are made with the store's (mongoStore.ts). */
export function mongoDocUpdates(conn: Connection): DocUpdateStore {
  const docUpdates = conn.model('DocUpdate', docUpdateSchema, 'docUpdates');
  const counters = conn.model('Counter', counterSchema, 'counters');
  return {
    async appendDocUpdate(roomId, update) {
      const counter = await counters
        .findOneAndUpdate(
          { _id: `docUpdates:${roomId}` },
          { $inc: { value: 1 } },
          { upsert: true, returnDocument: 'after' },
        )
        .lean();
      if (!counter) throw new Error(`Room ${roomId}: the document update counter did not come back`);
      await docUpdates.create({ roomId, id: counter.value, update: Buffer.from(update) });
      return counter.value;
    },

    async loadDocUpdates(roomId) {
      const docs = await docUpdates.find({ roomId }).sort({ id: 1 }).lean();
      return docs.map((doc) => ({ id: doc.id, update: toUint8Array(doc.update) }));
    },

    async compactDocUpdates(roomId, upToId, merged) {
      const last = await docUpdates
        .findOne({ roomId, id: { $lte: upToId } })
        .sort({ id: -1 })
        .select({ id: 1 })
        .lean();
      if (!last) return;
      // Overwrite the newest replaced update first, delete the older ones second: a crash in between
      // leaves them beside the merged update that contains them, which Yjs applies idempotently. The
      // merged update keeps sorting before every update appended after `upToId`.
      await docUpdates.updateOne({ roomId, id: last.id }, { $set: { update: Buffer.from(merged) } });
      await docUpdates.deleteMany({ roomId, id: { $lt: last.id } });
    },
  };
}
