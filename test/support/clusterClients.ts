/**
 * A room client that behaves like the web app across a lost node: it reconnects on its own (as the
 * same member), resends every command that has no answer yet with the same request id (the outbox),
 * and checks the stream it sees: every event exactly once, in seq order, without gaps, from its
 * welcome on (a welcome after a reconnect starts the count again).
 */
import {
  applyPresence,
  PROTOCOL_VERSION,
  type CommandAck,
  type PresenceChange,
  type PresenceMessage,
  type RoomEvent,
  type RoomState,
  type Welcome,
} from '@dr/shared';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

export interface ClusterClient {
  socket: Socket;
  /** The seq of the last event folded (or of the last welcome). */
  seq(): number;
  /** Every event received, in the order received. */
  events: RoomEvent[];
  /** Events that arrived twice or out of order, and gaps: must stay empty. */
  faults: string[];
  welcomes: number;
  memberId(): string | undefined;
  presence(): PresenceMessage | null;
  /** Sends a command with a request id, again after every reconnect, until it is answered. */
  send(command: Record<string, unknown>): Promise<CommandAck>;
  /** When the last disconnect happened and when the welcome after it came (ms since the epoch). */
  lastGap(): { lost: number; back: number } | null;
  close(): void;
}

/** `polling`: long-polling only (a proxy that refuses WebSockets), which needs one node per session. */
export function clusterClient(
  url: string,
  auth: Record<string, unknown>,
  { polling = false } = {},
): Promise<ClusterClient> {
  const roomId = String(auth['roomId']);
  const socket = io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    // As the web app does: the room in the query lets a load balancer keep a room on one node.
    query: { room: roomId },
    transports: polling ? ['polling'] : ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    randomizationFactor: 0,
  });
  const events: RoomEvent[] = [];
  const faults: string[] = [];
  let seq = -1;
  let welcomes = 0;
  let memberId: string | undefined;
  let presence: PresenceMessage | null = null;
  let lost = 0;
  let gap: { lost: number; back: number } | null = null;
  const waiting = new Map<string, { command: Record<string, unknown>; done: (ack: CommandAck) => void }>();

  const emit = (requestId: string) => {
    const entry = waiting.get(requestId);
    if (!entry || !socket.connected) return;
    socket
      .timeout(3000)
      .emitWithAck('command', { ...entry.command, requestId })
      .then(
        (ack: CommandAck) => {
          if (!waiting.has(requestId)) return;
          waiting.delete(requestId);
          entry.done(ack);
        },
        () => undefined, // no answer (the node died): sent again after the reconnect
      );
  };

  socket.on('events', ({ events: batch }: { events: RoomEvent[] }) => {
    for (const event of batch) {
      events.push(event);
      if (event.seq !== seq + 1) faults.push(`seq ${event.seq} after ${seq}`);
      seq = Math.max(seq, event.seq);
    }
  });
  socket.on('presence', (message: PresenceMessage | PresenceChange) => (presence = applyPresence(presence, message)));
  socket.on('disconnect', () => (lost = Date.now()));
  const client: ClusterClient = {
    socket,
    seq: () => seq,
    events,
    faults,
    get welcomes() {
      return welcomes;
    },
    memberId: () => memberId,
    presence: () => presence,
    send(command) {
      const requestId = randomUUID();
      return new Promise((done) => {
        waiting.set(requestId, { command, done });
        emit(requestId);
      });
    },
    lastGap: () => gap,
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.on('welcome', (welcome: Welcome<RoomState>) => {
      welcomes += 1;
      if (lost) gap = { lost, back: Date.now() };
      // A welcome behind what this client already folded would show an older room.
      if (welcome.seq < seq) faults.push(`welcome at ${welcome.seq} after ${seq}`);
      seq = welcome.seq;
      if (welcome.you.memberId) memberId = welcome.you.memberId;
      if (memberId && welcome.you.memberSecret) {
        socket.auth = {
          protocolVersion: PROTOCOL_VERSION,
          roomId,
          token: auth['token'],
          memberId,
          memberSecret: welcome.you.memberSecret,
        };
      }
      for (const requestId of waiting.keys()) emit(requestId);
      socket.off('connect_error', reject);
      resolve(client);
    });
  });
}

/** Resolves once `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
