/**
 * The live councils: each council's state, folded from its stream in the store, and its write path.
 * Commands to one council run one at a time (a promise chain per council); each one first catches
 * up with events another node may have appended, decides, folds, and appends with its request's
 * answer in the same transaction (exactly once, like a room's requests). A stale append
 * (`SeqConflictError`) catches up and decides again.
 */
import { createHash } from 'node:crypto';
import type { CommandAck } from '@dr/shared';
import {
  councilError,
  type CouncilError,
  applyCouncil,
  emptyCouncil,
  foldCouncil,
  type CouncilEvent,
  type CouncilEventBody,
  type CouncilRuling,
  type CouncilState,
} from '@dr/shared/council';
import { SeqConflictError, type RequestRecord, type Store } from '../store/store.js';
import { councilStream } from '../store/streams.js';

/** A council command's answer: as a room command's, with a refusal key of either table. */
export type CouncilAckValue =
  { ok: true; seq: number; id?: string; replayed?: true } | { ok: false; error: CouncilError; replayed?: true };

/** A request to run exactly once: who sent it, its id, and what it was (its fingerprint). */
export interface CouncilRequest {
  sender: string;
  requestId: string;
  command: unknown;
}

const MAX_ATTEMPTS = 5;

export class CouncilBook {
  private readonly states = new Map<string, CouncilState>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The council as the store has it now, or null when there is none. */
  load(councilId: string): Promise<CouncilState | null> {
    return this.serial(councilId, () => this.catchUp(councilId));
  }

  /** Stores a new council's first event; rejects if the id is taken. */
  async create(created: Extract<CouncilEventBody, { type: 'council.created' }>): Promise<CouncilState> {
    const event: CouncilEvent = { ...created, seq: 1, at: this.clock(), actor: null };
    await this.store.appendEvents(councilStream(created.councilId), 0, [event]);
    const state = applyCouncil(emptyCouncil(created.councilId), event);
    this.states.set(created.councilId, state);
    return state;
  }

  /**
   * Decides against the current state and stores the events. With a request, a repeat is answered
   * from the store (`replayed`) and runs nothing; a request id reused for another command is refused.
   * `actor` is the acting member's id (null: the host's console, the server).
   */
  run(
    councilId: string,
    actor: string | null,
    decide: (state: CouncilState) => CouncilRuling | Promise<CouncilRuling>,
    request?: CouncilRequest,
  ): Promise<CouncilAckValue & { state?: CouncilState }> {
    return this.serial(councilId, async () => {
      const stream = councilStream(councilId);
      const fingerprint = request ? fingerprintOf(request.command) : '';
      if (request) {
        const seen = await this.store.findRequest(stream, request.sender, request.requestId);
        if (seen) {
          if (seen.fingerprint !== fingerprint)
            return { ok: false, error: councilError('conflict', 'command.requestReused') };
          return { ...(seen.ack as CouncilAckValue), replayed: true };
        }
      }
      for (let attempt = 1; ; attempt++) {
        const state = await this.catchUp(councilId);
        if (!state) return { ok: false, error: councilError('not_found', 'council.unknown') };
        const ruling = await decide(state);
        const now = this.clock();
        if (!ruling.ok) {
          const ack: CouncilAckValue = { ok: false, error: ruling.error };
          if (request) await this.store.saveRequest(stream, record(request, fingerprint, ack, now));
          return ack;
        }
        const events = ruling.events.map((body, i): CouncilEvent => ({
          ...body,
          seq: state.seq + 1 + i,
          at: now,
          actor,
        }));
        const next = foldCouncil(state, events);
        const ack: CouncilAckValue = { ok: true, seq: next.seq, ...(ruling.id ? { id: ruling.id } : {}) };
        try {
          await this.store.appendEvents(
            stream,
            state.seq,
            events,
            request ? [record(request, fingerprint, ack, now)] : [],
          );
        } catch (error) {
          if (error instanceof SeqConflictError && attempt < MAX_ATTEMPTS) continue;
          throw error;
        }
        this.states.set(councilId, next);
        return { ...ack, state: next };
      }
    });
  }

  private async catchUp(councilId: string): Promise<CouncilState | null> {
    const known = this.states.get(councilId) ?? emptyCouncil(councilId);
    const later = await this.store.readEvents<CouncilEvent>(councilStream(councilId), known.seq);
    const state = foldCouncil(known, later);
    if (state.seq === 0) return null;
    this.states.set(councilId, state);
    return state;
  }

  private serial<T>(councilId: string, task: () => Promise<T>): Promise<T> {
    const before = this.queues.get(councilId) ?? Promise.resolve();
    const result = before.then(task, task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(councilId, settled);
    void settled.then(() => {
      if (this.queues.get(councilId) === settled) this.queues.delete(councilId);
    });
    return result;
  }
}

function fingerprintOf(command: unknown): string {
  return createHash('sha256').update(JSON.stringify(command)).digest('hex');
}

function record(request: CouncilRequest, fingerprint: string, ack: CouncilAckValue, at: number): RequestRecord {
  // Stored as JSON like a room's answer; its reason may be a council's key (councilRefusals.ts).
  return { sender: request.sender, requestId: request.requestId, fingerprint, ack: ack as CommandAck, at };
}
