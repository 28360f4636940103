/**
 * Offices (街镇) in the store's event log (`office:<officeId>`): creating one, reading one, adding a
 * council to it, on the stream kernel's write path (stream/eventStream.ts) like a council's.
 */
import {
  councilError,
  foldOffice,
  type OfficeEvent,
  type OfficeEventBody,
  type OfficeState,
  type CouncilError,
} from '@dr/shared/council';
import type { Logger } from 'pino';
import { hashToken, randomId, randomToken } from '../credentials/tokens.js';
import type { Store } from '../store/store.js';
import { officeStream } from '../store/streams.js';
import { EventStream } from '../stream/eventStream.js';
import { stampEvents } from '../stream/stamp.js';

/** An office's stream as read so far: offices are short, and folded whole (`foldOffice`). */
interface OfficeLog {
  seq: number;
  events: OfficeEvent[];
}

export class OfficeBook {
  private readonly streams = new Map<string, EventStream<OfficeLog, OfficeEventBody, CouncilError>>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A new office; its token exists in plain only in this answer. */
  async create(name: string): Promise<{ officeId: string; token: string }> {
    const officeId = randomId();
    const token = randomToken();
    const created: OfficeEventBody = { type: 'office.created', officeId, name, tokenHash: hashToken(token) };
    const events = stampEvents([created], 0, this.clock(), null, null) as OfficeEvent[];
    await this.store.appendEvents(officeStream(officeId), 0, events);
    return { officeId, token };
  }

  async load(officeId: string): Promise<OfficeState | null> {
    return foldOffice(officeId, await this.store.readEvents<OfficeEvent>(officeStream(officeId), 0));
  }

  /** Records that `councilId` belongs to the office; another node's append first is caught up and retried. */
  async addCouncil(officeId: string, councilId: string): Promise<void> {
    const { ack } = await this.stream(officeId).submit(null, (office) =>
      office.seq === 0
        ? { ok: false, error: councilError('not_found', 'office.unknown') }
        : { ok: true, events: [{ type: 'office.councilAdded', councilId }] },
    );
    if (!ack.ok) throw new Error(`Office ${officeId}: council ${councilId} not added (${ack.error.reason ?? ''})`);
  }

  private stream(officeId: string): EventStream<OfficeLog, OfficeEventBody, CouncilError> {
    const known = this.streams.get(officeId);
    if (known) return known;
    let log: OfficeLog = { seq: 0, events: [] };
    const stream = new EventStream<OfficeLog, OfficeEventBody, CouncilError>({
      streamId: officeStream(officeId),
      log: this.store,
      logger: this.logger,
      clock: this.clock,
      current: () => log,
      fold: (before, events) => ({
        seq: events.at(-1)?.seq ?? before.seq,
        events: [...before.events, ...(events as OfficeEvent[])],
      }),
      catchUp: async () => {
        const later = await this.store.readEvents<OfficeEvent>(officeStream(officeId), log.seq);
        if (later.length > 0) log = { seq: later.at(-1)!.seq, events: [...log.events, ...later] };
      },
      catchUpFirst: true,
      attempts: 6,
      committed: (next) => (log = next),
    });
    this.streams.set(officeId, stream);
    return stream;
  }
}
