/** Durability: what the server acknowledged is still there after a restart with the same data dir. */
import { describe, expect, it } from 'vitest';
import { connect, createRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite({ server: false });

describe('restart', () => {
  it('keeps rooms, members and events, and a member rejoins as itself', async () => {
    const first = await suite.startServer();
    const room = await createRoom(first.url, 'Village road meeting', 'en');
    const ana = await connect(first.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    const { memberId, memberSecret } = ana.welcome.you;
    const proposed = await ana.command({ type: 'agenda.propose', title: 'Widen the bridge' });
    await ana.command({ type: 'queue.raise' });
    ana.close();
    await first.stop();

    const second = await suite.startServer(first.dataDir);
    const back = await connect(second.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId,
      memberSecret,
    });
    expect(back.welcome.you).toEqual({ role: 'participant', memberId });
    const state = back.welcome.state;
    expect(state.title).toBe('Village road meeting');
    expect(state.members[memberId!]?.name).toBe('Ana');
    expect(state.items[proposed.ok ? proposed.id! : '']?.title).toBe('Widen the bridge');
    expect(state.queue.map((e) => e.memberId)).toEqual([memberId]);
    expect(await back.command({ type: 'queue.raise' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    back.close();
    await second.stop({ removeData: true });
  });
});
