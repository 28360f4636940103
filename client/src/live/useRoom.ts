/** The one owner of a room's connection and state; views only read what it returns. */
import type { Command, CommandAck, Presence, PresenceMessage, Role, RoomState } from '@dr/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createFeed } from './eventFeed';
import { forgetMember, loadMember, saveMember } from './memberStore';
import type { Refusal } from './errorMessage';
import { Outbox, type OutboxEntry } from './outbox';
import { loadOutbox, saveOutbox, senderKey } from './outboxStore';
import { takePreconnected } from './preconnect';
import { resumePoint } from './savedRoom';
import {
  authFor,
  connectErrorCode,
  connectRefusal,
  openRoomSocket,
  type Identity,
  type RoomSocket,
} from './roomSocket';

export type RoomStatus =
  /** Before the first welcome. */
  | 'connecting'
  /** A host or participant link that needs a name first. */
  | 'join'
  /** Connecting with the name given on the join screen. */
  | 'joining'
  | 'connected'
  /** Lost the connection; Socket.IO is trying again. */
  | 'reconnecting'
  /** The server ended the connection, or refused it for no stated reason; `retry()` tries again. */
  | 'stopped'
  | 'invalid_link'
  | 'outdated';

export interface You {
  role: Role;
  memberId: string | null;
  /** Your own ballot id per consensus round (anonymous rounds hide it from everyone else). */
  ballots: Readonly<Record<string, string>>;
}

/** Why `send` failed without an answer from the server: the room is not open at all (it was left). */
export class SendError extends Error {
  readonly reason: 'offline';
  constructor(reason: 'offline') {
    super(reason);
    this.reason = reason;
  }
}

export interface Room {
  status: RoomStatus;
  /** Estimated server clock minus this browser's clock, in ms, from the last welcome (for countdowns). */
  clockOffset: number;
  state: RoomState | null;
  you: You | null;
  presence: PresenceMessage | null;
  /** The server's reason when joining by name was refused. */
  joinError: Refusal | null;
  /** The server's reason when it refused the connection (too many wrong join codes here, a failure). */
  refusal: Refusal | null;
  join: (name: string, presence: Presence) => void;
  /** A host running the room without a name asks for the join screen. */
  askToJoin: () => void;
  /** Back from a join screen the host asked for, as the host without a name. */
  cancelJoin: () => void;
  retry: () => void;
  /**
   * Resolves with the server's ack, however long that takes: a command issued offline or left
   * unanswered waits in the outbox and is sent again, with its request id, when the room is back.
   * Rejects with `SendError` only when the room is closed on this page.
   */
  send: (command: Command) => Promise<CommandAck>;
  /** Commands waiting to be sent or answered, and refusals of those that had to wait. */
  outbox: readonly OutboxEntry[];
  /** The person has read the refusal of a command that had waited. */
  dismissOutbox: (requestId: string) => void;
}

interface Controls {
  socket: RoomSocket;
  outbox: Outbox;
  join: (name: string, presence: Presence) => void;
  cancelJoin: () => void;
  retry: () => void;
}

const SYNC_TIMEOUT_MS = 10_000;
/**
 * After the server ended the connection (a restart, a replaced link), try again by itself: a phone
 * in a pocket or a board on a wall has nobody to press Reconnect. A replaced link then lands on the
 * invalid-link page.
 */
const AUTO_RETRY_MS = 5_000;
const COMMAND_TIMEOUT_MS = 15_000;

export interface RoomOptions {
  /**
   * Connect without a member identity: a stored member is not reused, so a projector board never
   * appears as (or becomes) a member of the room.
   */
  nameless?: boolean;
}

export function useRoom(roomId: string, token: string, { nameless = false }: RoomOptions = {}): Room {
  const [status, setStatus] = useState<RoomStatus>('connecting');
  const [clockOffset, setClockOffset] = useState(0);
  const [state, setState] = useState<RoomState | null>(null);
  const [you, setYou] = useState<You | null>(null);
  const [presence, setPresence] = useState<PresenceMessage | null>(null);
  const [joinError, setJoinError] = useState<Refusal | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [outboxEntries, setOutboxEntries] = useState<readonly OutboxEntry[]>([]);
  const controls = useRef<Controls | null>(null);

  useEffect(() => {
    const stored = nameless ? null : loadMember(roomId);
    let identity: Identity = stored ? { kind: 'member', credentials: stored } : { kind: 'anonymous' };
    let welcomed = false;
    // The page's first script may have opened this very connection already (live/preconnect.ts).
    const early = nameless ? null : takePreconnected(roomId, token, stored?.memberId ?? null);
    const socket = early?.socket ?? openRoomSocket(authFor(roomId, token, identity));

    // A connection asks to resume from the state this page holds (no whole room again): after a
    // welcome, or from the copy this device saved as this member (the preconnected socket offered
    // the same one). Not after the feed lost its way, when a whole welcome is what it needs.
    const offered = nameless || !stored ? null : early ? early.offered : resumePoint(roomId, stored.memberId);
    let resumable = offered !== null;
    const setIdentity = (next: Identity) => {
      identity = next;
      // Socket.IO asks for `auth` again on every reconnect.
      socket.auth = (give) => give(authFor(roomId, token, next, resumable ? feed.position() : null));
    };

    // Asked for a name and not in the room yet: the join screen stays up, with what is typed in it,
    // while the connection comes and goes underneath (a Wi-Fi blip while someone types).
    let askedForName = false;
    const offline = (): RoomStatus => (welcomed ? 'reconnecting' : askedForName ? 'join' : 'connecting');

    const reconnect = () => {
      setStatus(offline());
      socket.disconnect().connect();
    };

    // What this device's sender left waiting (a reload with no signal) goes out on the first welcome.
    // A board sends nothing and keeps nothing.
    let sender = senderKey(stored?.memberId ?? null);
    const keep = (entries: readonly OutboxEntry[]) => {
      setOutboxEntries(entries);
      if (!nameless) saveOutbox(roomId, sender, entries);
    };

    const outbox = new Outbox(
      {
        send: (command, requestId) =>
          socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('command', { ...command, requestId }),
        // No answer on a connection that says it is up: it is not (lost Wi-Fi the socket has not
        // noticed yet). Reconnecting says so on screen, and the outbox sends again on the new one.
        unanswered: () => {
          if (socket.connected) reconnect();
        },
      },
      keep,
      undefined,
      nameless ? [] : loadOutbox(roomId, sender),
    );

    const feed = createFeed({
      requestSync: (afterSeq) => socket.timeout(SYNC_TIMEOUT_MS).emitWithAck('sync', { afterSeq }),
      onState: setState,
      onLost: () => {
        resumable = false;
        reconnect();
      },
    });
    setIdentity(identity);
    if (offered) feed.reset(offered);

    socket.on('welcome', (welcome) => {
      welcomed = true;
      askedForName = false;
      // Half the round trip is unknown; good enough for a countdown shown in whole seconds.
      setClockOffset(welcome.serverTime - Date.now());
      const { role, memberId, memberSecret, ballots = {} } = welcome.you;
      if (memberId && memberSecret) {
        saveMember(roomId, { memberId, memberSecret });
        setIdentity({ kind: 'member', credentials: { memberId, memberSecret } });
      }
      setYou({ role, memberId: memberId ?? null, ballots });
      if (!nameless && senderKey(memberId ?? null) !== sender) {
        // Now someone else (joined by name, or a new member after this one was removed): what waits
        // on the page goes out as them, and is kept under their name from here on.
        saveOutbox(roomId, sender, []);
        sender = senderKey(memberId ?? null);
      }
      setJoinError(null);
      setRefusal(null);
      if ('resumed' in welcome) feed.resume(welcome.seq);
      else feed.reset({ ...welcome.state, seq: welcome.seq });
      resumable = true;
      setStatus('connected');
      outbox.connected();
    });

    // A participant link without a name: the connection stays open for the name (`join` below).
    socket.on('nameRequired', () => {
      askedForName = true;
      setStatus('join');
    });
    socket.on('events', ({ events }) => feed.receive(events));
    socket.on('presence', setPresence);

    socket.on('connect_error', (error) => {
      // A transport failure: Socket.IO keeps trying by itself.
      if (socket.active) {
        setStatus(offline());
        return;
      }
      switch (connectErrorCode(error)) {
        case 'name_required':
          askedForName = true;
          setStatus('join');
          return;
        case 'bad_member':
          forgetMember(roomId);
          setIdentity({ kind: 'anonymous' });
          setStatus('join');
          return;
        case 'invalid':
          if (identity.kind === 'join') {
            setJoinError(connectRefusal(error) ?? { code: 'invalid', message: error.message });
            setStatus('join');
          } else {
            setStatus('invalid_link');
          }
          return;
        case 'bad_token':
        case 'not_found':
          setStatus('invalid_link');
          return;
        case 'outdated':
          setStatus('outdated');
          return;
        default:
          setRefusal(connectRefusal(error));
          setStatus('stopped');
      }
    });

    socket.on('disconnect', (reason) => {
      outbox.disconnected();
      setPresence(null);
      if (reason === 'io client disconnect') return;
      setStatus(socket.active || askedForName ? offline() : 'stopped');
    });

    controls.current = {
      socket,
      outbox,
      join(name, where) {
        setJoinError(null);
        setStatus('joining');
        if (socket.connected && identity.kind === 'anonymous') {
          // The open connection takes the name (a participant link waiting for one, or a host console
          // without one): one round trip, and the welcome comes before the answer.
          socket
            .timeout(COMMAND_TIMEOUT_MS)
            .emitWithAck('join', { name, presence: where })
            .then(
              (ack) => {
                if (ack.ok) return;
                setJoinError(ack.error);
                setStatus('join');
              },
              // No answer: the connection is not what it says (or is gone). The join screen stays;
              // a new connection asks for the name again, or the next press gives it in the handshake.
              () => (socket.connected ? reconnect() : setStatus('join')),
            );
          return;
        }
        // Not connected: the name goes in the next handshake.
        setIdentity({ kind: 'join', name, presence: where });
        socket.connect();
      },
      cancelJoin() {
        setJoinError(null);
        if (socket.connected) {
          setStatus('connected');
          return;
        }
        setIdentity({ kind: 'anonymous' });
        setStatus(welcomed ? 'reconnecting' : 'connecting');
        socket.connect();
      },
      retry() {
        setStatus(welcomed ? 'reconnecting' : 'connecting');
        socket.connect();
      },
    };

    if (early) {
      // What it heard before these handlers were here, to them now, in order.
      for (const { event, args } of early.heard) {
        for (const listener of socket.listeners(event as 'welcome')) (listener as (...a: unknown[]) => void)(...args);
      }
    } else {
      socket.connect();
    }
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      controls.current = null;
    };
  }, [roomId, token, nameless]);

  const join = useCallback((name: string, where: Presence) => controls.current?.join(name, where), []);
  const askToJoin = useCallback(() => setStatus('join'), []);
  const cancelJoin = useCallback(() => controls.current?.cancelJoin(), []);
  const retry = useCallback(() => controls.current?.retry(), []);

  useEffect(() => {
    if (status !== 'stopped') return;
    const timer = setTimeout(retry, AUTO_RETRY_MS);
    return () => clearTimeout(timer);
  }, [status, retry]);

  const send = useCallback(async (command: Command): Promise<CommandAck> => {
    const outbox = controls.current?.outbox;
    if (!outbox) throw new SendError('offline');
    const ack = await outbox.send(command);
    // A vote's ack names your ballot, as the welcome does after a reconnect.
    if (command.type === 'consensus.vote' && ack.ok && ack.id) {
      const ballotId = ack.id;
      setYou((you) => you && { ...you, ballots: { ...you.ballots, [command.roundId]: ballotId } });
    }
    return ack;
  }, []);

  const dismissOutbox = useCallback((requestId: string) => controls.current?.outbox.dismiss(requestId), []);

  return {
    status,
    clockOffset,
    state,
    you,
    presence,
    joinError,
    refusal,
    join,
    askToJoin,
    cancelJoin,
    retry,
    send,
    outbox: outboxEntries,
    dismissOutbox,
  };
}
