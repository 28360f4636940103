import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A Socket.IO socket stand-in: listeners by event, `onAny` for the server's events. */
class FakeSocket {
  listenersOf = new Map<string, ((...args: unknown[]) => void)[]>();
  anyListeners: ((event: string, ...args: unknown[]) => void)[] = [];
  connected = 0;
  disconnected = 0;
  constructor(readonly auth: unknown) {}
  on(event: string, listener: (...args: unknown[]) => void) {
    this.listenersOf.set(event, [...(this.listenersOf.get(event) ?? []), listener]);
  }
  off(event: string, listener: (...args: unknown[]) => void) {
    this.listenersOf.set(
      event,
      (this.listenersOf.get(event) ?? []).filter((l) => l !== listener),
    );
  }
  onAny(listener: (event: string, ...args: unknown[]) => void) {
    this.anyListeners.push(listener);
  }
  offAny(listener: (event: string, ...args: unknown[]) => void) {
    this.anyListeners = this.anyListeners.filter((l) => l !== listener);
  }
  connect() {
    this.connected += 1;
  }
  disconnect() {
    this.disconnected += 1;
  }
  /** The server sent `event` (a reserved one goes to its listeners only, as in Socket.IO). */
  hear(event: string, ...args: unknown[]) {
    for (const listener of this.listenersOf.get(event) ?? []) listener(...args);
    if (!['connect', 'connect_error', 'disconnect'].includes(event)) {
      for (const listener of this.anyListeners) listener(event, ...args);
    }
  }
}

const opened: FakeSocket[] = [];
vi.mock('./roomSocket', () => ({
  authFor: (roomId: string, token: string, identity: unknown) => ({ roomId, token, identity }),
  openRoomSocket: (auth: unknown) => {
    const socket = new FakeSocket(auth);
    opened.push(socket);
    return socket;
  },
}));
vi.mock('./memberStore', () => ({
  loadMember: (roomId: string) => (roomId === 'known' ? { memberId: 'm7', memberSecret: 's' } : null),
}));

describe('the connection opened before the app', () => {
  beforeEach(() => {
    opened.length = 0;
    vi.resetModules();
  });

  it('hands the room its socket and everything it heard, in order, once', async () => {
    const { preconnect, takePreconnected } = await import('./preconnect');
    preconnect('known', 'tok');
    const socket = opened[0]!;
    expect(socket.connected).toBe(1);
    expect(socket.auth).toMatchObject({ identity: { kind: 'member', credentials: { memberId: 'm7' } } });
    socket.hear('connect');
    socket.hear('welcome', { seq: 3 });
    socket.hear('presence', { online: ['m7'] });

    const taken = takePreconnected('known', 'tok', 'm7');
    expect(taken?.socket).toBe(socket);
    expect(taken?.heard).toEqual([
      { event: 'connect', args: [] },
      { event: 'welcome', args: [{ seq: 3 }] },
      { event: 'presence', args: [{ online: ['m7'] }] },
    ]);
    // From now on the room's own handlers listen: nothing more is written down.
    socket.hear('events', { events: [] });
    expect(taken?.heard).toHaveLength(3);
    expect(takePreconnected('known', 'tok', 'm7')).toBeNull();
    expect(socket.disconnected).toBe(0);
  });

  it('keeps a refused handshake for the room to read (the join screen)', async () => {
    const { preconnect, takePreconnected } = await import('./preconnect');
    preconnect('new-room', 'tok');
    const error = Object.assign(new Error('name'), { data: { code: 'name_required' } });
    opened[0]!.hear('connect_error', error);
    expect(takePreconnected('new-room', 'tok', null)?.heard).toEqual([{ event: 'connect_error', args: [error] }]);
  });

  it('keeps the server asking for a name on the open connection (the join screen, then `join` on it)', async () => {
    const { preconnect, takePreconnected } = await import('./preconnect');
    preconnect('new-room', 'tok');
    const socket = opened[0]!;
    expect(socket.auth).toMatchObject({ identity: { kind: 'anonymous' } });
    socket.hear('connect');
    socket.hear('nameRequired');
    const taken = takePreconnected('new-room', 'tok', null);
    expect(taken?.socket).toBe(socket);
    expect(taken?.heard).toEqual([
      { event: 'connect', args: [] },
      { event: 'nameRequired', args: [] },
    ]);
    expect(socket.disconnected).toBe(0);
  });

  it('closes a socket opened for another room, link or member, and gives nothing', async () => {
    const { preconnect, takePreconnected } = await import('./preconnect');
    for (const [roomId, token, memberId] of [
      ['other', 'tok', 'm7'],
      ['known', 'other', 'm7'],
      ['known', 'tok', null],
    ] as const) {
      preconnect('known', 'tok');
      const socket = opened.at(-1)!;
      expect(takePreconnected(roomId, token, memberId)).toBeNull();
      expect(socket.disconnected).toBe(1);
    }
  });
});
