/** This browser's member credentials per room, so a reload comes back as the same member. */
export interface MemberCredentials {
  memberId: string;
  memberSecret: string;
}

const keyFor = (roomId: string) => `dr:member:${roomId}`;

export function loadMember(roomId: string): MemberCredentials | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(roomId)) ?? 'null');
    const { memberId, memberSecret } = (parsed ?? {}) as Partial<MemberCredentials>;
    return typeof memberId === 'string' && typeof memberSecret === 'string' ? { memberId, memberSecret } : null;
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
