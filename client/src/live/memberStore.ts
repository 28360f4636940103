import type { Presence } from '@dr/shared';
import { keptPerId } from './keptPerId';

/**
 * This browser's member credentials per room, so a reload comes back as the same member. `presence`
 * is where a council's roster member said they take part before first entering the meeting (the
 * council page asks): sent with the handshake, it is recorded with their arrival, once.
 */
export interface MemberCredentials {
  memberId: string;
  memberSecret: string;
  presence?: Presence;
}

const kept = keptPerId<MemberCredentials>('dr:member:', ({ memberId, memberSecret, presence }) => {
  if (typeof memberId !== 'string' || typeof memberSecret !== 'string') return null;
  // Only a presence the protocol knows goes into the handshake (a stale value would refuse it).
  return presence === 'in_room' || presence === 'remote'
    ? { memberId, memberSecret, presence }
    : { memberId, memberSecret };
});

/** Null when this browser was no member of the room yet (or storage is disabled). */
export const loadMember = kept.load;
/** Storage disabled: the member lasts as long as this page's connection. */
export const saveMember = kept.save;
export const forgetMember = kept.forget;
