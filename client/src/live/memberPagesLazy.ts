/**
 * The door to memberPages.ts: its module is loaded the first time a welcome says the room is big
 * (`memberCount`) or a screen wants the members, so the phone's first load does not carry it (the
 * budget, scripts/budget.mjs).
 */
import type { MembersAck } from '@dr/shared';
import type { Feed } from './eventFeed';
import type { MemberPages } from './memberPages';

/** `createMemberPages` (memberPages.ts), loaded on demand; the same checks and stops. */
export function lazyMemberPages(
  feed: Pick<Feed, 'addMembers' | 'memberCount'>,
  request: (from: number) => Promise<MembersAck>,
): MemberPages {
  let pages: MemberPages | null = null;
  const withPages = (use: (pages: MemberPages) => void) =>
    void import('./memberPages').then(({ createMemberPages }) => {
      pages ??= createMemberPages(feed, request);
      use(pages);
    });
  return {
    check(memberCount) {
      if (memberCount === undefined) return pages?.check(undefined);
      withPages((p) => p.check(memberCount));
    },
    want: () => withPages((p) => p.want()),
    stop: () => pages?.stop(),
  };
}
