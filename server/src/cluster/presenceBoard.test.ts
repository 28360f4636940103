import { describe, expect, it } from 'vitest';
import { mergePresence } from '../room/cluster.js';
import { PresenceBoard } from './presenceBoard.js';

describe('the other nodes’ presence', () => {
  it('keeps each node’s list, says when a room’s list changed, and forgets a node that stops repeating', () => {
    let now = 0;
    const board = new PresenceBoard(6000, () => now);
    expect(board.set('r1', 'a', { online: ['m1'], observers: 1 })).toBe(true);
    expect(board.set('r1', 'a', { online: ['m1'], observers: 1 })).toBe(false); // a heartbeat, no change
    expect(board.set('r1', 'b', { online: ['m2'], observers: 0 })).toBe(true);
    expect(board.of('r1')).toEqual([
      { online: ['m1'], observers: 1 },
      { online: ['m2'], observers: 0 },
    ]);
    now = 5000;
    board.set('r1', 'b', { online: ['m2'], observers: 0 }); // b repeats, a does not
    now = 7000;
    expect(board.dropStale()).toEqual(['r1']);
    expect(board.of('r1')).toEqual([{ online: ['m2'], observers: 0 }]);
    expect(board.set('r1', 'b', { online: [], observers: 0 })).toBe(true); // b's last session left
    expect(board.of('r1')).toEqual([]);
  });

  it('forgets a node that said goodbye in every room', () => {
    const board = new PresenceBoard(6000, () => 0);
    board.set('r1', 'a', { online: ['m1'], observers: 0 });
    board.set('r2', 'a', { online: [], observers: 2 });
    board.set('r2', 'b', { online: ['m3'], observers: 0 });
    expect(board.forgetNode('a').sort()).toEqual(['r1', 'r2']);
    expect(board.of('r2')).toEqual([{ online: ['m3'], observers: 0 }]);
  });

  it('merges lists: each member once (on two nodes during a reconnect), observers added up', () => {
    expect(
      mergePresence([
        { online: ['m1', 'm2'], observers: 1 },
        { online: ['m2', 'm3'], observers: 2 },
      ]),
    ).toEqual({ online: ['m1', 'm2', 'm3'], observers: 3 });
  });
});
