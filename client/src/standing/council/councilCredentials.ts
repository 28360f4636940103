/**
 * This browser's place on a council's roster (live/councilMemberStore.ts), so every meeting opens as
 * the same member: before a meeting is opened, its room is given the same member credentials
 * (live/memberStore.ts).
 */
import type { CouncilCredentials } from '../../live/councilMemberStore';
import { saveMember } from '../../live/memberStore';

export { loadCouncilMember, saveCouncilMember, type CouncilCredentials } from '../../live/councilMemberStore';

/** The meeting's address for this browser: the same member in it, by the council's credentials. */
export function meetingHref(roomId: string, hostToken: string | null, member: CouncilCredentials | null): string {
  if (member) saveMember(roomId, { memberId: member.memberId, memberSecret: member.memberSecret });
  const token = hostToken ?? member?.meetingToken;
  return `/r/${encodeURIComponent(roomId)}${token ? `#t=${token}` : ''}`;
}
