/**
 * What a welcome and a `members` page carry, made once per room state and shared by every socket:
 * a hall reconnecting at once asks for the same state thousands of times. A big room's welcome
 * (more than `LIMITS.welcomeMembers` members) carries only the members the state's live parts name
 * (its hosts, the queue, the speaker), up to that many, and `memberCount`; the others come in pages
 * (`LIMITS.membersPage`, in join order) on the same connection. 2,000 members are ~500 KB of JSON;
 * a phone opening the link needs the agenda and the floor first, and the list a moment later. A
 * round of more than `LIMITS.welcomeBallots` ballots is packed (shared room/welcomeRounds.ts).
 */
import { LIMITS, membersInOrder, own, packRounds, presentState, type Member, type RoomState } from '@dr/shared';

export interface StateView {
  seq: number;
  /** The presented state as JSON, with some of its members when `memberCount` is set. */
  stateJson: string;
  /** How many members the room has, when `stateJson` carries only some of them. */
  memberCount?: number;
  /** About what the whole state weighs as JSON (the welcome and every page), for `canResume`. */
  wholeBytes: number;
}

/** About what one member weighs as JSON (an id, a name, a group, times). */
const MEMBER_BYTES = 256;

export class WelcomeViews {
  private cached: {
    state: RoomState;
    view: StateView;
    /** Members in join order, and each page's JSON as it is asked for. */
    ordered: Member[] | null;
    pages: Map<number, string>;
  } | null = null;

  constructor(
    private readonly limits: { welcome: number; page: number } = {
      welcome: LIMITS.welcomeMembers,
      page: LIMITS.membersPage,
    },
  ) {}

  /** The welcome's state for `state` (made once per state). */
  view(state: RoomState): StateView {
    return this.at(state).view;
  }

  /** The connection's own member, sent beside a welcome that carries only some of them. */
  ownMember(state: RoomState, memberId: string | null): Member | undefined {
    if (!memberId || this.view(state).memberCount === undefined) return undefined;
    return own(state.members, memberId);
  }

  /**
   * A page of members in join order from the `from`-th, as the JSON of a `MembersAck`; `from`
   * past the end is an empty last page.
   */
  pageJson(state: RoomState, from: number): string {
    const entry = this.at(state);
    const cached = entry.pages.get(from);
    if (cached !== undefined) return cached;
    entry.ordered ??= membersInOrder(state);
    const members = entry.ordered.slice(from, from + this.limits.page);
    const end = from + members.length;
    const json = JSON.stringify({
      ok: true,
      seq: state.seq,
      members,
      next: members.length > 0 && end < entry.ordered.length ? end : null,
    });
    // Pages are asked for at a few offsets (0, 200, 400 …): a hostile `from` must not fill memory.
    if (from % this.limits.page === 0) entry.pages.set(from, json);
    return json;
  }

  private at(state: RoomState) {
    if (this.cached?.state !== state) {
      this.cached = { state, view: this.make(state), ordered: null, pages: new Map() };
    }
    return this.cached;
  }

  private make(state: RoomState): StateView {
    // A round of a big hall comes packed: its ballots' levels, not every ballot (welcomeRounds.ts).
    const presented = packRounds(presentState(state));
    const count = Object.keys(presented.members).length;
    if (count <= this.limits.welcome) {
      const stateJson = JSON.stringify(presented);
      return { seq: state.seq, stateJson, wholeBytes: stateJson.length };
    }
    const some = Object.fromEntries(livelyMembers(presented, this.limits.welcome).map((m) => [m.id, m]));
    const stateJson = JSON.stringify({ ...presented, members: some });
    return {
      seq: state.seq,
      stateJson,
      memberCount: count,
      wholeBytes: stateJson.length + (count - Object.keys(some).length) * MEMBER_BYTES,
    };
  }
}

/** The members the live parts of the state name, the hosts first, at most `limit`. */
function livelyMembers(state: Pick<RoomState, 'members' | 'speaker' | 'queue'>, limit: number): Member[] {
  const ids = new Set<string>();
  for (const m of Object.values(state.members)) if (m.role === 'host' && m.removedAt === null) ids.add(m.id);
  if (state.speaker) ids.add(state.speaker.memberId);
  for (const entry of state.queue) ids.add(entry.memberId);
  const found: Member[] = [];
  for (const id of ids) {
    const member = own(state.members, id);
    if (member) found.push(member);
    if (found.length >= limit) break;
  }
  return found;
}
