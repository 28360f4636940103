/**
 * The phone's outbox: every command gets a request id and waits here until the server answers it.
 * A command issued offline, or sent on a connection that dropped before its answer came, is sent
 * again with the same request id once the room is back (`connected()`); the server answers a repeat
 * from its record instead of running it again (docs/protocol.md, "Request ids"), so nothing takes
 * effect twice and nobody has to notice and tap again. Pure: the socket is behind `OutboxTransport`.
 * What waits survives a reload: `onChange` hands every change to the page, which keeps the entries
 * on the device (outboxStore.ts) and gives them back as `restored` to the next page's outbox, with
 * their request ids, so a resend after a reload is still recognised as a repeat.
 */
import type { Command, CommandAck, ProtocolError } from '@dr/shared';

export interface OutboxTransport {
  /** Sends one command with its request id; resolves with the answer, rejects when none came in time. */
  send(command: Command, requestId: string): Promise<CommandAck>;
  /** A command got no answer on a connection that claims to be up: it is not; reconnect. */
  unanswered(): void;
}

export interface OutboxEntry {
  requestId: string;
  command: Command;
  /**
   * `waiting`: to be sent when the room is connected; `sending`: sent on this connection, answer
   * due; `refused`: it had to wait, and the server refused it once sent (kept until dismissed, so
   * the person learns it even if the screen that sent it has gone).
   */
  status: 'waiting' | 'sending' | 'refused';
  /** It had to wait (issued offline, or its answer was lost): the person is told where it is. */
  deferred: boolean;
  error?: ProtocolError;
  /** When it was issued (ms since the epoch, this device's clock): a kept entry expires (outboxStore.ts). */
  queuedAt: number;
}

interface Pending extends OutboxEntry {
  attempt: number;
  resolve: (ack: CommandAck) => void;
}

/** A fresh request id: 32 hex digits from the browser's random source (the protocol asks 8–64 characters). */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Outbox {
  private entries: Pending[] = [];
  private online = false;

  constructor(
    private readonly transport: OutboxTransport,
    private readonly onChange: (entries: readonly OutboxEntry[]) => void,
    private readonly makeId: () => string = newRequestId,
    /**
     * Entries an earlier page kept (outboxStore.ts): those waiting go out on the first connection,
     * with their own request ids; refusals stay until dismissed. Nobody awaits their answers any
     * more: the room's state and the outbox notice show what became of them.
     */
    restored: readonly OutboxEntry[] = [],
  ) {
    for (const entry of restored) {
      this.entries.push({
        ...entry,
        status: entry.status === 'refused' ? 'refused' : 'waiting',
        deferred: true,
        attempt: 0,
        resolve: () => undefined,
      });
    }
    if (restored.length > 0) this.changed();
  }

  /** Queues a command and resolves with the server's answer, however many reconnects that takes. */
  send(command: Command): Promise<CommandAck> {
    return new Promise((resolve) => {
      const entry: Pending = {
        requestId: this.makeId(),
        command,
        status: 'waiting',
        deferred: !this.online,
        queuedAt: Date.now(),
        attempt: 0,
        resolve,
      };
      this.entries.push(entry);
      if (this.online) this.transmit(entry);
      else this.changed();
    });
  }

  /** The room is connected (a welcome came): everything waiting goes out, in the order it was issued. */
  connected(): void {
    this.online = true;
    for (const entry of this.entries) if (entry.status === 'waiting') this.transmit(entry);
  }

  /** The connection is gone: whatever was sent on it and not answered waits for the next one. */
  disconnected(): void {
    this.online = false;
    for (const entry of this.entries) {
      if (entry.status === 'sending') Object.assign(entry, { status: 'waiting', deferred: true });
    }
    this.changed();
  }

  /** The person has read a refusal. */
  dismiss(requestId: string): void {
    this.entries = this.entries.filter((e) => e.requestId !== requestId || e.status !== 'refused');
    this.changed();
  }

  private transmit(entry: Pending): void {
    entry.status = 'sending';
    entry.attempt += 1;
    const attempt = entry.attempt;
    this.changed();
    this.transport.send(entry.command, entry.requestId).then(
      (ack) => this.settle(entry, ack),
      () => {
        // An answer from an earlier attempt may still come (the first one to arrive settles it);
        // only the latest attempt's silence means this connection is not really up.
        if (entry.status !== 'sending' || entry.attempt !== attempt) return;
        Object.assign(entry, { status: 'waiting', deferred: true });
        this.changed();
        this.transport.unanswered();
      },
    );
  }

  private settle(entry: Pending, ack: CommandAck): void {
    if (!this.entries.includes(entry) || entry.status === 'refused') return; // answered already
    if (!ack.ok && entry.deferred) Object.assign(entry, { status: 'refused', error: ack.error });
    else this.entries = this.entries.filter((e) => e !== entry);
    this.changed();
    entry.resolve(ack);
  }

  private changed(): void {
    this.onChange(
      this.entries.map(({ requestId, command, status, deferred, error, queuedAt }) => ({
        requestId,
        command,
        status,
        deferred,
        queuedAt,
        ...(error ? { error } : {}),
      })),
    );
  }
}
