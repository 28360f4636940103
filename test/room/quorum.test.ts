/** Rounds with and without a quorum (定会纪), with real clients: phones and the room's count together. */
import type { EventOf } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { ok, openRoom, activeItem } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

async function meeting() {
  const { room, join } = await openRoom(suite.url, 'Village assembly', 'en');
  const host = await join(room.tokens.host, { name: 'Chair' });
  const ana = await join(room.tokens.participant, { name: 'Ana' });
  const bo = await join(room.tokens.participant, { name: 'Bo' });
  const observer = await join(room.tokens.observer);
  // Two people without a phone, whom the room's hand count covers.
  await ok(host, { type: 'member.addInRoom', name: 'Grandpa Li' });
  await ok(host, { type: 'member.addInRoom', name: 'Aunt Zhao' });
  const itemId = await activeItem(host, 'New well');
  await writeDraft(
    suite.url,
    room.roomId,
    room.tokens.participant,
    itemId,
    'The village digs a new well by the school.',
  );
  const closed = async () =>
    (await observer.waitForEvent((e) => e.type === 'consensus.closed')) as EventOf<'consensus.closed'>;
  return { host, ana, bo, observer, itemId, closed, all: [host, ana, bo, observer] };
}

describe('quorum', () => {
  it('a round below "more than half of 6" closes no_quorum, however much it is supported', async () => {
    const { host, ana, bo, itemId, closed, all } = await meeting();
    await ok(host, { type: 'rules.set', eligibleCount: 6, quorum: { share: 0.5, moreThan: true } });
    const roundId = await ok(host, { type: 'consensus.open', itemId });
    await ok(ana, { type: 'consensus.vote', roundId, level: 5 });
    await ok(bo, { type: 'consensus.vote', roundId, level: 5 });
    await ok(host, { type: 'consensus.tally', roundId, counts: { '5': 1 } });
    await ok(host, { type: 'consensus.close', roundId });
    expect(await closed()).toMatchObject({ outcome: 'no_quorum', counts: [0, 0, 0, 0, 0, 3] });
    // The decision can still be recorded, as not decided.
    await ok(host, { type: 'decision.record', roundId, statement: 'Not decided: no quorum.' });
    for (const c of all) c.close();
  });

  it('the same round with the quorum met (phones plus hands counted in the room) decides', async () => {
    const { host, ana, bo, itemId, closed, all } = await meeting();
    await ok(host, { type: 'rules.set', eligibleCount: 6, quorum: { share: 0.5, moreThan: true } });
    const roundId = await ok(host, { type: 'consensus.open', itemId });
    await ok(ana, { type: 'consensus.vote', roundId, level: 5 });
    await ok(bo, { type: 'consensus.vote', roundId, level: 4 });
    await ok(host, { type: 'consensus.tally', roundId, counts: { '3': 1, '5': 1 } });
    await ok(host, { type: 'consensus.close', roundId });
    expect(await closed()).toMatchObject({ outcome: 'adopted', counts: [0, 0, 0, 1, 1, 2] });
    for (const c of all) c.close();
  });

  it('without a quorum, one response decides, as before', async () => {
    const { host, ana, itemId, closed, all } = await meeting();
    const roundId = await ok(host, { type: 'consensus.open', itemId });
    await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
    await ok(host, { type: 'consensus.close', roundId });
    expect(await closed()).toMatchObject({ outcome: 'adopted' });
    for (const c of all) c.close();
  });

  it('a room count above the people marked in the room needs the host’s confirmation, which the round keeps', async () => {
    const { host, ana, observer, itemId, all } = await meeting();
    const roundId = await ok(host, { type: 'consensus.open', itemId });
    await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
    const refused = await host.command({ type: 'consensus.tally', roundId, counts: { '4': 2, '5': 1 } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'round.tallyAbovePresent', params: { count: 3, present: 2 } },
    });
    await ok(host, { type: 'consensus.tally', roundId, counts: { '4': 2, '5': 1 }, confirm: true });
    const tallied = (await observer.waitForEvent(
      (e) => e.type === 'consensus.tallied',
    )) as EventOf<'consensus.tallied'>;
    expect(tallied).toMatchObject({ counts: [0, 0, 0, 0, 2, 1], confirmedAbove: 2 });
    for (const c of all) c.close();
  });

  it('an unreachable quorum is refused with its reason', async () => {
    const { host, all } = await meeting();
    const ack = await host.command({ type: 'rules.set', quorum: { share: 0.5 } });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'rules.quorumNeedsEligible' } });
    for (const c of all) c.close();
  });
});
