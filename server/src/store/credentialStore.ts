/** Credentials and secrets: what lets people into a room, and what brings a member back as themselves. */
import type { Locale } from '@dr/shared';

export const LINK_ROLES = ['host', 'participant', 'observer'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/**
 * What lets people into a room: SHA-256 hex hashes of the three link tokens, the short join code
 * under the server's keyed hash (`credentials/joinCodeKey.ts`; older rooms: a plain SHA-256), and the
 * participant/observer links sealed with a key only the host token unlocks. None of it is usable
 * without a token, and none of it is ever sent out.
 */
export interface RoomCredentials {
  tokenHashes: Record<LinkRole, string>;
  joinCodeHash: string;
  sealedLinks: string;
}

/** A room's durable record. */
export interface RoomRecord extends RoomCredentials {
  roomId: string;
  title: string;
  locale: Locale;
  createdAt: number;
}

export interface CredentialStore {
  /** Creates a room; rejects if the id exists. */
  createRoom(room: RoomRecord): Promise<void>;
  getRoom(roomId: string): Promise<RoomRecord | null>;
  /** The ids of rooms created before `before` (ms since the epoch), oldest first: the retention sweep's list. */
  roomsCreatedBefore(before: number): Promise<string[]>;
  /** Replaces a room's credentials at once (link rotation); rejects for an unknown room. */
  setCredentials(roomId: string, credentials: RoomCredentials): Promise<void>;
  /** The room whose current join code has this hash, or null. */
  findRoomByJoinCode(joinCodeHash: string): Promise<string | null>;
  /**
   * Replaces the join-code hash `from` by `to` (same code, new form: the legacy plain hash by the
   * keyed one) only if the room still has `from`, so it never undoes a rotation made meanwhile.
   * Resolves true when it replaced it.
   */
  replaceJoinCodeHash(roomId: string, from: string, to: string): Promise<boolean>;

  /**
   * The secret hash that lets a member come back as themselves. `device`: the hash of the device
   * pass they joined from by name (issue 30), kept from the first save; a later save keeps it.
   */
  saveMemberSecret(roomId: string, memberId: string, secretHash: string, device?: string): Promise<void>;
  /** How many of the room's members joined from this device (its pass's hash): a device's cap, on every node. */
  membersFromDevice(roomId: string, device: string): Promise<number>;
  getMemberSecret(roomId: string, memberId: string): Promise<string | null>;
}
