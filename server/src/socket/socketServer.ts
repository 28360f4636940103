/**
 * The Socket.IO edge: handshake, welcome, commands, sync, presence. It validates everything that
 * arrives, answers with typed errors, and hands parsed commands to the room.
 */
import {
  LIMITS,
  parseCommand,
  protocolError,
  SyncRequest,
  type CommandAck,
  type SyncAck,
  type Welcome,
} from '@dr/shared';
import type { Logger } from 'pino';
import type { AddressOf } from '../access/clientAddress.js';
import { TokenBucket } from '../access/tokenBucket.js';
import { memberAudience, roleAudience } from './audiences.js';
import { authenticate, HandshakeError, type HandshakeDeps } from './authenticate.js';
import { preEncodedWelcome } from './preEncoded.js';
import type { RoomServer } from './roomServer.js';

export interface SocketDoor extends HandshakeDeps {
  logger: Logger;
  /** The client's address, behind a trusted proxy too (access/clientAddress.ts). */
  addressOf: AddressOf;
}

export function attachSocketHandlers(io: RoomServer, door: SocketDoor): void {
  const { registry, logger } = door;
  io.use((socket, next) => {
    authenticate(socket.handshake.auth, door.addressOf(socket.request), door).then(
      (identity) => {
        socket.data.identity = identity;
        next();
      },
      (error: unknown) => {
        if (error instanceof HandshakeError) {
          logger.debug({ code: error.data.code }, 'handshake refused');
          next(error);
        } else {
          logger.error({ err: error }, 'handshake failed');
          next(new HandshakeError('internal', 'server.roomFailed'));
        }
      },
    );
  });

  io.on('connection', (socket) => {
    const { identity } = socket.data;
    const { room, role, memberId } = identity;
    const actor = { role, memberId };
    const bucket = new TokenBucket(LIMITS.commandBurst, LIMITS.commandsPerSecond);

    // Joining the broadcast room and reading the state happen in one tick, so the welcome's seq
    // and the first broadcast the socket receives can never leave a gap or overlap.
    void socket.join([
      room.roomId,
      roleAudience(room.roomId, role),
      ...(memberId ? [memberAudience(room.roomId, memberId)] : []),
    ]);
    const view = room.welcomeView(memberId);
    const you: Welcome['you'] = {
      role,
      ...(memberId ? { memberId } : {}),
      ...(Object.keys(view.ballots).length > 0 ? { ballots: view.ballots } : {}),
      ...(identity.memberSecret ? { memberSecret: identity.memberSecret } : {}),
    };
    // A `Welcome` on the wire; the state's JSON is the room's, made once for everyone at this seq.
    socket.emit('welcome', preEncodedWelcome(you, view.seq, view.stateJson, Date.now()) as unknown as Welcome);
    delete identity.memberSecret; // never needed again
    room.attach({ id: socket.id, role, memberId });
    socket.on('disconnect', () => {
      room.detach(socket.id);
      if (room.sessionCount === 0) registry.scheduleIdleCheck(room.roomId);
    });

    // The maps type what a well-behaved client sends; any client may send anything, so every
    // payload is read as unknown and parsed, and a missing acknowledgement is tolerated.
    socket.on('command', (raw: unknown, ack: unknown) => {
      const reply = replier<CommandAck>(ack);
      if (!bucket.take()) return reply({ ok: false, error: protocolError('rate_limited', 'rate.commands') });
      const parsed = parseCommand(raw);
      if (!parsed.ok) {
        logger.debug({ roomId: room.roomId, error: parsed.error }, 'command refused at the boundary');
        return reply({ ok: false, error: parsed.error });
      }
      room.dispatch(actor, parsed.value, parsed.requestId).then(reply, (error: unknown) => {
        logger.error({ err: error, roomId: room.roomId }, 'command failed');
        reply({ ok: false, error: protocolError('internal', 'server.failed') });
      });
    });

    socket.on('sync', (raw: unknown, ack: unknown) => {
      const reply = replier<SyncAck>(ack);
      if (!bucket.take()) return reply({ ok: false, error: protocolError('rate_limited', 'rate.requests') });
      const parsed = SyncRequest.safeParse(raw);
      if (!parsed.success) return reply({ ok: false, error: protocolError('invalid', 'sync.invalid') });
      room.eventsAfter(parsed.data.afterSeq).then(
        ({ events, hasMore }) => reply({ ok: true, events, hasMore }),
        (error: unknown) => {
          logger.error({ err: error, roomId: room.roomId }, 'sync failed');
          reply({ ok: false, error: protocolError('internal', 'server.historyFailed') });
        },
      );
    });
  });
}

/** A client may omit the acknowledgement callback; then there is nobody to answer. */
function replier<T>(ack: unknown): (value: T) => void {
  return typeof ack === 'function' ? (value) => (ack as (v: T) => void)(value) : () => undefined;
}
