/**
 * The numbers behind every door (documented in docs/protocol.md, "Limits at the doors"). The rule:
 * per-address limits only for what costs nothing to a person in a shared hall (creating rooms,
 * wrong join codes); whoever holds a valid credential is limited per room, never per address,
 * because a hundred phones in one village hall share one public address.
 */
import { LIMITS } from '@dr/shared';
import type { Rate } from './keyedBuckets.js';

export interface DoorLimits {
  /** Wrong join codes for one room from one address. */
  guessesPerRoom: Rate;
  /** Wrong join codes from one address over all rooms, `/j/<code>` misses included. */
  guessesPerAddress: Rate;
  /** How long a join code that an address has shown to be valid stays welcome from there while it is slowed. */
  provenForMs: number;
  /** Rooms created from one address: a township office's burst for all its villages, then a steady trickle. */
  roomCreation: Rate;
  /** HTTP requests naming one room (its summary, notice, links, minutes …), per room and address. */
  roomRequests: Rate;
  /** New members joining one room by name (per room, shared fairly between devices: room/joinQueue.ts). */
  memberJoins: Rate;
  /** How long a new member's connection stays before they count as present (ms; issue 30). */
  presentAfterMs: number;
  /** Roster files sent to one council from one address (each is parsed: issue 28), previews included. */
  rosterImports: Rate;
}

export const DOOR_LIMITS: DoorLimits = {
  guessesPerRoom: { burst: 20, perSecond: 1 / 5 },
  guessesPerAddress: { burst: 60, perSecond: 1 / 5 },
  provenForMs: 12 * 60 * 60 * 1000,
  roomCreation: { burst: 100, perSecond: 1 / 30 },
  roomRequests: { burst: 600, perSecond: 10 },
  memberJoins: { burst: LIMITS.memberJoinBurst, perSecond: LIMITS.memberJoinsPerSecond },
  presentAfterMs: LIMITS.presentAfterMs,
  rosterImports: { burst: 30, perSecond: 1 / 10 },
};
