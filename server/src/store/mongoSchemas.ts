/**
 * The MongoDB store's collections: one schema each, with the indexes that carry the port's
 * guarantees. Streams (rooms, councils, offices) are stored under the field `roomId`, the name they
 * had before councils shared the log, so existing databases need no migration.
 */
import { Schema } from 'mongoose';
import type { CommandAck, RoomState } from '@dr/shared';
import type { RoomRecord } from './credentialStore.js';
import type { StoredEvent } from './eventLog.js';

export interface EventDoc {
  roomId: string;
  seq: number;
  event: StoredEvent;
}
export interface SnapshotDoc {
  roomId: string;
  seq: number;
  state: RoomState;
}
export interface MemberSecretDoc {
  roomId: string;
  memberId: string;
  secretHash: string;
  /** The hash of the device pass the member joined from (issue 30), when they joined by name. */
  device?: string;
}
export interface DocUpdateDoc {
  roomId: string;
  id: number;
  update: Buffer;
}
export interface RequestDoc {
  roomId: string;
  sender: string;
  requestId: string;
  fingerprint: string;
  ack: CommandAck;
  at: number;
}
export interface CounterDoc {
  _id: string;
  value: number;
}

// `minimize: false` keeps empty objects (a fresh state's `members: {}`) instead of dropping the key;
// `id: false` drops mongoose's `id` virtual, which would clash with the document updates' own `id`.
export const options = { versionKey: false, minimize: false, id: false } as const;

export const roomSchema = new Schema<RoomRecord>(
  {
    roomId: { type: String, required: true, unique: true },
    title: { type: String, required: true },
    locale: { type: String, required: true },
    createdAt: { type: Number, required: true },
    tokenHashes: {
      host: { type: String, required: true },
      participant: { type: String, required: true },
      observer: { type: String, required: true },
    },
    joinCodeHash: { type: String, required: true, unique: true },
    sealedLinks: { type: String, required: true },
  },
  options,
);
export const eventSchema = new Schema<EventDoc>(
  { roomId: { type: String, required: true }, seq: { type: Number, required: true }, event: Schema.Types.Mixed },
  options,
);
// The unique index is what makes two racing appends with the same expected seq fail but one.
eventSchema.index({ roomId: 1, seq: 1 }, { unique: true });
export const snapshotSchema = new Schema<SnapshotDoc>(
  {
    roomId: { type: String, required: true, unique: true },
    seq: { type: Number, required: true },
    state: Schema.Types.Mixed,
  },
  options,
);
export const memberSecretSchema = new Schema<MemberSecretDoc>(
  {
    roomId: { type: String, required: true },
    memberId: { type: String, required: true },
    secretHash: { type: String, required: true },
    device: { type: String },
  },
  options,
);
memberSecretSchema.index({ roomId: 1, memberId: 1 }, { unique: true });
memberSecretSchema.index({ roomId: 1, device: 1 }, { sparse: true });
export const docUpdateSchema = new Schema<DocUpdateDoc>(
  { roomId: { type: String, required: true }, id: { type: Number, required: true }, update: Buffer },
  options,
);
docUpdateSchema.index({ roomId: 1, id: 1 }, { unique: true });
export const requestSchema = new Schema<RequestDoc>(
  {
    roomId: { type: String, required: true },
    sender: { type: String, required: true },
    requestId: { type: String, required: true },
    fingerprint: { type: String, required: true },
    ack: Schema.Types.Mixed,
    at: { type: Number, required: true },
  },
  options,
);
// The unique index makes a request's answer stored once, even by two racing writers.
requestSchema.index({ roomId: 1, sender: 1, requestId: 1 }, { unique: true });
requestSchema.index({ roomId: 1, at: 1 });
export const counterSchema = new Schema<CounterDoc>({ _id: String, value: { type: Number, required: true } }, options);
