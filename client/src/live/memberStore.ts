import type { Presence } from '@dr/shared';

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

const keyFor = (roomId: string) => `dr:member:${roomId}`;

export function loadMember(roomId: string): MemberCredentials | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(roomId)) ?? 'null');
    const { memberId, memberSecret, presence } = (parsed ?? {}) as Partial<MemberCredentials>;
    if (typeof memberId !== 'string' || typeof memberSecret !== 'string') return null;
    // Only a presence the protocol knows goes into the handshake (a stale value would refuse it).
    return presence === 'in_room' || presence === 'remote'
      ? { memberId, memberSecret, presence }
      : { memberId, memberSecret };
  } catch {
    return null;
  }
}

export function saveMember(roomId: string, credentials: MemberCredentials): void {
  try {
    localStorage.setItem(keyFor(roomId), JSON.stringify(credentials));
  } catch {
    // Storage disabled: the member lasts as long as this page's connection.
  }
}

export function forgetMember(roomId: string): void {
  try {
    localStorage.removeItem(keyFor(roomId));
  } catch {
    // Nothing stored.
  }
}
