/**
 * This browser's place on a council's roster (its member id, secret and the token that opens the
 * council's meetings), so every meeting opens as the same member: before a meeting is opened, its
 * room is given the same member credentials (live/memberStore.ts).
 */
import type { Presence } from '@dr/shared';
import { loadMember, saveMember } from '../../live/memberStore';

export interface CouncilCredentials {
  memberId: string;
  memberSecret: string;
  meetingToken: string;
}

const keyFor = (councilId: string) => `dr:council:${councilId}`;

export function loadCouncilMember(councilId: string): CouncilCredentials | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(keyFor(councilId)) ?? 'null') as Partial<CouncilCredentials> | null;
    const { memberId, memberSecret, meetingToken } = parsed ?? {};
    if (typeof memberId !== 'string' || typeof memberSecret !== 'string' || typeof meetingToken !== 'string')
      return null;
    return { memberId, memberSecret, meetingToken };
  } catch {
    return null;
  }
}

export function saveCouncilMember(councilId: string, credentials: CouncilCredentials): void {
  try {
    localStorage.setItem(keyFor(councilId), JSON.stringify(credentials));
  } catch {
    // Storage disabled: the roster place lasts as long as this page.
  }
}

/** The meeting's address for this browser: the host's link, else the member's meeting token. */
export function meetingPath(roomId: string, hostToken: string | null, member: CouncilCredentials | null): string {
  const token = hostToken ?? member?.meetingToken;
  return `/r/${encodeURIComponent(roomId)}${token ? `#t=${token}` : ''}`;
}

/**
 * Gives the meeting's room this browser's roster place (the same member in it, by the council's
 * credentials) before it is opened; with `presence`, where they said they take part, recorded with
 * their arrival (a roster member is seated in advance and attends from their first connection).
 */
export function seatInMeeting(roomId: string, member: CouncilCredentials, presence?: Presence): void {
  const { memberId, memberSecret } = member;
  saveMember(roomId, presence ? { memberId, memberSecret, presence } : { memberId, memberSecret });
}

/** Whether this browser has entered the meeting before (its room holds a member here). */
export const enteredBefore = (roomId: string): boolean => loadMember(roomId) !== null;
