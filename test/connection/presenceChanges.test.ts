/**
 * Presence on the wire: a connection's first `presence` is the whole list, the next ones what
 * changed (`{ joined, left, observers }`); folded with `applyPresence`, every connection, early or
 * late, holds who is online now.
 */
import { applyPresence, PROTOCOL_VERSION, type PresenceChange, type PresenceMessage } from '@dr/shared';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { connect, connectRaw, createRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

/** A raw connection that keeps every presence message and the list they fold to. */
function watch(auth: Record<string, unknown>) {
  const socket: Socket = connectRaw(suite.url, { protocolVersion: PROTOCOL_VERSION, ...auth });
  const messages: (PresenceMessage | PresenceChange)[] = [];
  let held: PresenceMessage | null = null;
  socket.on('presence', (message: PresenceMessage | PresenceChange) => {
    messages.push(message);
    held = applyPresence(held, message);
  });
  return { socket, messages, held: () => held };
}

describe('presence as changes', () => {
  it('sends each connection the whole list first, then what changed', async () => {
    const room = await createRoom(suite.url);
    const early = watch({ roomId: room.roomId, token: room.tokens.observer });
    await expect.poll(() => early.held()).toEqual({ online: [], observers: 1 });
    const ana = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    const anaId = ana.welcome.you.memberId!;
    await expect.poll(() => early.held()).toEqual({ online: [anaId], observers: 1 });

    const late = watch({ roomId: room.roomId, token: room.tokens.observer });
    await expect.poll(() => late.held()).toEqual({ online: [anaId], observers: 2 });
    ana.close();
    for (const client of [early, late]) await expect.poll(() => client.held()).toEqual({ online: [], observers: 2 });

    expect(early.messages[0]).toHaveProperty('online');
    expect(late.messages[0]).toEqual({ online: [anaId], observers: expect.any(Number) });
    for (const client of [early, late]) {
      expect(client.messages.slice(1).every((m) => 'joined' in m && !('online' in m))).toBe(true);
    }
    expect(late.messages.at(-1)).toEqual({ joined: [], left: [anaId], observers: 2 });
    early.socket.close();
    late.socket.close();
  });
});
