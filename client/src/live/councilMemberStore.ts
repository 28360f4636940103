/**
 * This browser's place on a council's roster (its member id, secret and the token that opens the
 * council's meetings). Kept in live/ beside the rooms' member store: the council page writes it when
 * a member joins, and a council's meeting writes it for the way to the supervisor's view (its
 * member credentials in the room are the roster's own).
 */
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
