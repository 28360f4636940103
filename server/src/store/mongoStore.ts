/**
 * The production `Store` on MongoDB through its own mongoose connection (never the global one, so
 * tests and tools can hold several). Queries are lean and every result is mapped to the port's types.
 */
import mongoose from 'mongoose';
import type { ClientSession, Connection } from 'mongoose';
import type { RoomEvent } from '@dr/shared';
import { SeqConflictError } from './store.js';
import type { DocUpdate, RequestRecord, RoomCredentials, RoomRecord, Snapshot, Store, StoredEvent } from './store.js';
import { assertConsecutive } from './consecutive.js';
import {
  counterSchema,
  docUpdateSchema,
  eventSchema,
  memberSecretSchema,
  requestSchema,
  roomSchema,
  snapshotSchema,
  type EventDoc,
} from './mongoSchemas.js';
import { database, isDuplicateKey, toUint8Array } from './mongoValues.js';

export interface MongoStoreOptions {
  /** Overrides the database named in the URI (tests use a throwaway one). */
  dbName?: string;
}

export class MongoStore implements Store {
  private readonly rooms;
  private readonly events;
  private readonly snapshots;
  private readonly memberSecrets;
  private readonly docUpdates;
  private readonly counters;
  private readonly requests;

  private constructor(
    private readonly conn: Connection,
    /** Transactions need a replica set or a sharded cluster; a standalone server has none. */
    private readonly hasTransactions: boolean,
  ) {
    this.rooms = conn.model('Room', roomSchema, 'rooms');
    this.events = conn.model('Event', eventSchema, 'events');
    this.snapshots = conn.model('Snapshot', snapshotSchema, 'snapshots');
    this.memberSecrets = conn.model('MemberSecret', memberSecretSchema, 'memberSecrets');
    this.docUpdates = conn.model('DocUpdate', docUpdateSchema, 'docUpdates');
    this.counters = conn.model('Counter', counterSchema, 'counters');
    this.requests = conn.model('Request', requestSchema, 'requests');
  }

  /** Connects, creates the collections and indexes, and learns whether the server runs transactions. */
  static async connect(uri: string, { dbName }: MongoStoreOptions = {}): Promise<MongoStore> {
    const conn = await mongoose
      .createConnection(uri, {
        ...(dbName ? { dbName } : {}),
        // A write is acknowledged only once journaled on a majority, so a resolved append survives failover.
        writeConcern: { w: 'majority', journal: true },
      })
      .asPromise();
    try {
      const hello = (await database(conn).admin().command({ hello: 1 })) as { setName?: string; msg?: string };
      const store = new MongoStore(conn, typeof hello.setName === 'string' || hello.msg === 'isdbgrid');
      await Promise.all(Object.values(conn.models).map((model) => model.init()));
      return store;
    } catch (error) {
      await conn.close();
      throw error;
    }
  }

  async ping(): Promise<void> {
    await database(this.conn).admin().ping();
  }

  /** A real write of one document (`/readyz`): fails when the primary is gone or the disk is full. */
  async probeWrite(): Promise<void> {
    await database(this.conn)
      .collection<{ _id: string; at: number }>('write_probe')
      .updateOne({ _id: 'probe' }, { $set: { at: Date.now() } }, { upsert: true });
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  async createRoom(room: RoomRecord): Promise<void> {
    try {
      await this.rooms.create({ ...room, tokenHashes: { ...room.tokenHashes } });
    } catch (error) {
      if (isDuplicateKey(error)) throw new Error(`Room ${room.roomId} exists already`, { cause: error });
      throw error;
    }
  }

  async roomsCreatedBefore(before: number): Promise<string[]> {
    const docs = await this.rooms
      .find({ createdAt: { $lt: before } }, { roomId: 1 })
      .sort({ createdAt: 1 })
      .lean();
    return docs.map((doc) => doc.roomId);
  }

  async getRoom(roomId: string): Promise<RoomRecord | null> {
    const doc = await this.rooms.findOne({ roomId }).lean();
    if (!doc) return null;
    const { host, participant, observer } = doc.tokenHashes;
    return {
      roomId: doc.roomId,
      title: doc.title,
      locale: doc.locale,
      createdAt: doc.createdAt,
      tokenHashes: { host, participant, observer },
      joinCodeHash: doc.joinCodeHash,
      sealedLinks: doc.sealedLinks,
    };
  }

  async setCredentials(roomId: string, credentials: RoomCredentials): Promise<void> {
    const { tokenHashes, joinCodeHash, sealedLinks } = credentials;
    const { matchedCount } = await this.rooms.updateOne(
      { roomId },
      { $set: { tokenHashes: { ...tokenHashes }, joinCodeHash, sealedLinks } },
    );
    if (matchedCount === 0) throw new Error(`Room ${roomId} does not exist`);
  }

  async findRoomByJoinCode(joinCodeHash: string): Promise<string | null> {
    const doc = await this.rooms.findOne({ joinCodeHash }, { roomId: 1 }).lean();
    return doc?.roomId ?? null;
  }

  async replaceJoinCodeHash(roomId: string, from: string, to: string): Promise<boolean> {
    const { modifiedCount } = await this.rooms.updateOne(
      { roomId, joinCodeHash: from },
      { $set: { joinCodeHash: to } },
    );
    return modifiedCount === 1;
  }

  async appendEvents(
    streamId: string,
    expectedSeq: number,
    events: readonly StoredEvent[],
    requests?: readonly RequestRecord[],
  ): Promise<void> {
    assertConsecutive(streamId, expectedSeq, events);
    if (events.length === 0) return;
    const docs: EventDoc[] = events.map((event) => ({ roomId: streamId, seq: event.seq, event }));
    const insert = async (session?: ClientSession): Promise<void> => {
      // The cheap check catches the usual stale writer; the unique index catches the race it leaves open.
      if (await this.events.exists({ roomId: streamId, seq: { $gt: expectedSeq } }).session(session ?? null)) {
        throw new SeqConflictError(streamId, expectedSeq);
      }
      await this.events.insertMany(docs, { ordered: true, ...(session ? { session } : {}) });
      // In the same transaction: the answer exists exactly when its events do. Without transactions it
      // follows the events, and a crash in between leaves events whose request would run again.
      if (requests?.length) {
        await this.requests.insertMany(
          requests.map((request) => ({ roomId: streamId, ...request })),
          { ordered: true, ...(session ? { session } : {}) },
        );
      }
    };
    try {
      if (this.hasTransactions) {
        await this.conn.transaction((session) => insert(session));
      } else {
        // Without transactions a stale batch still writes nothing: seqs are gap-free, so if any event
        // after `expectedSeq` exists then `expectedSeq + 1` does, the first insert of the ordered batch
        // fails on the unique index and the driver stops there. What a standalone server cannot give is
        // all-or-nothing against a crash or network failure mid-batch, nor hiding a batch from readers
        // until it is complete; production should run a replica set (even of one) for that.
        await insert();
      }
    } catch (error) {
      if (isDuplicateKey(error)) throw new SeqConflictError(streamId, expectedSeq);
      throw error;
    }
  }

  async readEvents<E extends StoredEvent = RoomEvent>(
    streamId: string,
    afterSeq: number,
    limit?: number,
  ): Promise<E[]> {
    // MongoDB reads a limit of 0 as "no limit".
    if (limit !== undefined && limit <= 0) return [];
    const query = this.events.find({ roomId: streamId, seq: { $gt: afterSeq } }).sort({ seq: 1 });
    if (limit !== undefined) query.limit(limit);
    const docs = await query.lean();
    return docs.map((doc) => doc.event as E);
  }

  async rewriteEvents(streamId: string, events: readonly StoredEvent[]): Promise<void> {
    const rewrite = async (session?: ClientSession): Promise<void> => {
      const options = session ? { session } : {};
      if (events.length > 0)
        await this.events.bulkWrite(
          events.map((event) => ({
            updateOne: { filter: { roomId: streamId, seq: event.seq }, update: { $set: { event } } },
          })),
          options,
        );
      await this.snapshots.deleteOne({ roomId: streamId }, options);
    };
    // Without transactions a crash mid-way leaves some fields erased and others not: erasing again
    // finishes it (erasure is idempotent).
    if (this.hasTransactions) await this.conn.transaction((session) => rewrite(session));
    else await rewrite();
  }

  async saveSnapshot(streamId: string, snapshot: Snapshot): Promise<void> {
    try {
      await this.snapshots.updateOne(
        { roomId: streamId, seq: { $lt: snapshot.seq } },
        { $set: { seq: snapshot.seq, state: snapshot.state } },
        { upsert: true },
      );
    } catch (error) {
      // The filter missed because the stored snapshot is as new or newer, and the upsert then hit the
      // unique roomId: keeping the stored one is exactly the contract.
      if (!isDuplicateKey(error)) throw error;
    }
  }

  async loadSnapshot(streamId: string): Promise<Snapshot | null> {
    const doc = await this.snapshots.findOne({ roomId: streamId }).lean();
    return doc ? { seq: doc.seq, state: doc.state } : null;
  }

  async saveRequest(streamId: string, request: RequestRecord): Promise<void> {
    // The first answer stays: `$setOnInsert` never overwrites a stored one.
    await this.requests.updateOne(
      { roomId: streamId, sender: request.sender, requestId: request.requestId },
      { $setOnInsert: { fingerprint: request.fingerprint, ack: request.ack, at: request.at } },
      { upsert: true },
    );
  }

  async findRequest(streamId: string, sender: string, requestId: string): Promise<RequestRecord | null> {
    const doc = await this.requests.findOne({ roomId: streamId, sender, requestId }).lean();
    return doc
      ? { sender: doc.sender, requestId: doc.requestId, fingerprint: doc.fingerprint, ack: doc.ack, at: doc.at }
      : null;
  }

  async pruneRequests(streamId: string, before: number): Promise<number> {
    const { deletedCount } = await this.requests.deleteMany({ roomId: streamId, at: { $lt: before } });
    return deletedCount;
  }

  async saveMemberSecret(roomId: string, memberId: string, secretHash: string, device?: string): Promise<void> {
    // A new secret for a member keeps the device they first joined from.
    const first = device === undefined ? {} : { $setOnInsert: { device } };
    await this.memberSecrets.updateOne({ roomId, memberId }, { $set: { secretHash }, ...first }, { upsert: true });
  }

  async membersFromDevice(roomId: string, device: string): Promise<number> {
    return this.memberSecrets.countDocuments({ roomId, device });
  }

  async getMemberSecret(roomId: string, memberId: string): Promise<string | null> {
    const doc = await this.memberSecrets.findOne({ roomId, memberId }).lean();
    return doc?.secretHash ?? null;
  }

  async appendDocUpdate(roomId: string, update: Uint8Array): Promise<number> {
    const counter = await this.counters
      .findOneAndUpdate(
        { _id: `docUpdates:${roomId}` },
        { $inc: { value: 1 } },
        { upsert: true, returnDocument: 'after' },
      )
      .lean();
    if (!counter) throw new Error(`Room ${roomId}: the document update counter did not come back`);
    await this.docUpdates.create({ roomId, id: counter.value, update: Buffer.from(update) });
    return counter.value;
  }

  async loadDocUpdates(roomId: string): Promise<DocUpdate[]> {
    const docs = await this.docUpdates.find({ roomId }).sort({ id: 1 }).lean();
    return docs.map((doc) => ({ id: doc.id, update: toUint8Array(doc.update) }));
  }

  async compactDocUpdates(roomId: string, upToId: number, merged: Uint8Array): Promise<void> {
    const last = await this.docUpdates
      .findOne({ roomId, id: { $lte: upToId } })
      .sort({ id: -1 })
      .select({ id: 1 })
      .lean();
    if (!last) return;
    // Overwrite the newest replaced update first, delete the older ones second: a crash in between
    // leaves them beside the merged update that contains them, which Yjs applies idempotently. The
    // merged update keeps sorting before every update appended after `upToId`.
    await this.docUpdates.updateOne({ roomId, id: last.id }, { $set: { update: Buffer.from(merged) } });
    await this.docUpdates.deleteMany({ roomId, id: { $lt: last.id } });
  }
}
