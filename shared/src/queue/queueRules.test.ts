import { describe, expect, it } from 'vitest';
import { refusalText } from '../core/refusals.js';
import { speakerClock } from './speakerClock.js';
import { chairAnaBo } from '../testing/roomHarness.js';

const setup = () => chairAnaBo();

describe('queue rules', () => {
  it('lets only the host raise or lower a hand for someone else', () => {
    const { room, host, ana, bo } = setup();
    expect(room.refusal(ana, { type: 'queue.raise', memberId: bo.memberId! })).toBe('forbidden');
    room.must(host, { type: 'queue.raise', memberId: bo.memberId! });
    expect(room.refusal(ana, { type: 'queue.lower', memberId: bo.memberId! })).toBe('forbidden');
    room.must(host, { type: 'queue.lower', memberId: bo.memberId! });
    expect(room.refusal(host, { type: 'queue.raise', memberId: 'm404' })).toBe('not_found');
  });

  it('refuses points of order when the rules do not allow them', () => {
    const { room, host, ana } = setup();
    room.must(host, { type: 'rules.set', pointsOfOrder: false });
    expect(room.refusal(ana, { type: 'queue.raise', kind: 'pointOfOrder' })).toBe('conflict');
  });

  it('caps turns per member on an item when the rules say so', () => {
    const { room, host, ana } = setup();
    room.must(host, { type: 'rules.set', maxTurnsPerItem: 1 });
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' });
    room.must(host, { type: 'speaker.end' });
    expect(room.refusal(ana, { type: 'queue.raise' })).toBe('conflict');
  });

  it("refuses next on an empty queue with a reason for people (said at the server's edge)", () => {
    const { room, host } = setup();
    const { decision } = room.run(host, { type: 'queue.next' });
    expect(decision).toEqual({ ok: false, error: { code: 'conflict', message: 'queue.empty', reason: 'queue.empty' } });
    expect(refusalText('queue.empty', 'en')).toBe('Nobody is waiting to speak.');
  });

  it('emits speaker.started with the memberId, the hand kind and the time limit', () => {
    const { room, host, ana } = setup();
    room.must(ana, { type: 'queue.raise', kind: 'reply' });
    const { events } = room.run(host, { type: 'queue.next' });
    expect(events[0]).toMatchObject({ type: 'speaker.started', memberId: ana.memberId, kind: 'reply', limitSec: 120 });
  });
});

describe('the speaker clock', () => {
  it('counts down from the limit, stops while paused, and grows with extensions', () => {
    const { room, host, ana } = setup();
    room.must(host, { type: 'rules.set', speakingLimitSec: 60 });
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' });
    const start = room.state.speaker!.startedAt;
    expect(speakerClock(room.state.speaker!, start + 20_000)).toMatchObject({ remainingMs: 40_000, overtime: false });

    room.tick(20_000);
    room.must(host, { type: 'speaker.pause' });
    expect(speakerClock(room.state.speaker!, start + 500_000)).toMatchObject({ elapsedMs: 20_000, paused: true });
    room.tick(100_000);
    room.must(host, { type: 'speaker.resume' });
    room.must(host, { type: 'speaker.extend', seconds: 30 });
    const resumedAt = start + 120_000;
    expect(speakerClock(room.state.speaker!, resumedAt + 80_000)).toMatchObject({
      elapsedMs: 100_000,
      remainingMs: -10_000,
      overtime: true,
      paused: false,
    });
  });

  it('records the time spoken, without pauses, when the turn ends', () => {
    const { room, host, ana } = setup();
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' });
    room.tick(10_000);
    room.must(host, { type: 'speaker.pause' });
    room.tick(50_000);
    room.must(host, { type: 'speaker.resume' });
    room.tick(5_000);
    room.must(ana, { type: 'speaker.end' }); // the speaker yields the floor
    expect(room.state.turns).toEqual([expect.objectContaining({ memberId: ana.memberId, spokenMs: 15_000 })]);
    expect(room.state.speaker).toBeNull();
  });

  it('ends the turn in progress when the meeting is adjourned', () => {
    const { room, host, ana } = setup();
    room.must(host, { type: 'room.setPhase', phase: 'in_session' });
    room.must(ana, { type: 'queue.raise' });
    room.must(host, { type: 'queue.next' });
    room.must(host, { type: 'room.setPhase', phase: 'adjourned' });
    expect(room.state.speaker).toBeNull();
    expect(room.state.turns).toHaveLength(1);
  });
});
