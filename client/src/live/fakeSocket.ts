/**
 * For tests only: a room socket without a network, driven by the test as the server would be. It
 * keeps Socket.IO's flags (`connected`, and `active`: it will reconnect by itself) and what the
 * page emitted, each with the answer the test gives it.
 */
import type { ConnectAuth } from '@dr/shared';
import type { RoomSocket } from './roomSocket';

type Listener = (...args: unknown[]) => void;

export interface Emitted {
  event: string;
  payload: unknown;
  answer: (ack: unknown) => void;
  /** No answer in time. */
  silence: () => void;
}

export class FakeSocket {
  connected = false;
  active = false;
  connects = 0;
  auth: unknown;
  emitted: Emitted[] = [];
  private handlers = new Map<string, Listener[]>();

  /** The same object, typed as the page sees it. */
  get typed(): RoomSocket {
    return this as unknown as RoomSocket;
  }

  on(event: string, listener: Listener): this {
    this.handlers.set(event, [...this.listeners(event), listener]);
    return this;
  }

  listeners(event: string): Listener[] {
    return this.handlers.get(event) ?? [];
  }

  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }

  connect(): this {
    this.active = true;
    this.connects += 1;
    return this;
  }

  disconnect(): this {
    const was = this.connected;
    this.connected = false;
    this.active = false;
    if (was) this.fire('disconnect', 'io client disconnect');
    return this;
  }

  timeout(): this {
    return this;
  }

  emitWithAck(event: string, payload: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.emitted.push({ event, payload, answer: resolve, silence: () => reject(new Error('timeout')) });
    });
  }

  /** What the page emitted of one kind, oldest first. */
  sent(event: string): Emitted[] {
    return this.emitted.filter((e) => e.event === event);
  }

  /** The server's side: an event to the page's handlers. */
  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners(event)) listener(...args);
  }

  /** The server accepted the handshake and sends `event` first (`welcome`, `nameRequired`). */
  open(event: string, ...args: unknown[]): void {
    this.connected = true;
    this.fire(event, ...args);
  }

  /** The handshake refused with `code` (Socket.IO then stops trying: `active` is false). */
  refuse(code: string, data: Record<string, unknown> = {}): void {
    this.active = false;
    this.fire('connect_error', Object.assign(new Error(`refused: ${code}`), { data: { code, ...data } }));
  }

  /** The connection dropped (`transport close`: Socket.IO tries again) or the server ended it. */
  drop(reason = 'transport close'): void {
    this.connected = false;
    this.active = reason !== 'io server disconnect';
    this.fire('disconnect', reason);
  }

  /** The handshake the page would send now (its `auth` is read at each connect). */
  handshake(): ConnectAuth {
    let auth: ConnectAuth | undefined;
    if (typeof this.auth === 'function') (this.auth as (give: (a: ConnectAuth) => void) => void)((a) => (auth = a));
    else auth = this.auth as ConnectAuth;
    return auth!;
  }
}
