/**
 * The load generator of the vote-burst benchmark: N voters and M watching screens, each its own
 * Socket.IO connection (wireClient.ts: the real wire protocol, a lighter client) in one room. On `burst()` every voter sends its vote at once; it measures, from the first
 * send, when every vote was acknowledged and when every screen (voters and watchers alike) had every
 * vote. The same code drives Deliberation Room and the bare relay: both speak `command` with an ack
 * and broadcast `events` with a `seq`, so the two figures differ only by what the server does.
 *
 * How a screen knows it has every vote, cheaply. The server sends each screen its events in seq
 * order, one contiguous run per `events` message, so a screen that began the burst at seq S has
 * every vote once it has received seq S + N (N votes in the room) with no gap. Most screens read
 * only a frame's first and last `"seq":` from the undecoded bytes (`WireSocket.raw`) and check the
 * first follows the seq they hold: JSON.parse of 290 KB per screen was most of the generators'
 * CPU, work a phone does but the measurement does not need. That "S + N" is every vote holds when
 * each vote took exactly one seq: every vote accepted and the last acknowledged seq S + N; the
 * figures say so (`startSeq`, `lastAckSeq`) and the report flags a burst where it did not hold.
 * One voter and one watcher per generator (with `fold`) still decode every message, count the
 * round's votes and fold everything with the shared `apply`: the check that what the server sent
 * is the whole round. The relay's screens are read the same way, so the ratio stays fair.
 */
import { applyAll, type RoomEvent, type RoomState } from '@dr/shared';
import { profileWindow } from './burstProfile.js';
import { WireSocket } from './wireClient.js';

export interface LoadSpec {
  url: string;
  roundId: string;
  /** Handshake auth of each voter and each watcher. */
  voters: Record<string, unknown>[];
  watchers: Record<string, unknown>[];
  /** Fold the events on one voter and one watcher with the shared `apply` (Deliberation Room only). */
  fold: boolean;
  /** Votes every screen waits for: every voter in the room, when several generators share it (default: these voters). */
  votesInRoom?: number;
  /** How long the burst may take before the figures are reported as incomplete, in ms. */
  timeoutMs: number;
}

export interface BurstFigures {
  voters: number;
  screens: number;
  /** Acknowledged as accepted / refused, by the end. */
  accepted: number;
  refused: number;
  /**
   * From the first send until the last acknowledgement; null when not every vote was acknowledged
   * (null, not NaN: the figures cross process boundaries as JSON).
   */
  allAckedMs: number | null;
  /** Screens that had every vote by the end, and when the last of them got there (null if not all). */
  screensComplete: number;
  allSeenMs: number | null;
  /** Screens dropped during the burst, by reason (Socket.IO's words); each can no longer complete. */
  dropped: Record<string, number>;
  /** CPU time (user + system) this load generator used during the burst, in ms. */
  loadCpuMs: number;
  /** Events a screen received out of order or twice; always 0 unless something is broken. */
  disordered: number;
  /** `events` messages a screen received during the burst, on average (fewer, larger ones cost the phones less). */
  messagesPerScreen: number;
  /** Bytes a screen received during the burst (WebSocket payloads), on average. */
  bytesPerScreen: number;
  /** The largest `events` frame a screen received during the burst, in bytes. */
  largestFrame: number;
  /** Ballots in the round as folded on one voter and one watcher (undefined without `fold`). */
  foldedBallots?: number[];
  /** The seq every screen held when the burst began (null if they differed), and the highest seq acknowledged. */
  startSeq: number | null;
  lastAckSeq: number;
}

interface Screen {
  socket: WireSocket;
  lastSeq: number;
  /** The round's votes this screen decoded (only a screen that decodes its messages counts them). */
  votes: number;
  /** Whether it decodes every message (and so counts votes), or reads only the seqs of each frame. */
  decodes: boolean;
  /** The seq that completes it in this burst (votes counted: the number of votes instead). */
  target: number;
  complete: boolean;
  /** `events` messages received since the burst began, and the largest one's bytes. */
  messages: number;
  largest: number;
  /** Why the server or the client dropped it (an unanswered ping on a starved machine), if it did. */
  dropped?: string;
  state?: RoomState;
}

const CONNECT_CONCURRENCY = 50;
/** The room is settled for a burst once no screen has received anything for this long. */
const QUIET_MS = 1000;

export class VoteLoad {
  private spec: LoadSpec | undefined;
  private screens: Screen[] = [];
  private voterCount = 0;
  private lastMessageAt = 0;
  private onProgress: (screen: Screen) => void = () => undefined;
  private onDrop: (screen: Screen) => void = () => undefined;
  private disordered = 0;

  /** Connects every voter and watcher (a few at a time) and waits until the room is quiet. */
  async connect(spec: LoadSpec): Promise<void> {
    this.spec = spec;
    this.voterCount = spec.voters.length;
    this.disordered = 0;
    const auths = [...spec.voters, ...spec.watchers];
    const screens: Screen[] = new Array(auths.length);
    // Watchers first: while no member is online, the presence update each join sends everyone is
    // tiny; joining them last would send each of them the full list of a thousand members.
    const order = [...auths.keys()].slice(spec.voters.length).concat([...auths.keys()].slice(0, spec.voters.length));
    let next = 0;
    const worker = async () => {
      while (next < order.length) {
        const i = order[next++]!;
        screens[i] = await this.open(auths[i]!, spec.fold && (i === 0 || i === spec.voters.length));
      }
    };
    await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, worker));
    this.screens = screens;
    // Presence after each join reaches everyone already there: wait for that to settle.
    while (performance.now() - this.lastMessageAt < QUIET_MS) await sleep(QUIET_MS / 5);
  }

  private open(auth: Record<string, unknown>, fold: boolean): Promise<Screen> {
    const screen = { lastSeq: 0, votes: 0, messages: 0, largest: 0, decodes: fold, target: 0 } as Screen;
    const socket = new WireSocket(this.spec!.url, auth, (reason) => {
      screen.dropped = reason;
      this.onDrop(screen);
    });
    screen.socket = socket;
    socket.onAny = () => (this.lastMessageAt = performance.now());
    if (!fold) {
      socket.raw('events', (frame) => {
        screen.messages += 1;
        screen.largest = Math.max(screen.largest, frame.length);
        const first = seqAt(frame, frame.indexOf(SEQ));
        const last = seqAt(frame, frame.lastIndexOf(SEQ));
        // A gap, a repeat or a frame without a seq: not the contiguous run the server promises.
        if (first !== screen.lastSeq + 1 || last < first) this.disordered += 1;
        screen.lastSeq = Math.max(screen.lastSeq, last);
        this.onProgress(screen);
      });
    }
    socket.on('events', (message) => {
      const { events } = message as { events: RoomEvent[] };
      screen.messages += 1;
      screen.largest = Math.max(screen.largest, socket.frameBytes);
      for (const event of events) {
        if (event.seq <= screen.lastSeq) this.disordered += 1;
        screen.lastSeq = Math.max(screen.lastSeq, event.seq);
        if (event.type === 'consensus.voted' && event.roundId === this.spec!.roundId) screen.votes += 1;
      }
      if (screen.state) screen.state = applyAll(screen.state, events);
      this.onProgress(screen);
    });
    return new Promise((resolve, reject) => {
      socket.on('connect_error', (error) =>
        reject(new Error(`a screen could not connect: ${(error as Error).message}`)),
      );
      socket.on('welcome', (message) => {
        const welcome = message as { seq: number; state?: RoomState };
        screen.lastSeq = welcome.seq;
        if (fold && welcome.state) screen.state = welcome.state;
        resolve(screen);
      });
    });
  }

  /** Every voter votes at once; resolves with the figures when all is seen, or at the timeout. */
  async burst(): Promise<BurstFigures> {
    const spec = this.spec!;
    const voters = this.screens.slice(0, this.voterCount);
    const total = this.screens.length;
    const expected = spec.votesInRoom ?? voters.length;
    let accepted = 0;
    let refused = 0;
    let allAckedMs: number | null = null;
    let screensComplete = 0;
    let allSeenMs: number | null = null;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    for (const screen of this.screens) {
      screen.messages = 0;
      screen.largest = 0;
      screen.complete = false;
      screen.target = screen.decodes ? screen.votes + expected : screen.lastSeq + expected;
    }
    const startSeqs = new Set(this.screens.map((s) => s.lastSeq));
    let lastAckSeq = 0;
    const bytes0 = this.screens.map((s) => s.socket.received);
    const stopProfile = await profileWindow('load');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let droppedIncomplete = 0;
    let droppedVoters = 0;
    const dropped: Record<string, number> = {};
    // Done when every vote has an answer and every screen is complete, or can no longer be.
    const check = () => {
      if (accepted + refused + droppedVoters >= voters.length && screensComplete + droppedIncomplete === total)
        finish();
    };
    const unanswered = new Set(voters.map((v) => v.socket));
    this.onDrop = (screen) => {
      dropped[screen.dropped!] = (dropped[screen.dropped!] ?? 0) + 1;
      if (!screen.complete) droppedIncomplete += 1;
      if (unanswered.has(screen.socket)) droppedVoters += 1;
      check();
    };
    // Screens lost while the room was filling count as dropped from the start.
    for (const screen of this.screens.filter((s) => s.dropped)) this.onDrop(screen);
    const progress = setInterval(() => {
      const lost = Object.values(dropped).reduce((a, b) => a + b, 0);
      console.error(
        `  … ${((performance.now() - t0) / 1000).toFixed(0)} s: ${accepted + refused}/${voters.length} acked, ${screensComplete}/${total} screens complete, ${lost} dropped`,
      );
    }, 30_000);
    this.onProgress = (screen) => {
      if (screen.complete || (screen.decodes ? screen.votes : screen.lastSeq) < screen.target) return;
      screen.complete = true;
      screensComplete += 1;
      if (screensComplete === total) allSeenMs = performance.now() - t0;
      check();
    };
    voters.forEach((voter, i) => {
      const vote = { type: 'consensus.vote', roundId: spec.roundId, level: 2 + (i % 4) };
      voter.socket.emit('command', vote, (ack) => {
        unanswered.delete(voter.socket);
        const answer = ack as { ok: boolean; seq?: number };
        if (answer.ok) accepted += 1;
        else refused += 1;
        lastAckSeq = Math.max(lastAckSeq, answer.seq ?? 0);
        if (accepted + refused === voters.length) allAckedMs = performance.now() - t0;
        check();
      });
    });
    await Promise.race([finished, sleep(spec.timeoutMs)]);
    const cpu = process.cpuUsage(cpu0);
    await stopProfile();
    clearInterval(progress);
    this.onDrop = () => undefined;
    this.onProgress = () => undefined;
    const folded = this.screens
      .filter((s) => s.state)
      .map((s) => Object.keys(s.state!.rounds[spec.roundId]?.ballots ?? {}).length);
    return {
      voters: voters.length,
      screens: total,
      accepted,
      refused,
      allAckedMs,
      screensComplete,
      allSeenMs,
      dropped,
      loadCpuMs: (cpu.user + cpu.system) / 1000,
      disordered: this.disordered,
      messagesPerScreen: this.screens.reduce((sum, s) => sum + s.messages, 0) / Math.max(1, total),
      bytesPerScreen: this.screens.reduce((sum, s, i) => sum + s.socket.received - bytes0[i]!, 0) / Math.max(1, total),
      largestFrame: this.screens.reduce((max, s) => Math.max(max, s.largest), 0),
      ...(spec.fold ? { foldedBallots: folded } : {}),
      startSeq: startSeqs.size === 1 ? [...startSeqs][0]! : null,
      lastAckSeq,
    };
  }

  close(): void {
    for (const screen of this.screens) screen.socket.close();
    this.screens = [];
  }
}

const SEQ = Buffer.from('"seq":');

/** The number after the `"seq":` at `at` in `frame` (NaN when there is none). */
function seqAt(frame: Buffer, at: number): number {
  if (at < 0) return NaN;
  let value = 0;
  let i = at + SEQ.length;
  for (; i < frame.length && frame[i]! >= 0x30 && frame[i]! <= 0x39; i += 1) value = value * 10 + frame[i]! - 0x30;
  return i === at + SEQ.length ? NaN : value;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
