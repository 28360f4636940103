/**
 * Households (户) and written proxies (委托) with real clients: one household one vote, refused with
 * its reason in both languages; a proxy granted from a phone and recorded by the host from paper,
 * the holder voting "for A", the principal taking the vote back, every refusal with its reason.
 */
import { refusalText, type CommandAck } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, ok, type TestClient, openRoom, activeItem } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

/** A room with a host and `names` on phones, a topic with a draft: the clients and the item. */
async function meeting(names: string[]) {
  const { room, join } = await openRoom(suite.url, 'Village meeting', 'zh-CN');
  const host = await join(room.tokens.host, { name: 'Chair' });
  const phones: TestClient[] = [];
  for (const name of names) phones.push(await join(room.tokens.participant, { name }));
  const itemId = await activeItem(host, 'The well');
  await writeDraft(suite.url, room.roomId, room.tokens.participant, itemId, 'The well is cleaned every spring.');
  const observer = await join(room.tokens.observer);
  return { room, host, phones, observer, itemId, close: () => [host, observer, ...phones].forEach((c) => c.close()) };
}

const idOf = (c: TestClient) => c.welcome.you.memberId!;
const refused = (ack: CommandAck) => (ack.ok ? undefined : ack.error);

describe('households (户)', () => {
  it('one household votes once, and the quorum of attendance counts households', async () => {
    const m = await meeting(['Ana', 'Bo', 'Cai']);
    const [ana, bo, cai] = m.phones as [TestClient, TestClient, TestClient];
    await ok(m.host, { type: 'member.setHousehold', memberId: idOf(ana), household: '3号' });
    await ok(m.host, { type: 'member.setHousehold', memberId: idOf(bo), household: '3号' });
    await ok(m.host, { type: 'member.setHousehold', memberId: idOf(cai), household: '5号' });
    await ok(m.host, { type: 'rules.set', eligibleCount: { count: 3, unit: 'households' }, quorumOf: 'present' });
    const roundId = (await ok(m.host, { type: 'consensus.open', itemId: m.itemId }))!;
    await ok(ana, { type: 'consensus.vote', roundId, level: 5 });
    const second = refused(await bo.command({ type: 'consensus.vote', roundId, level: 0, reason: 'No' }));
    expect(second).toMatchObject({ code: 'conflict', reason: 'round.householdVoted', params: { household: '3号' } });
    expect(second!.message).toContain('one household, one vote');
    expect(refusalText('round.householdVoted', 'zh-CN', { household: '3号' })).toContain('一户一票');
    await ok(cai, { type: 'consensus.vote', roundId, level: 4 });
    await ok(m.host, { type: 'consensus.close', roundId });
    const closed = await m.observer.waitForEvent((e) => e.type === 'consensus.closed');
    // The chair (no household) counts alone: 3号, 5号 and the chair are three households present.
    expect(closed).toMatchObject({ counts: [0, 0, 0, 0, 1, 1], attendance: { members: 3, present: 3 } });
    expect(m.observer.received.find((e) => e.type === 'member.householdSet')).toMatchObject({ household: '3号' });
    m.close();
  });
});

describe('written proxies (委托)', () => {
  it('are off by default; a member gives theirs from the phone, the holder votes for them while they are away', async () => {
    const m = await meeting(['Ana', 'Bo']);
    const [ana, bo] = m.phones as [TestClient, TestClient];
    const grant = { type: 'proxy.grant', principalId: idOf(ana), holderId: idOf(bo) };
    expect(refused(await ana.command(grant))).toMatchObject({ code: 'conflict', reason: 'proxy.off' });
    await ok(m.host, { type: 'rules.set', proxies: true, maxProxiesPerHolder: 1 });
    const proxyId = await ok(ana, grant);
    expect(await m.observer.waitForEvent((e) => e.type === 'proxy.granted')).toMatchObject({
      proxyId,
      principalId: idOf(ana),
      holderId: idOf(bo),
      reference: null,
      actor: idOf(ana),
    });
    const roundId = (await ok(m.host, { type: 'consensus.open', itemId: m.itemId }))!;
    // Ana is present: she votes herself.
    const early = refused(await bo.command({ type: 'consensus.vote', roundId, level: 4, forMemberId: idOf(ana) }));
    expect(early).toMatchObject({ code: 'forbidden', reason: 'round.notHolder' });
    await ok(m.host, { type: 'attendance.markDeparted', memberId: idOf(ana) });
    const ballotId = await ok(bo, {
      type: 'consensus.vote',
      roundId,
      level: 1,
      reason: 'Too dear',
      forMemberId: idOf(ana),
    });
    expect(await m.observer.waitForEvent((e) => e.type === 'consensus.voted')).toMatchObject({
      ballotId,
      memberId: idOf(ana),
      castBy: idOf(bo),
    });
    await ok(m.host, { type: 'consensus.close', roundId });
    // "For Ana, by Bo" in the record of the round.
    expect(await m.observer.waitForEvent((e) => e.type === 'consensus.closed')).toMatchObject({
      counts: [0, 1, 0, 0, 0, 0],
      reasons: [{ level: 1, reason: 'Too dear', memberId: idOf(ana), castBy: idOf(bo) }],
    });
    m.close();
  });

  it('the host records a paper proxy with its reference; caps, chains, oneself and interests are refused with reasons', async () => {
    const m = await meeting(['Ana', 'Bo', 'Cai']);
    const [ana, bo, cai] = m.phones as [TestClient, TestClient, TestClient];
    await ok(m.host, { type: 'rules.set', proxies: true });
    const daiId = (await ok(m.host, { type: 'member.addInRoom', name: 'Dai' }))!;
    await ok(m.host, { type: 'attendance.markDeparted', memberId: daiId });
    await ok(m.host, { type: 'proxy.grant', principalId: daiId, holderId: idOf(bo), reference: 'WT-7' });
    const reason = async (client: TestClient, command: Record<string, unknown>) =>
      refused(await client.command(command))?.reason;
    expect(await reason(ana, { type: 'proxy.grant', principalId: idOf(ana), holderId: idOf(ana) })).toBe('proxy.self');
    expect(await reason(ana, { type: 'proxy.grant', principalId: idOf(ana), holderId: idOf(bo) })).toBe(
      'proxy.holderFull',
    );
    expect(await reason(bo, { type: 'proxy.grant', principalId: idOf(bo), holderId: idOf(cai) })).toBe('proxy.chain');
    expect(await reason(ana, { type: 'proxy.grant', principalId: daiId, holderId: idOf(cai) })).toBe(
      'role.hostForOthers',
    );
    await ok(cai, { type: 'interest.declare', itemId: m.itemId, note: 'My field' });
    expect(await reason(ana, { type: 'proxy.grant', principalId: idOf(ana), holderId: idOf(cai) })).toBe(
      'proxy.holderInterested',
    );
    for (const key of ['proxy.self', 'proxy.holderFull', 'proxy.chain', 'proxy.holderInterested'] as const) {
      expect(refusalText(key, 'zh-CN', { max: 1 })).toMatch(/[\u4e00-\u9fff]/);
      expect(refusalText(key, 'en', { max: 1 })).toMatch(/proxy|proxies|others/i);
    }
    // Dai comes back: she takes the vote back.
    const roundId = (await ok(m.host, { type: 'consensus.open', itemId: m.itemId }))!;
    await ok(bo, { type: 'consensus.vote', roundId, level: 5, forMemberId: daiId });
    await ok(m.host, { type: 'attendance.markReturned', memberId: daiId });
    expect(await reason(bo, { type: 'consensus.vote', roundId, level: 4, forMemberId: daiId })).toBe('round.notHolder');
    await ok(m.host, { type: 'proxy.revoke', principalId: daiId });
    expect(await reason(m.host, { type: 'proxy.revoke', principalId: daiId })).toBe('proxy.none');
    const late = await connect(suite.url, { roomId: m.room.roomId, token: m.room.tokens.observer });
    expect(Object.values(late.welcome.state.proxies)).toEqual([
      expect.objectContaining({
        principalId: daiId,
        holderId: idOf(bo),
        reference: 'WT-7',
        revokedAt: expect.any(Number),
      }),
    ]);
    late.close();
    m.close();
  });
});
