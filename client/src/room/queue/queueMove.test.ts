import { servingOrder, type EventBody } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { joined, stateFrom } from '../testState';
import { movePosition } from './queueMove';

const raised = (memberId: string, kind: 'speak' | 'reply' = 'speak'): EventBody => ({
  type: 'queue.raised',
  memberId,
  kind,
});
const served = (state: Parameters<typeof servingOrder>[0]) => servingOrder(state).map((e) => e.memberId);

describe('moving a hand one place in serving order', () => {
  const state = stateFrom([joined('a'), joined('b'), joined('c'), raised('a'), raised('b'), raised('c')]);

  it('moves up past the one before, and down past the one after', () => {
    const up = movePosition(state, 'c', -1);
    expect(up).toBe(1);
    expect(served(stateFrom([{ type: 'queue.moved', memberId: 'c', position: up! }], state))).toEqual(['a', 'c', 'b']);
    const down = movePosition(state, 'a', 1);
    expect(served(stateFrom([{ type: 'queue.moved', memberId: 'a', position: down! }], state))).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('has nowhere to go at either end, or for someone not waiting', () => {
    expect(movePosition(state, 'a', -1)).toBeNull();
    expect(movePosition(state, 'c', 1)).toBeNull();
    expect(movePosition(state, 'nobody', 1)).toBeNull();
  });

  it('follows the serving order, not the order hands were raised', () => {
    // b's reply is served first although a raised a hand before.
    const withReply = stateFrom([
      joined('a'),
      joined('b'),
      joined('c'),
      raised('a'),
      raised('b', 'reply'),
      raised('c'),
    ]);
    expect(served(withReply)).toEqual(['b', 'a', 'c']);
    const up = movePosition(withReply, 'c', -1);
    expect(served(stateFrom([{ type: 'queue.moved', memberId: 'c', position: up! }], withReply))).toEqual([
      'b',
      'c',
      'a',
    ]);
  });
});
