/**
 * One person, one voice: a member joining under a name already present (ignoring case, spaces and
 * full/half width, `nameKey`) is flagged at once, so the host can merge the two or keep both. Pure.
 */
import { nameKey } from '../core/normalizeName.js';
import { own } from '../core/own.js';
import { currentMembers, type Member, type RoomState } from '../model/state.js';

/** The current member who already has `name` (by `nameKey`), the earliest if several, else undefined. */
export function memberNamed(state: RoomState, name: string): Member | undefined {
  const key = nameKey(name);
  return currentMembers(state).find((m) => nameKey(m.name) === key);
}

/** A member the host should look at: they joined under the name of `sameAs`, and both are current. */
export interface NameAlert {
  member: Member;
  sameAs: Member;
}

/** Every open same-name alert, in the order the members joined. */
export function nameAlerts(state: RoomState): NameAlert[] {
  return currentMembers(state).flatMap((member) => {
    const sameAs = member.sameNameAs === null ? undefined : own(state.members, member.sameNameAs);
    return sameAs && sameAs.removedAt === null ? [{ member, sameAs }] : [];
  });
}
