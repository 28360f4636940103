/** The room states of a council's meetings, loaded through the registry (live rooms, or from the store). */
import type { RoomState } from '@dr/shared';
import type { CouncilState } from '@dr/shared/council';
import type { RoomRegistry } from '../room/roomRegistry.js';

export async function meetingStates(registry: RoomRegistry, council: CouncilState): Promise<Map<string, RoomState>> {
  const rooms = await Promise.all(council.meetings.map((m) => registry.get(m.roomId)));
  const states = new Map<string, RoomState>();
  for (const room of rooms) if (room) states.set(room.current.roomId, room.current);
  return states;
}
