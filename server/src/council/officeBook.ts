/** Offices (街镇) in the store's event log (`office:<officeId>`): creating one, reading one, adding a council to it. */
import { foldOffice, type OfficeEvent, type OfficeState } from '@dr/shared/council';
import { hashToken, randomId, randomToken } from '../credentials/tokens.js';
import { SeqConflictError, type Store } from '../store/store.js';
import { officeStream } from '../store/streams.js';

export class OfficeBook {
  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A new office; its token exists in plain only in this answer. */
  async create(name: string): Promise<{ officeId: string; token: string }> {
    const officeId = randomId();
    const token = randomToken();
    const event: OfficeEvent = {
      type: 'office.created',
      officeId,
      name,
      tokenHash: hashToken(token),
      seq: 1,
      at: this.clock(),
      actor: null,
    };
    await this.store.appendEvents(officeStream(officeId), 0, [event]);
    return { officeId, token };
  }

  async load(officeId: string): Promise<OfficeState | null> {
    return foldOffice(officeId, await this.store.readEvents<OfficeEvent>(officeStream(officeId), 0));
  }

  /** Records that `councilId` belongs to the office; another node's append first is caught up and retried. */
  async addCouncil(officeId: string, councilId: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const office = await this.load(officeId);
      if (!office) throw new Error(`Office ${officeId} does not exist`);
      const event: OfficeEvent = {
        type: 'office.councilAdded',
        councilId,
        seq: office.seq + 1,
        at: this.clock(),
        actor: null,
      };
      try {
        return await this.store.appendEvents(officeStream(officeId), office.seq, [event]);
      } catch (error) {
        if (!(error instanceof SeqConflictError) || attempt >= 5) throw error;
      }
    }
  }
}
