/** Commands on the floor name the turn they were meant for; a turn that changed refuses them as stale. */
import { describe, expect, it } from 'vitest';
import { apply } from '../room/apply.js';
import { emptyState } from '../model/state.js';
import type { RoomEvent } from '../model/events.js';
import { servingOrder } from './queuePolicy.js';
import { chairAnaBo } from '../testing/roomHarness.js';

function withTwoWaiting() {
  const setup = chairAnaBo();
  const { room, host, ana, bo } = setup;
  room.must(host, { type: 'rules.set', maxTurnsPerItem: 1 });
  room.must(ana, { type: 'queue.raise' });
  room.must(bo, { type: 'queue.raise' });
  void host;
  return setup;
}

describe('turn ids', () => {
  it('names each turn by the seq of its speaker.started, in the event and in the state', () => {
    const { room, host, ana } = withTwoWaiting();
    const { events } = room.run(host, { type: 'queue.next', turnId: null });
    const started = events.find((e) => e.type === 'speaker.started');
    expect(started).toMatchObject({ memberId: ana.memberId, turnId: started?.seq });
    expect(room.state.speaker?.turnId).toBe(started?.seq);

    // The next turn (which ends this one first) gets its own id: the seq after the speaker.ended.
    const next = room.run(host, { type: 'queue.next', turnId: started!.seq }).events;
    expect(next.map((e) => e.type)).toEqual(['speaker.ended', 'speaker.started']);
    expect(room.state.speaker?.turnId).toBe(next[1]!.seq);
  });

  it('refuses a second "Next" for the turn that already ended, and changes nothing', () => {
    const { room, host, ana, bo } = withTwoWaiting();
    room.must(host, { type: 'queue.next', turnId: null });
    const seen = room.state.speaker!.turnId;
    // Two consoles saw Ana's turn; the first "Next" gives Bo the floor.
    room.must(host, { type: 'queue.next', turnId: seen });
    const { decision } = room.run(host, { type: 'queue.next', turnId: seen });
    expect(decision).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'queue.stale' } });
    expect(room.state.speaker?.memberId).toBe(bo.memberId);
    // Nobody waiting, nobody skipped: Ana spoke once, Bo is still speaking.
    expect(room.state.turns.map((t) => t.memberId)).toEqual([ana.memberId]);
  });

  it('refuses "Next" sent by someone who saw nobody speaking once someone is', () => {
    const { room, host } = withTwoWaiting();
    room.must(host, { type: 'queue.next', turnId: null });
    expect(room.refusal(host, { type: 'queue.next', turnId: null })).toBe('conflict');
  });

  it('refuses end, pause, resume and extend for a turn that is no longer current', () => {
    const { room, host, bo } = withTwoWaiting();
    room.must(host, { type: 'queue.next' });
    const first = room.state.speaker!.turnId;
    // "End turn" from one console after "Next" from another would have ended Bo's fresh turn.
    room.must(host, { type: 'queue.next', turnId: first });
    for (const command of [
      { type: 'speaker.end', turnId: first },
      { type: 'speaker.pause', turnId: first },
      { type: 'speaker.extend', seconds: 30, turnId: first },
    ] as const) {
      expect(room.refusal(host, command)).toBe('conflict');
    }
    const current = room.state.speaker!.turnId;
    room.must(host, { type: 'speaker.pause', turnId: current });
    expect(room.refusal(host, { type: 'speaker.resume', turnId: first })).toBe('conflict');
    room.must(host, { type: 'speaker.resume', turnId: current });
    room.must(bo, { type: 'speaker.end', turnId: current });
    expect(room.refusal(host, { type: 'speaker.end', turnId: current })).toBe('conflict');
  });

  it('still takes commands without a turn id (older clients)', () => {
    const { room, host } = withTwoWaiting();
    room.must(host, { type: 'queue.next' });
    room.must(host, { type: 'speaker.pause' });
    room.must(host, { type: 'queue.next' });
    room.must(host, { type: 'speaker.end' });
  });

  it('folds a history from before turn ids: the turn is named by its event seq', () => {
    const events: RoomEvent[] = [
      { type: 'room.created', roomId: 'r1', title: 'Old room', locale: 'en', seq: 1, at: 1, actor: null },
      {
        type: 'speaker.started',
        memberId: 'm1',
        itemId: null,
        kind: 'speak',
        limitSec: null,
        seq: 2,
        at: 2,
        actor: null,
      },
    ];
    expect(events.reduce(apply, emptyState('r1')).speaker?.turnId).toBe(2);
  });
});

describe('a queue that moved', () => {
  it('refuses a move computed from another order, and applies one from the current order', () => {
    const { room, host, ana, bo } = withTwoWaiting();
    const bosPlace = room.state.queue.findIndex((e) => e.memberId === bo.memberId);
    room.must(ana, { type: 'queue.lower' });
    // The host moves Bo up from where it saw him; the queue changed under it.
    const stale = { type: 'queue.move', memberId: bo.memberId!, position: 0, fromPosition: bosPlace } as const;
    expect(room.run(host, stale).decision).toMatchObject({ ok: false, error: { reason: 'queue.stale' } });
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.move', memberId: ana.memberId!, position: 0, fromPosition: 1 });
    expect(room.state.queue.map((e) => e.memberId)).toEqual([ana.memberId, bo.memberId]);
  });
});

describe('changing a raised hand', () => {
  it('keeps the place in the queue: a reply stays ahead of later replies, a speaker of later speakers', () => {
    const { room, host, ana, bo } = chairAnaBo();
    const chair = host;
    room.must(ana, { type: 'queue.raise' });
    room.must(bo, { type: 'queue.raise', kind: 'reply' });
    room.must(chair, { type: 'queue.raise' });
    const raisedAt = room.state.queue[0]!.raisedAt;
    room.tick(5_000);
    const { events } = room.run(ana, { type: 'queue.raise', kind: 'reply' });
    expect(events.map((e) => e.type)).toEqual(['queue.kindChanged']);
    expect(room.state.queue[0]).toEqual({ memberId: ana.memberId, kind: 'reply', raisedAt });
    expect(servingOrder(room.state).map((e) => e.memberId)).toEqual([ana.memberId, bo.memberId, chair.memberId]);

    // Back to speaking: still first among the speakers, never behind someone who raised later.
    room.must(ana, { type: 'queue.raise', kind: 'speak' });
    expect(servingOrder(room.state).map((e) => e.memberId)).toEqual([bo.memberId, ana.memberId, chair.memberId]);
    expect(room.refusal(ana, { type: 'queue.raise', kind: 'speak' })).toBe('conflict');
  });

  it('refuses a kind the rules do not allow, keeping the hand as it was', () => {
    const { room, host, ana } = chairAnaBo();
    room.must(host, { type: 'rules.set', pointsOfOrder: false });
    room.must(ana, { type: 'queue.raise' });
    expect(room.refusal(ana, { type: 'queue.raise', kind: 'pointOfOrder' })).toBe('conflict');
    expect(room.state.queue).toMatchObject([{ memberId: ana.memberId, kind: 'speak' }]);
  });
});
