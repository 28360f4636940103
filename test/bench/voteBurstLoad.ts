/**
 * The load generator of the vote-burst benchmark: N voters and M watching screens, each its own
 * Socket.IO connection (wireClient.ts: the real wire protocol, a lighter client) in one room. On `burst()` every voter sends its vote at once; it measures, from the first
 * send, when every vote was acknowledged and when every screen (voters and watchers alike) had every
 * vote. The same code drives Deliberation Room and the bare relay: both speak `command` with an ack
 * and broadcast `events` with a `seq`, so the two figures differ only by what the server does.
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
}

interface Screen {
  socket: WireSocket;
  lastSeq: number;
  votes: number;
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
  private onVote: (screen: Screen) => void = () => undefined;
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
    const screen = { lastSeq: 0, votes: 0, messages: 0, largest: 0 } as Screen;
    const socket = new WireSocket(this.spec!.url, auth, (reason) => {
      screen.dropped = reason;
      this.onDrop(screen);
    });
    screen.socket = socket;
    socket.onAny = () => (this.lastMessageAt = performance.now());
    socket.on('events', (message) => {
      const { events } = message as { events: RoomEvent[] };
      screen.messages += 1;
      screen.largest = Math.max(screen.largest, socket.frameBytes);
      for (const event of events) {
        if (event.seq <= screen.lastSeq) this.disordered += 1;
        screen.lastSeq = Math.max(screen.lastSeq, event.seq);
        if (event.type === 'consensus.voted' && event.roundId === this.spec!.roundId) {
          screen.votes += 1;
          this.onVote(screen);
        }
      }
      if (screen.state) screen.state = applyAll(screen.state, events);
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
    }
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
      if (screen.votes < expected) droppedIncomplete += 1;
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
    this.onVote = (screen) => {
      if (screen.votes !== expected) return;
      screensComplete += 1;
      if (screensComplete === total) allSeenMs = performance.now() - t0;
      check();
    };
    voters.forEach((voter, i) => {
      const vote = { type: 'consensus.vote', roundId: spec.roundId, level: 2 + (i % 4) };
      voter.socket.emit('command', vote, (ack) => {
        unanswered.delete(voter.socket);
        if ((ack as { ok: boolean }).ok) accepted += 1;
        else refused += 1;
        if (accepted + refused === voters.length) allAckedMs = performance.now() - t0;
        check();
      });
    });
    await Promise.race([finished, sleep(spec.timeoutMs)]);
    const cpu = process.cpuUsage(cpu0);
    await stopProfile();
    clearInterval(progress);
    this.onDrop = () => undefined;
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
    };
  }

  close(): void {
    for (const screen of this.screens) screen.socket.close();
    this.screens = [];
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
