import type { PresenceMessage, RoomEvent } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { RoomFanOut, type FanOutTimers } from './fanOut.js';
import type { RoomBroadcaster } from './session.js';

/** Timers the test fires by hand: `fire()` ends the open window. */
function handTimers() {
  let due: (() => void) | null = null;
  const timers: FanOutTimers = {
    setTimeout: (run) => {
      due = run;
      return run;
    },
    clearTimeout: (handle) => {
      if (due === handle) due = null;
    },
  };
  return {
    timers,
    get open() {
      return due !== null;
    },
    fire() {
      const run = due;
      due = null;
      run?.();
    },
  };
}

function recorder() {
  const sent: { events?: number[]; presence?: PresenceMessage }[] = [];
  const broadcaster: RoomBroadcaster = {
    events: (_roomId, events) => sent.push({ events: events.map((e) => e.seq) }),
    presence: (_roomId, presence) => sent.push({ presence }),
    revoke: () => undefined,
    removeMember: () => undefined,
  };
  return { sent, broadcaster };
}

const event = (seq: number) => ({ type: 'meeting.started', seq, at: 0, actor: null }) as unknown as RoomEvent;

describe('RoomFanOut', () => {
  it('sends a quiet room’s first event at once, then what follows within the window as one message', () => {
    const { sent, broadcaster } = recorder();
    const clock = handTimers();
    const fanOut = new RoomFanOut('r', broadcaster, 20, clock.timers);
    fanOut.sendEvents([event(1)]);
    expect(sent).toEqual([{ events: [1] }]);
    fanOut.sendEvents([event(2)]);
    fanOut.sendEvents([event(3), event(4)]);
    expect(sent).toHaveLength(1);
    clock.fire();
    expect(sent).toEqual([{ events: [1] }, { events: [2, 3, 4] }]);
    // The window reopened after that send; it closes with nothing held, and the room is quiet again.
    expect(clock.open).toBe(true);
    clock.fire();
    expect(clock.open).toBe(false);
    fanOut.sendEvents([event(5)]);
    expect(sent.at(-1)).toEqual({ events: [5] });
  });

  it('sends only the latest presence, computed when it goes out', () => {
    const { sent, broadcaster } = recorder();
    const clock = handTimers();
    const fanOut = new RoomFanOut('r', broadcaster, 20, clock.timers);
    let online = ['a'];
    fanOut.sendPresence(() => ({ online, observers: 0 }));
    for (const who of ['b', 'c', 'd']) {
      online = [...online, who];
      fanOut.sendPresence(() => ({ online, observers: 0 }));
    }
    clock.fire();
    expect(sent).toEqual([
      { presence: { online: ['a'], observers: 0 } },
      { presence: { online: ['a', 'b', 'c', 'd'], observers: 0 } },
    ]);
  });

  it('says when what it was handed has gone out', async () => {
    const { broadcaster } = recorder();
    const clock = handTimers();
    const fanOut = new RoomFanOut('r', broadcaster, 20, clock.timers);
    await fanOut.sent(); // nothing held
    fanOut.sendEvents([event(1)]);
    await fanOut.sent(); // went out at once
    fanOut.sendEvents([event(2)]);
    let gone = false;
    const waiting = fanOut.sent().then(() => (gone = true));
    await Promise.resolve();
    expect(gone).toBe(false);
    clock.fire();
    await waiting;
    expect(gone).toBe(true);
  });

  it('flushes on demand and on close, and with a window of 0 never holds anything', () => {
    const { sent, broadcaster } = recorder();
    const clock = handTimers();
    const fanOut = new RoomFanOut('r', broadcaster, 20, clock.timers);
    fanOut.sendEvents([event(1)]);
    fanOut.sendEvents([event(2)]);
    fanOut.flush();
    expect(sent).toEqual([{ events: [1] }, { events: [2] }]);
    fanOut.sendEvents([event(3)]);
    fanOut.close();
    expect(sent.at(-1)).toEqual({ events: [3] });
    expect(clock.open).toBe(false);

    const direct = recorder();
    const unbatched = new RoomFanOut('r', direct.broadcaster, 0, clock.timers);
    unbatched.sendEvents([event(1)]);
    unbatched.sendEvents([event(2)]);
    expect(direct.sent).toEqual([{ events: [1] }, { events: [2] }]);
    expect(clock.open).toBe(false);
  });
});
