/** A builder for pure tests of rounds and interests: a meeting with a topic under discussion. */
import type { Actor } from '../room/decide.js';
import { RoomHarness } from './roomHarness.js';

export interface MeetingOnItem {
  room: RoomHarness;
  host: Actor;
  ana: Actor;
  bo: Actor;
  itemId: string;
}

/** A host in the room, Ana and Bo remote, and the topic `title` proposed and under discussion. */
export function meetingOnItem(title: string): MeetingOnItem {
  const room = new RoomHarness();
  const host = room.join('Chair', 'host', 'in_room');
  const ana = room.join('Ana');
  const bo = room.join('Bo');
  const itemId = room.must(host, { type: 'agenda.propose', title });
  room.must(host, { type: 'agenda.activate', itemId });
  return { room, host, ana, bo, itemId };
}
