/** A whole agenda run through the real server by real clients: 五定 and 六步 end to end. */
import type { RoomEvent } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, createRoom, type TestClient, ok, openRoom } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

describe('a meeting from agenda to turns', () => {
  it('collects topics, sets the agenda and rules, and gives the floor fairly', async () => {
    const { room, join } = await openRoom(suite.url, 'East lane parking', 'zh-CN');
    const host = await join(room.tokens.host, { name: 'Chair Zhang', presence: 'in_room' });
    const remote = await join(room.tokens.participant, { name: 'Ana', presence: 'remote' });
    const inRoom = await join(room.tokens.participant, { name: 'Bo', presence: 'in_room' });
    const observer = await join(room.tokens.observer);

    // 定议题: topics come from below and gather support.
    const parking = await ok(remote, { type: 'agenda.propose', title: 'Parking on the east lane' });
    const lights = await ok(inRoom, { type: 'agenda.propose', title: 'Courtyard lights' });
    await ok(inRoom, { type: 'agenda.support', itemId: parking });
    await ok(host, { type: 'agenda.addFact', itemId: parking, text: '42 cars, 30 spaces', source: 'Committee survey' });

    // 定议程 · 定会纪 · 定主事
    await ok(host, { type: 'agenda.schedule', itemId: lights });
    await ok(host, { type: 'agenda.schedule', itemId: parking, position: 0 });
    await ok(host, { type: 'rules.set', queuePolicy: 'alternate', speakingLimitSec: 90 });
    await ok(host, { type: 'room.setPhase', phase: 'in_session' });
    await ok(host, { type: 'agenda.activate', itemId: parking });

    // Someone without a phone is added by the host, who raises a hand for them.
    const elder = await ok(host, { type: 'member.addInRoom', name: 'Grandpa Liu', group: '村民' });
    await ok(remote, { type: 'queue.raise' });
    await ok(host, { type: 'queue.raise', memberId: elder });
    await ok(inRoom, { type: 'queue.raise' });

    const started = (memberId: string | undefined) => (e: RoomEvent) =>
      e.type === 'speaker.started' && e.memberId === memberId;
    await ok(host, { type: 'queue.next' });
    await observer.waitForEvent(started(remote.welcome.you.memberId));
    await ok(host, { type: 'queue.next' }); // alternate: an in-room speaker follows a remote one
    await observer.waitForEvent(started(elder));
    await ok(host, { type: 'speaker.pause' });
    await ok(host, { type: 'speaker.resume' });
    await ok(host, { type: 'speaker.extend', seconds: 30 });
    await ok(host, { type: 'queue.next' });
    await observer.waitForEvent(started(inRoom.welcome.you.memberId));
    await ok(inRoom, { type: 'speaker.end' });

    // Everyone folds the same events into the same state: check it through a fresh observer.
    const late = await join(room.tokens.observer);
    const state = late.welcome.state;
    expect(state.phase).toBe('in_session');
    expect(state.agenda).toEqual([parking, lights]);
    expect(state.activeItemId).toBe(parking);
    expect(state.items[parking!]).toMatchObject({ step: 'deliberating', supporters: [inRoom.welcome.you.memberId] });
    expect(state.items[parking!]!.facts[0]).toMatchObject({ text: '42 cars, 30 spaces', source: 'Committee survey' });
    expect(state.rules).toMatchObject({ queuePolicy: 'alternate', speakingLimitSec: 90 });
    expect(state.turns.map((t) => t.memberId)).toEqual([
      remote.welcome.you.memberId,
      elder,
      inRoom.welcome.you.memberId,
    ]);
    expect(state.speaker).toBeNull();
    expect(state.members[elder!]).toMatchObject({
      name: 'Grandpa Liu',
      proxy: true,
      presence: 'in_room',
      group: '村民',
    });

    for (const c of [host, remote, inRoom, observer, late]) c.close();
  });

  it('answers bad input with the documented codes', async () => {
    const room = await createRoom(suite.url);
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const ana = await connect(suite.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    const expectations: [TestClient, Record<string, unknown>, string][] = [
      [host, { type: 'agenda.activate', itemId: 'i404' }, 'not_found'],
      [host, { type: 'queue.raise', memberId: 'm404' }, 'not_found'],
      [ana, { type: 'agenda.schedule', itemId: 'i1' }, 'forbidden'],
      [ana, { type: 'room.setPhase', phase: 'in_session' }, 'forbidden'],
      [host, { type: 'rules.set', queuePolicy: 'loudestFirst' }, 'invalid'],
      [ana, { type: 'queue.raise', kind: 'shout' }, 'invalid'],
      [host, { type: 'room.setPhase', phase: 'party' }, 'invalid'],
      [host, { type: 'queue.next' }, 'conflict'],
    ];
    for (const [client, command, code] of expectations) {
      expect(await client.command(command), JSON.stringify(command)).toMatchObject({ ok: false, error: { code } });
    }
    const empty = await host.command({ type: 'queue.next' });
    expect(empty).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Nobody is waiting to speak.', reason: 'queue.empty', locale: 'en' },
    });
    host.close();
    ana.close();
  });
});
