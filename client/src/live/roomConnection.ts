/**
 * One room's connection as a plain object, no React: the status machine, the event feed, the outbox
 * and who you are, over a socket it is given. `useRoom` only subscribes to it; the unit test drives
 * it with a fake socket (roomConnection.test.ts). The view and its self-retry are connectionView.ts,
 * the outbox kept under the sender's name senderOutbox.ts.
 */
import { applyPresence, type ConnectErrorData, type JoinAck, type RoomState } from '@dr/shared';
import { connectionView } from './connectionView';
import { createFeed } from './eventFeed';
import type { MemberPages } from './memberPages';
import { lazyMemberPages } from './memberPagesLazy';
import { forgetMember, saveMember, type MemberCredentials } from './memberStore';
import type { Outbox } from './outbox';
import { replayHeard, type Heard } from './preconnect';
import { takeEarlyPress, type EarlyPress } from './earlyJoin';
import {
  authFor,
  connectErrorCode,
  connectRefusal,
  JOIN_ANSWER_MS,
  type Identity,
  type RoomSocket,
} from './roomSocket';
import { SendError, type RoomActions, type RoomStatus, type RoomView } from './roomTypes';
import { senderOutbox } from './senderOutbox';

/** What the connection runs over, given when it starts. */
export interface Opened {
  /** Not connected yet, unless `heard` says what it heard already. */
  socket: RoomSocket;
  /** The member this device holds for the room, if any (never for a board). */
  stored: MemberCredentials | null;
  /** The state this device saved as that member, to resume from (the preconnected socket offered it). */
  offered: RoomState | null;
  /** A socket opened early (live/preconnect.ts): what it heard before, to be played back in order. */
  heard: Heard[] | null;
}

export interface RoomConnection extends RoomActions {
  subscribe: (listener: () => void) => () => void;
  /** The current view: the same value until something changes. */
  read: () => RoomView;
  /** Opens the connection (`open` gives the socket); returns what closes it for good. */
  start: () => () => void;
}

type Live = Pick<RoomActions, 'join' | 'cancelJoin' | 'retry'> & { outbox: Outbox; pages: MemberPages };

const SYNC_TIMEOUT_MS = 10_000;
/** How often a page on the host's waiting list asks again (ms). */
const WAITING_RETRY_MS = 4_000;

/**
 * `nameless`: connect without a member identity (a projector board), so a stored member is not
 * reused and nothing is sent or kept.
 */
export function createRoomConnection(
  roomId: string,
  token: string,
  nameless: boolean,
  open: () => Opened,
): RoomConnection {
  let live: Live | null = null;
  const view = connectionView(() => live?.retry());
  const { set } = view;
  const setStatus = (status: RoomStatus) => set({ status });

  const start = () => {
    const { socket, stored, offered, heard } = open();
    let identity: Identity = stored ? { kind: 'member', credentials: stored } : { kind: 'anonymous' };
    let welcomed = false;

    // A connection asks to resume from the state this page holds (no whole room again): after a
    // welcome, or from the copy this device saved as this member (the preconnected socket offered
    // the same one). Not after the feed lost its way, when a whole welcome is what it needs.
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

    // On the host's waiting list (joining locked): the credentials it will let in are kept, and the
    // page asks again every few seconds until the host lets this person in (or turns them away).
    let waitRetry: ReturnType<typeof setTimeout> | undefined;
    const waitForHost = (waiting: { memberId: string; memberSecret: string } | undefined) => {
      if (waiting) {
        saveMember(roomId, waiting);
        setIdentity({ kind: 'member', credentials: waiting });
      }
      askedForName = false;
      setStatus('waiting');
      socket.disconnect();
      clearTimeout(waitRetry);
      waitRetry = setTimeout(() => socket.connect(), WAITING_RETRY_MS);
    };

    // What this device's sender left waiting (a reload with no signal) goes out on the first welcome.
    const sending = senderOutbox(roomId, socket, {
      memberId: stored?.memberId ?? null,
      nameless,
      onChange: (entries) => set({ outbox: entries }),
      // No answer on a connection that says it is up: it is not (lost Wi-Fi the socket has not
      // noticed yet). Reconnecting says so on screen, and the outbox sends again on the new one.
      unanswered: () => {
        if (socket.connected) reconnect();
      },
    });
    const { outbox } = sending;

    const feed = createFeed({
      requestSync: (afterSeq) => socket.timeout(SYNC_TIMEOUT_MS).emitWithAck('sync', { afterSeq }),
      onState: (state) => set({ state }),
      onLost: () => {
        resumable = false;
        reconnect();
      },
    });
    // A big room's welcome carries some of its members; the others come in pages (memberPages.ts).
    const pages = lazyMemberPages(feed, (from) => socket.timeout(SYNC_TIMEOUT_MS).emitWithAck('members', { from }));
    setIdentity(identity);
    if (offered) feed.reset(offered);

    socket.on('welcome', (welcome) => {
      welcomed = true;
      askedForName = false;
      const { role, memberId, memberSecret, ballots = {} } = welcome.you;
      if (memberId && memberSecret) {
        saveMember(roomId, { memberId, memberSecret });
        setIdentity({ kind: 'member', credentials: { memberId, memberSecret } });
      }
      sending.sendAs(memberId ?? null);
      set({
        // Half the round trip is unknown; good enough for a countdown shown in whole seconds.
        clockOffset: welcome.serverTime - Date.now(),
        you: { role, memberId: memberId ?? null, ballots },
        joinError: null,
        refusal: null,
        memberCount: welcome.memberCount ?? null,
      });
      if ('resumed' in welcome) void feed.resume(welcome.seq).then(() => pages.check(welcome.memberCount));
      else {
        feed.reset({ ...welcome.state, seq: welcome.seq }, welcome.you.member);
        pages.check(welcome.memberCount);
      }
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
    socket.on('presence', (message) => set({ presence: applyPresence(view.read().presence, message) }));

    socket.on('connect_error', (error) => {
      // A transport failure: Socket.IO keeps trying by itself.
      if (socket.active) {
        setStatus(offline());
        return;
      }
      switch (connectErrorCode(error)) {
        case 'waiting':
          waitForHost((error as Error & { data?: ConnectErrorData }).data?.waiting);
          return;
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
            set({ joinError: connectRefusal(error) ?? { code: 'invalid', message: error.message }, status: 'join' });
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
          set({ refusal: connectRefusal(error), status: 'stopped' });
      }
    });

    socket.on('disconnect', (reason) => {
      outbox.disconnected();
      pages.stop();
      set({ presence: null });
      if (reason === 'io client disconnect') return;
      setStatus(socket.active || askedForName ? offline() : 'stopped');
    });

    // The answer to a `join` sent on the open connection (here, or from the early join form).
    const answered = (answer: Promise<JoinAck>) =>
      answer.then(
        (ack) => {
          if (!ack.ok && ack.waiting) waitForHost(ack.waiting);
          else if (!ack.ok) set({ joinError: ack.error, status: 'join' });
        },
        // No answer: the connection is not what it says (or is gone). The join screen stays;
        // a new connection asks for the name again, or the next press gives it in the handshake.
        () => (socket.connected ? reconnect() : setStatus('join')),
      );

    live = {
      outbox,
      pages,
      join(name, where) {
        set({ joinError: null, status: 'joining' });
        if (socket.connected && identity.kind === 'anonymous') {
          // The open connection takes the name (a participant link waiting for one, or a host console
          // without one): one round trip, and the welcome comes before the answer.
          void answered(socket.timeout(JOIN_ANSWER_MS).emitWithAck('join', { name, presence: where }));
          return;
        }
        // Not connected: the name goes in the next handshake.
        setIdentity({ kind: 'join', name, presence: where });
        socket.connect();
      },
      cancelJoin() {
        set({ joinError: null });
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

    if (heard) replayHeard(socket, heard);
    else socket.connect();
    // A choice pressed on the early join form (live/earlyJoin.ts), before the app was here or just
    // before its join screen replaced the form: its `join` went out on this connection (its answer is
    // this join's), or, not connected then, it is made now.
    const pressed = (press: EarlyPress) => {
      if (!press.answer) return live?.join(press.name, press.presence);
      if (view.read().status !== 'connected') set({ joinError: null, status: 'joining' });
      void answered(press.answer);
    };
    const early = heard ? takeEarlyPress(pressed) : null;
    if (early) pressed(early);
    return () => {
      view.stopRetrying();
      clearTimeout(waitRetry);
      socket.removeAllListeners();
      socket.disconnect();
      live = null;
    };
  };

  return {
    subscribe: view.subscribe,
    read: view.read,
    start,
    join: (name, where) => live?.join(name, where),
    askToJoin: () => setStatus('join'),
    cancelJoin: () => live?.cancelJoin(),
    retry: () => live?.retry(),
    async send(command) {
      if (!live) throw new SendError('offline');
      const ack = await live.outbox.send(command);
      // A vote's ack names your ballot, as the welcome does after a reconnect.
      const { you } = view.read();
      if (command.type === 'consensus.vote' && ack.ok && ack.id && you) {
        set({ you: { ...you, ballots: { ...you.ballots, [command.roundId]: ack.id } } });
      }
      return ack;
    },
    dismissOutbox: (requestId) => live?.outbox.dismiss(requestId),
    wantMembers: () => live?.pages.want(),
  };
}
