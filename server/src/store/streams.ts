/**
 * The names of the event log's streams. A room's stream is its room id; councils and offices keep
 * their events in the same log under ids with a prefix a room id never has (room ids are base64url:
 * no colon). Every room door parses a room id and asks `isRoomId`, so no council stream is ever
 * loaded as a room.
 */
export const councilStream = (councilId: string): string => `council:${councilId}`;
export const officeStream = (officeId: string): string => `office:${officeId}`;

/** Whether `id` can name a room (and not a council's or an office's stream). */
export function isRoomId(id: string): boolean {
  return !id.includes(':');
}
/** A matter's stream (issue 29): its own aggregate, carried through several councils' meetings. */
export const matterStream = (matterId: string): string => `matter:${matterId}`;
