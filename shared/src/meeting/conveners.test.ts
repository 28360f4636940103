import { describe, expect, it } from 'vitest';
import { presentNotice } from '../followup/notice.js';
import { RoomHarness } from '../testing/roomHarness.js';
import { conveners } from './conveners.js';

describe('conveners (定主事)', () => {
  it('names a host who joined, not a participant', () => {
    const room = new RoomHarness();
    room.join('Chair', 'host', 'in_room');
    room.join('Ana', 'participant');
    expect(conveners(room.state)).toEqual(['Chair']);
    expect(presentNotice(room.state, room.now).conveners).toEqual(['Chair']);
  });

  it('names a council chair seated as a host once they came, and not before', () => {
    const room = new RoomHarness();
    room.seat('cm2', '张主任', 'host');
    room.seat('cm3', 'Ana');
    expect(conveners(room.state)).toEqual([]);
    room.arrive('cm3', 'remote');
    expect(conveners(room.state)).toEqual([]);
    room.arrive('cm2', 'in_room');
    expect(conveners(room.state)).toEqual(['张主任']);
    expect(presentNotice(room.state, room.now).conveners).toEqual(['张主任']);
  });
});
