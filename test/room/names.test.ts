/** Names and titles are normalised at every door of the real server: room creation, joining, commands. */
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, connectError, createRoom, ok, type CreatedRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;

beforeAll(async () => {
  room = await createRoom(suite.url, ' \u202ECafe\u0301 council\u200B ', 'en');
});

describe('names and titles', () => {
  it('a room title is stored normalised, and one with nothing visible is refused', async () => {
    const summary = (await (await fetch(`${suite.url}/api/rooms/${room.roomId}`)).json()) as { title: string };
    expect(summary.title).toBe('Caf\u00E9 council');
    for (const title of ['\u200B', '\u202E\u202C', '\u0000\u0000']) {
      const res = await fetch(`${suite.url}/api/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      expect(res.status, JSON.stringify(title)).toBe(400);
    }
  });

  it('a member joins under the normalised name; a name of invisible characters is refused', async () => {
    const ana = await connect(suite.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      name: '\u2067Jose\u0301\u2069\u0007',
    });
    const me = ana.welcome.state.members[ana.welcome.you.memberId!];
    expect(me?.name).toBe('Jos\u00E9');
    expect(
      await connectError(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: '\u200B\u200B' }),
    ).toMatchObject({ code: 'invalid', reason: 'room.nameNeeded' });

    const itemId = await ok(ana, { type: 'agenda.propose', title: 'Bus\u202E stop\n' });
    const proposed = await ana.waitForEvent((e) => e.type === 'agenda.proposed');
    expect(proposed).toMatchObject({ itemId, title: 'Bus stop' });
    expect(await ana.command({ type: 'agenda.propose', title: '\u200B' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    ana.close();
  });
});
