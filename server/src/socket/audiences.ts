/**
 * The Socket.IO rooms a connection joins besides its room: one per link role and one per member, so
 * "everyone who came in through the participant link" or "every connection of member m" can be
 * disconnected with one `disconnectSockets`, which the Redis adapter carries to every node (with
 * several nodes) without waiting for their answers.
 */
import type { Role } from '@dr/shared';

/** Everyone in the room who came in through a link of `role`. */
export const roleAudience = (roomId: string, role: Role): string => `${roomId}#role:${role}`;

/** Every connection of one member of the room. */
export const memberAudience = (roomId: string, memberId: string): string => `${roomId}#member:${memberId}`;
