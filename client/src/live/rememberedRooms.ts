/**
 * The rooms this browser created, so reloading the start page does not lose their links. Kept in
 * this browser's localStorage only: the host link is the room's master key and never leaves it
 * (the server keeps only hashes). Parsed with the shared `CreatedRoom` schema on the way out.
 */
import { CreatedRoom } from '@dr/shared';

const KEY = 'dr:createdRooms';
/** Enough for an office setting up its villages; the oldest are forgotten first. */
const MAX_ROOMS = 50;

export type RememberedRoom = CreatedRoom & { title: string; createdAt: number };

function parseRoom(value: unknown): RememberedRoom | null {
  const room = CreatedRoom.safeParse(value);
  const { title, createdAt } = (value ?? {}) as Partial<RememberedRoom>;
  return room.success && typeof title === 'string' && typeof createdAt === 'number'
    ? { ...room.data, title, createdAt }
    : null;
}

export function rememberedRooms(): RememberedRoom[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.map(parseRoom).filter((r) => r !== null) : [];
  } catch {
    return [];
  }
}

function save(rooms: RememberedRoom[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(rooms.slice(0, MAX_ROOMS)));
  } catch {
    // Storage disabled or full: the links show once, as before.
  }
}

/** Newest first. */
export function rememberRoom(room: RememberedRoom): void {
  save([room, ...rememberedRooms().filter((r) => r.roomId !== room.roomId)]);
}

export function forgetRoom(roomId: string): void {
  save(rememberedRooms().filter((r) => r.roomId !== roomId));
}

/** After the host link is replaced: the remembered room opens with the new one. */
export function rememberHostLink(roomId: string, hostLink: string): void {
  const token = new URLSearchParams(new URL(hostLink).hash.slice(1)).get('t');
  save(
    rememberedRooms().map((r) =>
      r.roomId === roomId
        ? { ...r, links: { ...r.links, host: hostLink }, tokens: { ...r.tokens, host: token ?? r.tokens.host } }
        : r,
    ),
  );
}
