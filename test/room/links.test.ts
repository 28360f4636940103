/** Links for hosts: showing them again, the short join address, and rotating a leaked link. */
import { describe, expect, it } from 'vitest';
import { connect, connectError, createRoom, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

const links = (room: CreatedRoom, token?: string) =>
  fetch(`${suite.url}/api/rooms/${room.roomId}/links`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('room links', () => {
  it('shows the links again to the host only', async () => {
    const room = await createRoom(suite.url);
    expect((await links(room)).status).toBe(401);
    expect((await links(room, room.tokens.participant)).status).toBe(403);
    const res = await links(room, room.tokens.host);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ...room.links, joinCode: room.joinCode, shortUrl: room.shortUrl });
    expect((await fetch(`${suite.url}/api/rooms/nope/links`)).status).toBe(404);
  });

  it('redirects the short address to the room, and lets the join code in as a participant', async () => {
    const room = await createRoom(suite.url);
    expect(room.shortUrl).toBe(`${suite.url}/j/${room.joinCode}`);
    const typed = `${room.joinCode.slice(0, 4).toLowerCase()}-${room.joinCode.slice(4)}`;
    const res = await fetch(`${suite.url}/j/${typed}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/r/${room.roomId}#t=${room.joinCode}`);
    expect((await fetch(`${suite.url}/j/NOPE2345`, { redirect: 'manual' })).status).not.toBe(302);

    const ana = await connect(suite.url, { roomId: room.roomId, token: room.joinCode, name: 'Ana' });
    expect(ana.welcome.you.role).toBe('participant');
    ana.close();
  });

  it('rotates a link: the old one stops working and its connections are closed', async () => {
    const room = await createRoom(suite.url);
    const ana = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    const watcher = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    const closed = new Promise((resolve) => ana.socket.once('disconnect', resolve));

    const res = await fetch(`${suite.url}/api/rooms/${room.roomId}/links/participant/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${room.tokens.host}` },
    });
    expect(res.status).toBe(200);
    const rotated = (await res.json()) as { participant: string; joinCode: string; observer: string };
    expect(rotated.participant).not.toBe(room.links.participant);
    expect(rotated.joinCode).not.toBe(room.joinCode);
    expect(rotated.observer).toBe(room.links.observer);
    await closed;
    expect(watcher.socket.connected).toBe(true);

    expect(
      await connectError(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'X' }),
    ).toMatchObject({
      code: 'bad_token',
    });
    expect(await connectError(suite.url, { roomId: room.roomId, token: room.joinCode, name: 'X' })).toMatchObject({
      code: 'bad_token',
    });
    const newToken = rotated.participant.split('#t=')[1]!;
    const back = await connect(suite.url, { roomId: room.roomId, token: newToken, name: 'Ana again' });
    expect(back.welcome.you.role).toBe('participant');
    back.close();
    watcher.close();
  });

  it('refuses to rotate an unknown role or without the host token', async () => {
    const room = await createRoom(suite.url);
    const rotate = (role: string, token: string) =>
      fetch(`${suite.url}/api/rooms/${room.roomId}/links/${role}/rotate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await rotate('admin', room.tokens.host)).status).toBe(400);
    expect((await rotate('observer', room.tokens.observer)).status).toBe(403);
  });
});
