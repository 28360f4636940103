/**
 * The live councils: each council's state, folded from its stream in the store, and its write path,
 * the stream kernel's (stream/eventStream.ts) as for a room: commands to one council are decided one
 * at a time against the state their predecessors left, stored in group commits with their requests'
 * answers (exactly once; refusals remembered), after catching up with what another node appended.
 */
import {
  councilError,
  emptyCouncil,
  foldCouncil,
  type CouncilError,
  type CouncilEvent,
  type CouncilEventBody,
  type CouncilRuling,
  type CouncilState,
} from '@dr/shared/council';
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import { councilStream } from '../store/streams.js';
import { EventStream } from '../stream/eventStream.js';
import type { PendingRequest } from '../stream/requestLog.js';
import { stampEvents } from '../stream/stamp.js';
import type { StreamAck } from '../stream/streamOp.js';

/** A council command's answer: as a room command's, with a refusal key of either table. */
export type CouncilAckValue = StreamAck<CouncilError>;

/** How many times a batch is decided again after another node appended first. */
const MAX_ATTEMPTS = 5;

interface LiveCouncil {
  state: CouncilState;
  stream: EventStream<CouncilState, CouncilEventBody, CouncilError>;
}

export class CouncilBook {
  private readonly councils = new Map<string, LiveCouncil>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
    /** The council's stream changed here (a commit, an erasure): its open pages read the board again. */
    private readonly changed: (councilId: string) => void = () => {},
  ) {}

  /** The council as the store has it now, or null when there is none. */
  async load(councilId: string): Promise<CouncilState | null> {
    const live = this.live(councilId);
    await live.stream.enqueue(() => this.catchUp(live));
    if (live.state.seq > 0) return live.state;
    // No such council: keep nothing for it, or every id a client makes up would stay in memory.
    if (live.stream.queue.idle && this.councils.get(councilId) === live) this.councils.delete(councilId);
    return null;
  }

  /** Stores a new council's first event; rejects if the id is taken. */
  async create(created: Extract<CouncilEventBody, { type: 'council.created' }>): Promise<CouncilState> {
    const live = this.live(created.councilId);
    return live.stream.enqueue(async () => {
      const events = stampEvents([created], 0, this.clock(), null, null) as CouncilEvent[];
      await this.store.appendEvents(councilStream(created.councilId), 0, events);
      live.state = foldCouncil(emptyCouncil(created.councilId), events);
      return live.state;
    });
  }

  /**
   * Decides against the current state and stores the events. With a request, a repeat is answered
   * from the store (`replayed`) and runs nothing; a request id reused for another command is refused.
   * `actor` is the acting member's id (null: the host's console, the server).
   */
  async run(
    councilId: string,
    actor: string | null,
    decide: (state: CouncilState) => CouncilRuling | Promise<CouncilRuling>,
    request?: PendingRequest,
  ): Promise<CouncilAckValue & { state?: CouncilState }> {
    const { ack, after } = await this.live(councilId).stream.submit(
      actor,
      (state) => (state.seq === 0 ? { ok: false, error: councilError('not_found', 'council.unknown') } : decide(state)),
      { request },
    );
    return after && ack.ok ? { ...ack, state: after } : ack;
  }

  /**
   * Erasure (erasure/): `rewrite` picks the council's stored events to replace; they are stored and
   * the council folded again from its first event, in its write queue. Resolves how many changed.
   */
  async rewriteRecord(
    councilId: string,
    rewrite: (events: readonly CouncilEvent[]) => CouncilEvent[],
  ): Promise<number> {
    const live = this.live(councilId);
    const stream = councilStream(councilId);
    return live.stream.enqueue(async () => {
      const changed = rewrite(await this.store.readEvents<CouncilEvent>(stream, 0));
      if (changed.length === 0) return 0;
      await this.store.rewriteEvents(stream, changed);
      live.state = foldCouncil(emptyCouncil(councilId), await this.store.readEvents<CouncilEvent>(stream, 0));
      this.changed(councilId);
      return changed.length;
    });
  }

  private live(councilId: string): LiveCouncil {
    const known = this.councils.get(councilId);
    if (known) return known;
    const live: LiveCouncil = {
      state: emptyCouncil(councilId),
      stream: new EventStream<CouncilState, CouncilEventBody, CouncilError>({
        streamId: councilStream(councilId),
        log: this.store,
        logger: this.logger,
        clock: this.clock,
        current: () => live.state,
        fold: (state, events) => foldCouncil(state, events as CouncilEvent[]),
        catchUp: () => this.catchUp(live),
        // Another node appends to a council without telling this one: read the store before deciding.
        catchUpFirst: true,
        attempts: MAX_ATTEMPTS,
        committed: (state) => {
          live.state = state;
          this.changed(councilId);
        },
        reusedCode: 'conflict',
      }),
    };
    this.councils.set(councilId, live);
    return live;
  }

  private async catchUp(live: LiveCouncil): Promise<void> {
    const later = await this.store.readEvents<CouncilEvent>(councilStream(live.state.councilId), live.state.seq);
    if (later.length > 0) live.state = foldCouncil(live.state, later);
  }
}
