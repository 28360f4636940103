/**
 * This browser's place on a council's roster (live/councilMemberStore.ts), so every meeting opens as
 * the same member: before a meeting is opened, its room is given the same member credentials
 * (live/memberStore.ts).
 */
import type { Presence } from '@dr/shared';
import type { CouncilCredentials } from '../../live/councilMemberStore';
import { loadCouncilMember, saveCouncilMember } from '../../live/councilMemberStore';
import { loadMember, saveMember } from '../../live/memberStore';

export { loadCouncilMember, saveCouncilMember, type CouncilCredentials } from '../../live/councilMemberStore';

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

/**
 * A personal link (`#t=<member token>&m=<memberId>&s=<secret>`, printed on a roster member's QR slip):
 * this browser becomes that member, and the address keeps only the token (the secret leaves the
 * address bar and the history). Else the member this browser joined as, if any.
 */
export function takePersonalLink(councilId: string, token: string): CouncilCredentials | null {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const memberId = hash.get('m');
  const memberSecret = hash.get('s');
  if (!memberId || !memberSecret) return loadCouncilMember(councilId);
  const credentials = { memberId, memberSecret, meetingToken: token };
  saveCouncilMember(councilId, credentials);
  window.history.replaceState(window.history.state, '', `#t=${token}`);
  return credentials;
}
