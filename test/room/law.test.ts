/**
 * The law's thresholds over Socket.IO (issue 24): presets with their legal source, attendance (the
 * hall's headcount with its time, departures marked by the host), rounds decided over the people
 * present or all eligible and keeping the attendance they used, a topic's category, and the record
 * (notice and minutes) that says it. Real server, real clients.
 */
import type { EventOf, Notice, RoomState } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, ok, type TestClient, openRoom, activeItem } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

// A phone that stays is present soon (issue 30: a member who joined counts once they take part).
const suite = serverSuite({ server: { limits: { presentAfterMs: 50 } } });

const refusal = (ack: Awaited<ReturnType<TestClient['command']>>) => (ack.ok ? null : ack.error.reason);

async function meeting(locale = 'zh-CN') {
  const { room, join } = await openRoom(suite.url, '东巷停车', locale);
  const host = await join(room.tokens.host, { name: '张主任', presence: 'in_room' });
  const ana = await join(room.tokens.participant, { name: 'Ana' });
  const observer = await join(room.tokens.observer);
  const anaId = ana.welcome.you.memberId!;
  // Arrived before the observer's welcome (in its state), or after it (an event): welcomes leave no gap.
  if ((observer.welcome.state as RoomState).members[anaId]?.arrivedAt === null)
    await observer.waitForEvent((e) => e.type === 'member.arrived' && e.memberId === anaId);
  const draft = (itemId: string, text: string) =>
    writeDraft(suite.url, room.roomId, room.tokens.participant, itemId, text);
  const closed = async (roundId: string) =>
    (await observer.waitForEvent(
      (e) => e.type === 'consensus.closed' && e.roundId === roundId,
    )) as EventOf<'consensus.closed'>;
  return { room, host, ana, observer, draft, closed, all: [host, ana, observer] };
}

describe('presets and attendance over the wire', () => {
  it('村民会议: 120 entitled, 61 present, 21 of 40 responses support it: not adopted, and the round keeps 61', async () => {
    const { room, host, ana, observer, draft, closed, all } = await meeting();
    await ok(host, { type: 'rules.set', preset: 'villagersMeeting', eligibleCount: 120 });
    const rulesSet = (await observer.waitForEvent((e) => e.type === 'rules.set')) as EventOf<'rules.set'>;
    expect(rulesSet.rules).toMatchObject({
      preset: 'villagersMeeting',
      quorum: { share: 0.5, moreThan: true },
      quorumOf: 'present',
      decisionRule: 'majority',
      majorityOf: 'present',
    });
    // The host, Ana (both joined) and 59 counted in the hall: 61 present.
    await ok(host, { type: 'attendance.setHeadcount', count: 59 });
    const counted = (await observer.waitForEvent(
      (e) => e.type === 'attendance.headcountSet',
    )) as EventOf<'attendance.headcountSet'>;
    expect(counted).toMatchObject({ count: 59, at: expect.any(Number) });
    expect(refusal(await ana.command({ type: 'attendance.setHeadcount', count: 3 }))).toBe('role.hostOnly');

    const itemId = await activeItem(host, '东巷单行');
    await draft(itemId, '东巷改为单行。');
    const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
    const opened = (await observer.waitForEvent((e) => e.type === 'consensus.opened')) as EventOf<'consensus.opened'>;
    expect(opened).toMatchObject({ preset: 'villagersMeeting', quorumOf: 'present', majorityOf: 'present' });
    await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
    await ok(host, { type: 'consensus.tally', roundId, counts: { '4': 20, '2': 19 } });
    await ok(host, { type: 'consensus.close', roundId });
    expect(await closed(roundId)).toMatchObject({
      outcome: 'not_adopted',
      counts: [0, 0, 19, 0, 21, 0],
      attendance: { members: 2, headcount: 59, present: 61 },
    });
    // A later count changes the room's figure, not the closed round's.
    await ok(host, { type: 'attendance.setHeadcount', count: 80 });
    const late = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    const state = late.welcome.state as RoomState;
    expect(state.headcount.count).toBe(80);
    expect(state.rounds[roundId]!.result?.attendance).toEqual({ members: 2, headcount: 59, present: 61 });
    for (const c of [...all, late]) c.close();
  });

  it('the host marks a departure; a preset’s rule changed by hand is refused beside the preset, custom without it', async () => {
    const { host, ana, observer, all } = await meeting('en');
    await ok(host, { type: 'attendance.markDeparted', memberId: ana.welcome.you.memberId });
    await observer.waitForEvent((e) => e.type === 'member.departed');
    expect(refusal(await host.command({ type: 'attendance.markDeparted', memberId: ana.welcome.you.memberId }))).toBe(
      'attendance.departedAlready',
    );
    await ok(host, { type: 'attendance.markReturned', memberId: ana.welcome.you.memberId });
    await observer.waitForEvent((e) => e.type === 'member.returned');

    expect(refusal(await host.command({ type: 'rules.set', preset: 'villagersMeeting' }))).toBe(
      'rules.quorumNeedsEligible',
    );
    const fixed = await host.command({
      type: 'rules.set',
      preset: 'landContracting',
      eligibleCount: 90,
      majorityOf: 'present',
    });
    expect(fixed).toMatchObject({
      ok: false,
      error: { code: 'invalid', reason: 'rules.presetFixes', params: { rule: 'majorityOf' } },
    });
    expect(refusal(await host.command({ type: 'rules.set', preset: 'parliament' }))).toBe('command.invalid');
    await ok(host, { type: 'rules.set', preset: 'landContracting', eligibleCount: 90 });
    await ok(host, { type: 'rules.set', decisionRule: 'majority' });
    const last = (await observer.waitForEvent(
      (e) => e.type === 'rules.set' && e.rules.decisionRule === 'majority',
    )) as EventOf<'rules.set'>;
    expect(last.rules.preset).toBe('custom');
    for (const c of all) c.close();
  });

  it('a land-contracting topic takes two thirds of all eligible; the notice and the minutes prove the round', async () => {
    const { room, host, ana, draft, closed, all } = await meeting();
    await ok(host, { type: 'rules.set', preset: 'villagersMeeting', eligibleCount: 90 });
    await ok(host, { type: 'attendance.setHeadcount', count: 68 }); // 70 present
    const itemId = (await ok(host, { type: 'agenda.propose', title: '土地承包方案', category: 'landContracting' }))!;
    await ok(host, { type: 'agenda.update', itemId, category: 'landContracting', description: '二〇二七年' });
    await ok(host, { type: 'agenda.activate', itemId });
    await draft(itemId, '第一条 承包期三十年。');
    const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
    await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
    await ok(host, { type: 'consensus.tally', roundId, counts: { '4': 47, '2': 22 } });
    await ok(host, { type: 'consensus.close', roundId });
    // More than half of the 70 present, but not two thirds of the 90: not adopted.
    expect(await closed(roundId)).toMatchObject({ outcome: 'not_adopted' });
    await ok(host, { type: 'decision.record', roundId, statement: '方案未获通过。' });
    await ok(host, { type: 'notice.publish' });

    const notice = (await (await fetch(`${suite.url}/api/rooms/${room.roomId}/notice`)).json()) as Notice;
    expect(notice.rounds).toEqual([
      expect.objectContaining({
        itemTitle: '土地承包方案',
        preset: 'landContracting',
        rule: 'supermajority',
        eligibleCount: 90,
        attendance: { members: 2, headcount: 68, present: 70 },
        share: { of: 'eligible', denominator: 90, needed: 60, inFavour: 48 },
        outcome: 'not_adopted',
        textHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    const minutes = await fetch(`${suite.url}/api/rooms/${room.roomId}/minutes.md`, {
      headers: { authorization: `Bearer ${room.tokens.host}` },
    });
    const md = await minutes.text();
    expect(md).toContain('《农村土地承包法》第十九条');
    expect(md).toContain('应到 90 人 · 实到 70 人（在场或在线成员 2 人，会场清点 68 人）');
    expect(md).toContain('同意 48 票，未达应到 90 人的三分之二（需 60 票）');
    for (const c of all) c.close();
  });
});
