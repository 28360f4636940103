/**
 * The Socket.IO edge: handshake, welcome, join by name, commands, sync, presence. It validates
 * everything that arrives, answers with typed errors, and hands parsed commands to the room.
 */
import {
  JoinRequest,
  LIMITS,
  MembersRequest,
  own,
  parseCommand,
  protocolError,
  SyncRequest,
  type CommandAck,
  type JoinAck,
  type MembersAck,
  type Locale,
  type ProtocolError,
  type SyncAck,
  type Welcome,
} from '@dr/shared';
import type { Logger } from 'pino';
import type { IncomingMessage } from 'node:http';
import type { AddressOf } from '../access/clientAddress.js';
import { devicePassOf } from '../access/devicePass.js';
import type { JoinSource } from '../room/joinQueue.js';
import type { ServerMetrics } from '../ops/metrics.js';
import { TokenBucket } from '../access/tokenBucket.js';
import { memberAudience, roleAudience } from './audiences.js';
import { authenticate, HandshakeError, type HandshakeDeps } from './authenticate.js';
import { requesterLocale, sayRefusal } from '../http/refusalLocale.js';
import { PreEncoded, preEncodedWelcome } from './preEncoded.js';
import { canResume } from './resume.js';
import type { RoomServer, RoomSocket } from './roomServer.js';

export interface SocketDoor extends HandshakeDeps {
  logger: Logger;
  /** The client's address, behind a trusted proxy too (access/clientAddress.ts). */
  addressOf: AddressOf;
  /** The rooms' clock, for `serverTime` in a welcome (ops/steadyClock.ts); default `Date.now`. */
  now?: () => number;
  /** How long a new member's connection stays before they count as present (default `LIMITS.presentAfterMs`). */
  presentAfterMs?: number;
  /** Commands answered and joins refused (ops/metrics.ts). */
  metrics?: Pick<ServerMetrics, 'commandAnswered' | 'joinRefused'>;
}

export function attachSocketHandlers(io: RoomServer, door: SocketDoor): void {
  const { registry, logger, metrics, now = Date.now } = door;
  /** Per connection of a member not yet present: when staying makes them present (`presentOnceStayed`). */
  const presentTimers = new Map<string, ReturnType<typeof setTimeout>>();
  io.use((socket, next) => {
    const address = door.addressOf(socket.request);
    authenticate(socket.handshake.auth, address, sourceOf(socket.request, address), door).then(
      (identity) => {
        socket.data.identity = identity;
        next();
      },
      (error: unknown) => {
        if (error instanceof HandshakeError) {
          logger.debug({ code: error.data.code }, 'handshake refused');
          metrics?.joinRefused(error.data.reason ?? error.data.code);
          next(error.said(localeOf(socket)));
        } else {
          logger.error({ err: error }, 'handshake failed');
          next(new HandshakeError('internal', 'server.roomFailed').said(localeOf(socket)));
        }
      },
    );
  });

  io.on('connection', (socket) => {
    // Every refusal this connection is sent is said in the language it asked for.
    const locale = localeOf(socket);
    const replier = <T>(ack: unknown, seen?: (value: T) => void) => sayingReplier<T>(ack, locale, seen);
    const bucket = new TokenBucket(LIMITS.commandBurst, LIMITS.commandsPerSecond);
    // A connection waiting for a name is in no room yet: it hears nothing until it joins.
    const waiting = () => socket.data.identity.waitingForName === true;
    let joining = false;

    // A connection waiting for a name is in its link's audience from the start, so replacing the link
    // closes it too (a leaked link must not stay usable on a connection opened before); and it waits
    // at most `LIMITS.nameWaitMs`.
    let waitLimit: ReturnType<typeof setTimeout> | undefined;
    if (waiting()) {
      const { room, role } = socket.data.identity;
      void socket.join(roleAudience(room.roomId, role));
      waitLimit = setTimeout(() => socket.disconnect(true), LIMITS.nameWaitMs);
      socket.emit('nameRequired');
    } else enter(socket);

    socket.on('disconnect', () => {
      clearTimeout(waitLimit);
      clearTimeout(presentTimers.get(socket.id));
      presentTimers.delete(socket.id);
      if (waiting()) return;
      const { room } = socket.data.identity;
      room.detach(socket.id);
      if (room.sessionCount === 0) registry.scheduleIdleCheck(room.roomId);
    });

    // The maps type what a well-behaved client sends; any client may send anything, so every
    // payload is read as unknown and parsed, and a missing acknowledgement is tolerated.
    socket.on('command', (raw: unknown, ack: unknown) => {
      const received = performance.now();
      let type = 'invalid'; // until it parses: a client's made-up type must not become a label
      const reply = replier<CommandAck>(ack, (answer) =>
        metrics?.commandAnswered(type, outcomeOf(answer), (performance.now() - received) / 1000),
      );
      if (!bucket.take()) return reply({ ok: false, error: protocolError('rate_limited', 'rate.commands') });
      if (waiting()) return reply({ ok: false, error: protocolError('forbidden', 'access.nameRequired') });
      const parsed = parseCommand(raw);
      const { room, role, memberId } = socket.data.identity;
      if (!parsed.ok) {
        logger.debug({ roomId: room.roomId, error: parsed.error }, 'command refused at the boundary');
        return reply({ ok: false, error: parsed.error });
      }
      type = parsed.value.type;
      room.dispatch({ role, memberId }, parsed.value, parsed.requestId).then(reply, (error: unknown) => {
        logger.error({ err: error, roomId: room.roomId }, 'command failed');
        reply({ ok: false, error: protocolError('internal', 'server.failed') });
      });
    });

    socket.on('sync', (raw: unknown, ack: unknown) => {
      const reply = replier<SyncAck>(ack);
      if (!bucket.take()) return reply({ ok: false, error: protocolError('rate_limited', 'rate.requests') });
      if (waiting()) return reply({ ok: false, error: protocolError('forbidden', 'access.nameRequired') });
      const parsed = SyncRequest.safeParse(raw);
      if (!parsed.success) return reply({ ok: false, error: protocolError('invalid', 'sync.invalid') });
      const { room } = socket.data.identity;
      room.eventsAfter(parsed.data.afterSeq).then(
        ({ events, hasMore }) => reply({ ok: true, events, hasMore }),
        (error: unknown) => {
          logger.error({ err: error, roomId: room.roomId }, 'sync failed');
          reply({ ok: false, error: protocolError('internal', 'server.historyFailed') });
        },
      );
    });

    // A page of a big room's members (its welcome carried only some): JSON made once per page and state.
    socket.on('members', (raw: unknown, ack: unknown) => {
      const reply = replier<MembersAck | PreEncoded>(ack);
      if (!bucket.take()) return reply({ ok: false, error: protocolError('rate_limited', 'rate.requests') });
      if (waiting()) return reply({ ok: false, error: protocolError('forbidden', 'access.nameRequired') });
      const parsed = MembersRequest.safeParse(raw);
      if (!parsed.success) return reply({ ok: false, error: protocolError('invalid', 'members.invalid') });
      reply(new PreEncoded(socket.data.identity.room.membersPageJson(parsed.data.from)));
    });

    // A name on the open connection: a participant link that waited for one, or a host console
    // without a name. The same join as by handshake; then the connection is the member's.
    socket.on('join', (raw: unknown, ack: unknown) => {
      const reply = replier<JoinAck>(ack);
      if (!bucket.take()) return reply({ ok: false, error: protocolError('rate_limited', 'rate.requests') });
      const parsed = JoinRequest.safeParse(raw);
      if (!parsed.success) return reply({ ok: false, error: protocolError('invalid', 'access.joinMalformed') });
      if (joining || socket.data.identity.memberId !== null) {
        return reply({ ok: false, error: protocolError('conflict', 'access.joined') });
      }
      joining = true;
      join(socket, parsed.data)
        .then(
          (ack) => {
            if (ack.ok) clearTimeout(waitLimit);
            else metrics?.joinRefused(ack.error.reason ?? ack.error.code);
            reply(ack);
          },
          (error: unknown) => {
            logger.error({ err: error, roomId: socket.data.identity.room.roomId }, 'join failed');
            reply({ ok: false, error: protocolError('internal', 'server.failed') });
          },
        )
        .finally(() => {
          joining = false;
        });
    });
  });

  /** Into the room's broadcasts, with a welcome and a place in its presence. */
  function enter(socket: RoomSocket): void {
    const { identity } = socket.data;
    const { room, role, memberId } = identity;
    // Joining the broadcast room and reading the state happen in one tick, so the welcome's seq
    // and the first broadcast the socket receives can never leave a gap or overlap.
    void socket.join([
      room.roomId,
      roleAudience(room.roomId, role),
      ...(memberId ? [memberAudience(room.roomId, memberId)] : []),
    ]);
    // The state's JSON is the room's, made once for everyone at this seq.
    const view = room.welcomeView(memberId);
    const { ballots, member, memberCount } = view;
    const you: Welcome['you'] = {
      role,
      ...(memberId ? { memberId } : {}),
      ...(Object.keys(ballots).length > 0 ? { ballots } : {}),
      ...(identity.memberSecret ? { memberSecret: identity.memberSecret } : {}),
    };
    const from = identity.resumeSeq;
    if (from !== undefined && canResume(from, view.seq, view.wholeBytes)) {
      // The client's own state stands; it syncs what it missed (and pages members it lacks).
      const count = memberCount === undefined ? {} : { memberCount };
      socket.emit('welcome', { you, seq: from, resumed: true, serverTime: now(), ...count });
    } else {
      const whole = member ? { ...you, member } : you;
      socket.emit('welcome', preEncodedWelcome(whole, view.seq, view.stateJson, now(), memberCount));
    }
    delete identity.memberSecret; // never needed again
    delete identity.resumeSeq; // a later welcome on this connection (after a join) brings the whole state
    // Presence goes out as changes: this connection first hears the list they change.
    room.attach({ id: socket.id, role, memberId }, (presence) => socket.emit('presence', presence));
    presentOnceStayed(socket);
  }

  /**
   * A member who joined by name is present once they take part (issue 30); a connection that stays
   * `LIMITS.presentAfterMs` is a phone kept open on the meeting: their arrival. A name joined and
   * dropped at once (a flood of them) never is.
   */
  function presentOnceStayed(socket: RoomSocket): void {
    const { room, memberId } = socket.data.identity;
    if (!memberId || own(room.current.members, memberId)?.arrivedAt !== null) return;
    const timer = setTimeout(() => {
      presentTimers.delete(socket.id);
      if (!socket.connected) return;
      room.arrive(memberId, undefined).catch((error: unknown) => {
        logger.warn({ err: error, roomId: room.roomId }, 'could not record an arrival');
      });
    }, door.presentAfterMs ?? LIMITS.presentAfterMs);
    presentTimers.set(socket.id, timer);
  }

  async function join(socket: RoomSocket, request: JoinRequest): Promise<JoinAck> {
    const before = socket.data.identity;
    // While the connection waited, the room may have been unloaded: join the one the registry has now.
    const room = await registry.get(before.room.roomId);
    if (!room) return { ok: false, error: protocolError('not_found', 'room.unknown') };
    await room.caughtUp();
    // Gone (or shut out by a replaced link) while the room loaded: no member for nobody.
    if (!socket.connected) return { ok: false, error: protocolError('conflict', 'access.joinGone') };
    const joined = await room.join(
      before.role,
      request.name,
      request.presence,
      sourceOf(socket.request, door.addressOf(socket.request)),
    );
    if (!joined.ok) return joined;
    // Gone during the join's commit: the member exists, but nobody is there to welcome.
    if (!socket.connected) return { ok: true, memberId: joined.memberId };
    if (!before.waitingForName) before.room.detach(socket.id);
    socket.data.identity = { room, role: before.role, memberId: joined.memberId, memberSecret: joined.memberSecret };
    enter(socket);
    return { ok: true, memberId: joined.memberId };
  }
}

/** Where a join comes from: the device pass its page load gave (access/devicePass.ts), else its address. */
function sourceOf(request: IncomingMessage, address: string): JoinSource {
  const pass = devicePassOf(request);
  return pass ? { key: pass, device: true } : { key: address, device: false };
}

/** The language a connection asked for: its handshake's `auth.locale`, else its `Accept-Language`. */
function localeOf(socket: RoomSocket): Locale {
  const auth = socket.handshake.auth as { locale?: unknown } | undefined;
  return requesterLocale(auth?.locale, socket.request.headers['accept-language']);
}

/**
 * A client may omit the acknowledgement callback; then there is nobody to answer (`seen` still hears
 * it). A refusal goes out said in `locale` (the rules made it with its key as the message).
 */
function sayingReplier<T>(ack: unknown, locale: Locale, seen?: (value: T) => void): (value: T) => void {
  const send = typeof ack === 'function' ? (ack as (v: T) => void) : () => undefined;
  return (value) => {
    seen?.(value);
    const refused = value as { ok?: boolean; error?: ProtocolError } | null;
    send(
      refused?.ok === false && refused.error ? ({ ...refused, error: sayRefusal(refused.error, locale) } as T) : value,
    );
  };
}

/** A command's outcome as a metric label: `ok`, `replayed`, or the refusal's code. */
function outcomeOf(ack: CommandAck): string {
  return ack.ok ? (ack.replayed ? 'replayed' : 'ok') : ack.error.code;
}
