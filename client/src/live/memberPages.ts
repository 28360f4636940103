/**
 * A big room's members, page by page (protocol: `members`). Its welcome carries only some of them
 * and `memberCount`; once a screen needs them (`want`: the members list opened, a name not known
 * yet, a count over everyone), this asks for the pages one after the other on the same connection
 * and adds each to the feed's state at the page's seq, until the state holds as many as the room
 * has. A phone that never needs them never asks (issue 30: a hall of 2,000 is ~470 KB a phone). A page
 * the feed cannot take yet (it is catching up) is asked for again a moment later. Loaded on demand
 * (memberPagesLazy.ts): most rooms never need it, and the phone's first load should not carry it.
 */
import type { MembersAck } from '@dr/shared';
import type { Feed } from './eventFeed';

/** Asks at most this many times in a row without progress, then waits for the next welcome. */
const MAX_MISSES = 20;

export interface MemberPages {
  /**
   * The state is up to date after a welcome: with `memberCount` (a big room's), ask for the pages
   * if a screen wanted them, unless the state holds that many members already (a resumed one that
   * had them all).
   */
  check: (memberCount: number | undefined) => void;
  /** A screen needs every member: ask for the pages now if the state lacks some, and after every welcome. */
  want: () => void;
  /** The connection dropped: stop asking (the next welcome checks again). */
  stop: () => void;
}

/**
 * `request` asks the server for the page from the `from`-th member (rejects on timeout or
 * disconnect); `retryMs` is the wait before asking again for a page the feed could not take.
 */
export function createMemberPages(
  feed: Pick<Feed, 'addMembers' | 'memberCount'>,
  request: (from: number) => Promise<MembersAck>,
  retryMs = 250,
): MemberPages {
  // Bumped by every check and stop, so an old pass ends at its next step.
  let generation = 0;
  let count: number | undefined;
  let wanted = false;
  let running = false;

  const start = () => {
    generation += 1;
    const mine = generation;
    running = wanted && count !== undefined && feed.memberCount() < count;
    if (running) void pass(mine).finally(() => mine === generation && (running = false));
  };

  async function pass(mine: number): Promise<void> {
    let from: number | null = 0;
    let misses = 0;
    while (from !== null) {
      let ack: MembersAck;
      try {
        ack = await request(from);
      } catch {
        return; // no answer: the connection is going; the next welcome checks again
      }
      if (mine !== generation) return;
      if (ack.ok && feed.addMembers(ack.seq, ack.members)) {
        from = ack.next;
        misses = 0;
        continue;
      }
      misses += 1;
      if (misses > MAX_MISSES) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
      if (mine !== generation) return;
    }
  }

  return {
    check(memberCount) {
      count = memberCount;
      start();
    },
    want() {
      wanted = true;
      if (!running) start();
    },
    stop() {
      generation += 1;
      running = false;
    },
  };
}
