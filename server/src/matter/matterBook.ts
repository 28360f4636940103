/**
 * The live matters: each matter's state, folded from its stream (`matter:<matterId>`) in the store,
 * and its write path, the stream kernel's (stream/eventStream.ts) as for a council: decided one at a
 * time against the state the decisions before left, stored with their requests' answers (exactly
 * once; refusals remembered), after catching up with what another node appended.
 */
import type { CouncilError } from '@dr/shared/council';
import { emptyMatter, foldMatter, type MatterEvent, type MatterEventBody, type MatterState } from '@dr/shared/matter';
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import { matterStream } from '../store/streams.js';
import { EventStream } from '../stream/eventStream.js';
import type { PendingRequest } from '../stream/requestLog.js';
import type { StreamAck, StreamRuling } from '../stream/streamOp.js';

export type MatterRuling = StreamRuling<MatterEventBody, CouncilError>;

/** How many times a batch is decided again after another node appended first. */
const MAX_ATTEMPTS = 5;

interface LiveMatter {
  state: MatterState;
  stream: EventStream<MatterState, MatterEventBody, CouncilError>;
}

export class MatterBook {
  private readonly matters = new Map<string, LiveMatter>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The matter as the store has it now, or null when there is none. */
  async load(matterId: string): Promise<MatterState | null> {
    const live = this.live(matterId);
    await live.stream.enqueue(() => this.catchUp(live));
    if (live.state.seq > 0) return live.state;
    // No such matter: keep nothing for it, or every id a client makes up would stay in memory.
    if (live.stream.queue.idle && this.matters.get(matterId) === live) this.matters.delete(matterId);
    return null;
  }

  /**
   * Decides against the current state (empty for a new matter: `decide` sees `seq` 0) and stores the
   * events. With a request, a repeat is answered from the store and runs nothing.
   */
  async run(
    matterId: string,
    actor: string | null,
    decide: (state: MatterState) => MatterRuling | Promise<MatterRuling>,
    request?: PendingRequest,
  ): Promise<StreamAck<CouncilError> & { state?: MatterState }> {
    const { ack, after } = await this.live(matterId).stream.submit(actor, decide, { request });
    return after && ack.ok ? { ...ack, state: after } : ack;
  }

  private live(matterId: string): LiveMatter {
    const known = this.matters.get(matterId);
    if (known) return known;
    const live: LiveMatter = {
      state: emptyMatter(matterId),
      stream: new EventStream<MatterState, MatterEventBody, CouncilError>({
        streamId: matterStream(matterId),
        log: this.store,
        logger: this.logger,
        clock: this.clock,
        current: () => live.state,
        fold: (state, events) => foldMatter(state, events as MatterEvent[]),
        catchUp: () => this.catchUp(live),
        catchUpFirst: true,
        attempts: MAX_ATTEMPTS,
        committed: (state) => {
          live.state = state;
        },
        reusedCode: 'conflict',
      }),
    };
    this.matters.set(matterId, live);
    return live;
  }

  private async catchUp(live: LiveMatter): Promise<void> {
    const later = await this.store.readEvents<MatterEvent>(matterStream(live.state.matterId), live.state.seq);
    if (later.length > 0) live.state = foldMatter(live.state, later);
  }
}
