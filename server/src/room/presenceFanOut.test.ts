import type { PresenceMessage } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { PresenceFanOut, type FanOutTimers } from './presenceFanOut.js';

/** Timers the test fires by hand: `fire()` ends the open window. */
function handTimers() {
  let due: (() => void) | null = null;
  let length = 0;
  const timers: FanOutTimers = {
    setTimeout: (run, ms) => {
      due = run;
      length = ms;
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
    /** The open window's length in ms. */
    get length() {
      return length;
    },
    fire() {
      const run = due;
      due = null;
      run?.();
    },
  };
}

function recorder() {
  const sent: PresenceMessage[] = [];
  return { sent, broadcaster: { presence: (_roomId: string, presence: PresenceMessage) => sent.push(presence) } };
}

describe('PresenceFanOut', () => {
  it('sends a quiet room’s first change at once, then only the latest list at the window’s end', () => {
    const { sent, broadcaster } = recorder();
    const clock = handTimers();
    const fanOut = new PresenceFanOut('r', broadcaster, 50, clock.timers);
    let online = ['a'];
    let counted = 0;
    const current = () => {
      counted += 1;
      return { online, observers: 0 };
    };
    fanOut.send(current);
    for (const who of ['b', 'c', 'd']) {
      online = [...online, who];
      fanOut.send(current);
    }
    expect(sent).toEqual([{ online: ['a'], observers: 0 }]);
    clock.fire();
    expect(sent.at(-1)).toEqual({ online: ['a', 'b', 'c', 'd'], observers: 0 });
    expect(counted).toBe(2); // computed when sent, not on every arrival
    // The window reopened after that send; it ends with nothing held, and the room is quiet again.
    clock.fire();
    expect(clock.open).toBe(false);
    fanOut.send(current);
    expect(sent).toHaveLength(3);
  });

  it('sends what it holds on close, and with a window of 0 holds nothing', () => {
    const { sent, broadcaster } = recorder();
    const clock = handTimers();
    const fanOut = new PresenceFanOut('r', broadcaster, 50, clock.timers);
    fanOut.send(() => ({ online: ['a'], observers: 0 }));
    fanOut.send(() => ({ online: ['a', 'b'], observers: 0 }));
    fanOut.close();
    expect(sent).toEqual([
      { online: ['a'], observers: 0 },
      { online: ['a', 'b'], observers: 0 },
    ]);
    expect(clock.open).toBe(false);

    const direct = recorder();
    const unbatched = new PresenceFanOut('r', direct.broadcaster, 0, clock.timers);
    unbatched.send(() => ({ online: ['a'], observers: 0 }));
    unbatched.send(() => ({ online: [], observers: 0 }));
    expect(direct.sent).toHaveLength(2);
    expect(clock.open).toBe(false);
  });

  it('holds a larger room’s changes longer, up to a second', () => {
    const { broadcaster } = recorder();
    const clock = handTimers();
    const fanOut = new PresenceFanOut('r', broadcaster, 50, clock.timers);
    const lengthFor = (sockets: number) => {
      fanOut.send(() => ({ online: [], observers: sockets }), sockets);
      const ms = clock.length;
      clock.fire(); // sends what the window held
      clock.fire(); // the quiet window after it ends
      return ms;
    };
    expect(lengthFor(10)).toBe(50);
    expect(lengthFor(250)).toBe(50);
    expect(lengthFor(1500)).toBe(300);
    expect(lengthFor(20_000)).toBe(1000);
  });
});
