import { memberName, servingOrder, type Actor, type HandKind, type RoomState } from '@dr/shared';
import { RoomHarness } from '@dr/shared/testing';
import { describe, expect, it } from 'vitest';
import { movePosition } from './queueMove';

const host: Actor = { role: 'host', memberId: null };

/** Members a, b and c raise their hands in that order, with the kinds given. */
function queueOf(kinds: Record<'a' | 'b' | 'c', HandKind> = { a: 'speak', b: 'speak', c: 'speak' }) {
  const room = new RoomHarness();
  const id: Record<string, string> = {};
  for (const name of ['a', 'b', 'c'] as const) {
    const member = room.join(name);
    id[name] = member.memberId!;
    room.must(member, { type: 'queue.raise', kind: kinds[name] });
  }
  /** The state after the host moves `memberId` to `position`; the room itself is left as it was. */
  const moved = (memberId: string, position: number): RoomState => {
    const copy = room.fork();
    copy.must(host, { type: 'queue.move', memberId, position });
    return copy.state;
  };
  return { state: room.state, id, moved };
}
const served = (state: RoomState) => servingOrder(state).map((e) => memberName(state, e.memberId));

describe('moving a hand one place in serving order', () => {
  const { state, id, moved } = queueOf();

  it('moves up past the one before, and down past the one after', () => {
    const up = movePosition(state, id.c!, -1);
    expect(up).toBe(1);
    expect(served(moved(id.c!, up!))).toEqual(['a', 'c', 'b']);
    const down = movePosition(state, id.a!, 1);
    expect(served(moved(id.a!, down!))).toEqual(['b', 'a', 'c']);
  });

  it('has nowhere to go at either end, or for someone not waiting', () => {
    expect(movePosition(state, id.a!, -1)).toBeNull();
    expect(movePosition(state, id.c!, 1)).toBeNull();
    expect(movePosition(state, 'nobody', 1)).toBeNull();
  });

  it('follows the serving order, not the order hands were raised', () => {
    // b's reply is served first although a raised a hand before.
    const withReply = queueOf({ a: 'speak', b: 'reply', c: 'speak' });
    expect(served(withReply.state)).toEqual(['b', 'a', 'c']);
    const up = movePosition(withReply.state, withReply.id.c!, -1);
    expect(served(withReply.moved(withReply.id.c!, up!))).toEqual(['b', 'c', 'a']);
  });
});
