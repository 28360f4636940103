/**
 * The production `Store` on MongoDB through its own mongoose connection (never the global one, so
 * tests and tools can hold several). Queries are lean and every result is mapped to the port's types.
 */
import mongoose from 'mongoose';
import type { ClientSession, Connection } from 'mongoose';
import type { RoomEvent } from '@dr/shared';
import { SeqConflictError } from './store.js';
import type { RequestRecord, Snapshot, Store, StoredEvent } from './store.js';
import { assertConsecutive } from './consecutive.js';
import type { CredentialStore } from './credentialStore.js';
import type { DocUpdateStore } from './docUpdateStore.js';
import { mongoCredentials } from './mongoCredentials.js';
import { mongoDocUpdates } from './mongoDocUpdates.js';
import { eventSchema, requestSchema, snapshotSchema, type EventDoc } from './mongoSchemas.js';
import { database, isDuplicateKey } from './mongoValues.js';
import { mongoPushStore } from './mongoPushStore.js';
import type { PushStore } from './pushStore.js';

export interface MongoStoreOptions {
  /** Overrides the database named in the URI (tests use a throwaway one). */
  dbName?: string;
}

/**
 * The event log is this class's own; credentials and the draft's updates are their own files
 * (mongoCredentials.ts, mongoDocUpdates.ts), as the port's concerns are (store.ts).
 */
export class MongoStore implements Store {
  private readonly events;
  private readonly snapshots;
  private readonly requests;
  private readonly credentials: CredentialStore;
  private readonly docs: DocUpdateStore;

  private constructor(
    private readonly conn: Connection,
    /** Transactions need a replica set or a sharded cluster; a standalone server has none. */
    private readonly hasTransactions: boolean,
    /** Web push subscriptions and scheduled jobs (mongoPushStore.ts). */
    readonly push: PushStore,
  ) {
    this.events = conn.model('Event', eventSchema, 'events');
    this.snapshots = conn.model('Snapshot', snapshotSchema, 'snapshots');
    this.requests = conn.model('Request', requestSchema, 'requests');
    this.credentials = mongoCredentials(conn);
    this.docs = mongoDocUpdates(conn);
  }

  // Handed on to the credentials and the draft's updates, each in its own file.
  readonly createRoom: Store['createRoom'] = (...args) => this.credentials.createRoom(...args);
  readonly getRoom: Store['getRoom'] = (...args) => this.credentials.getRoom(...args);
  readonly roomsCreatedBefore: Store['roomsCreatedBefore'] = (...args) => this.credentials.roomsCreatedBefore(...args);
  readonly setCredentials: Store['setCredentials'] = (...args) => this.credentials.setCredentials(...args);
  readonly findRoomByJoinCode: Store['findRoomByJoinCode'] = (...args) => this.credentials.findRoomByJoinCode(...args);
  readonly replaceJoinCodeHash: Store['replaceJoinCodeHash'] = (...args) =>
    this.credentials.replaceJoinCodeHash(...args);
  readonly saveMemberSecret: Store['saveMemberSecret'] = (...args) => this.credentials.saveMemberSecret(...args);
  readonly membersFromDevice: Store['membersFromDevice'] = (...args) => this.credentials.membersFromDevice(...args);
  readonly getMemberSecret: Store['getMemberSecret'] = (...args) => this.credentials.getMemberSecret(...args);
  readonly appendDocUpdate: Store['appendDocUpdate'] = (...args) => this.docs.appendDocUpdate(...args);
  readonly loadDocUpdates: Store['loadDocUpdates'] = (...args) => this.docs.loadDocUpdates(...args);
  readonly compactDocUpdates: Store['compactDocUpdates'] = (...args) => this.docs.compactDocUpdates(...args);

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
      const hasTransactions = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
      const store = new MongoStore(conn, hasTransactions, await mongoPushStore(conn));
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
}
