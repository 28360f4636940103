/** The MongoDB side of the credentials and secrets (credentialStore.ts): the rooms and the members' secrets. */
import type { Connection } from 'mongoose';
import type { CredentialStore } from './credentialStore.js';
import { memberSecretSchema, roomSchema } from './mongoSchemas.js';
import { isDuplicateKey } from './mongoValues.js';

/** Registers the two collections on `conn`; their indexes are made with the store's (mongoStore.ts). */
export function mongoCredentials(conn: Connection): CredentialStore {
  const rooms = conn.model('Room', roomSchema, 'rooms');
  const memberSecrets = conn.model('MemberSecret', memberSecretSchema, 'memberSecrets');
  return {
    async createRoom(room) {
      try {
        await rooms.create({ ...room, tokenHashes: { ...room.tokenHashes } });
      } catch (error) {
        if (isDuplicateKey(error)) throw new Error(`Room ${room.roomId} exists already`, { cause: error });
        throw error;
      }
    },

    async roomsCreatedBefore(before) {
      const docs = await rooms
        .find({ createdAt: { $lt: before } }, { roomId: 1 })
        .sort({ createdAt: 1 })
        .lean();
      return docs.map((doc) => doc.roomId);
    },

    async getRoom(roomId) {
      const doc = await rooms.findOne({ roomId }).lean();
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
    },

    async setCredentials(roomId, credentials) {
      const { tokenHashes, joinCodeHash, sealedLinks } = credentials;
      const { matchedCount } = await rooms.updateOne(
        { roomId },
        { $set: { tokenHashes: { ...tokenHashes }, joinCodeHash, sealedLinks } },
      );
      if (matchedCount === 0) throw new Error(`Room ${roomId} does not exist`);
    },

    async findRoomByJoinCode(joinCodeHash) {
      const doc = await rooms.findOne({ joinCodeHash }, { roomId: 1 }).lean();
      return doc?.roomId ?? null;
    },

    async replaceJoinCodeHash(roomId, from, to) {
      const { modifiedCount } = await rooms.updateOne({ roomId, joinCodeHash: from }, { $set: { joinCodeHash: to } });
      return modifiedCount === 1;
    },

    async saveMemberSecret(roomId, memberId, secretHash, device) {
      // A new secret for a member keeps the device they first joined from.
      const first = device === undefined ? {} : { $setOnInsert: { device } };
      await memberSecrets.updateOne({ roomId, memberId }, { $set: { secretHash }, ...first }, { upsert: true });
    },

    membersFromDevice(roomId, device) {
      return memberSecrets.countDocuments({ roomId, device }).exec();
    },

    async getMemberSecret(roomId, memberId) {
      const doc = await memberSecrets.findOne({ roomId, memberId }).lean();
      return doc?.secretHash ?? null;
    },
  };
}
