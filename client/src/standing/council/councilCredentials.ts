/**
 * This browser's place on a council's roster (its member id, secret and the token that opens the
 * council's meetings), so every meeting opens as the same member: before a meeting is opened, its
 * room is given the same member credentials (live/memberStore.ts).
 */
import { saveMember } from '../../live/memberStore';

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

/** The meeting's address for this browser: the same member in it, by the council's credentials. */
export function meetingHref(roomId: string, hostToken: string | null, member: CouncilCredentials | null): string {
  if (member) saveMember(roomId, { memberId: member.memberId, memberSecret: member.memberSecret });
  const token = hostToken ?? member?.meetingToken;
  return `/r/${encodeURIComponent(roomId)}${token ? `#t=${token}` : ''}`;
}
