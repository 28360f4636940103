/**
 * Exactly once (docs/protocol.md, "Request ids"): a command sent with a request id is answered once
 * and its answer kept in the stream's request log, stored with its events in the same transaction, or
 * alone when it was refused. A repeat is answered from the log (`replayed: true`) and runs nothing; a
 * request id reused for another command (its fingerprint differs) is refused.
 */
import { createHash } from 'node:crypto';
import { LIMITS, protocolError, type CommandAck, type ErrorCode, type ProtocolError } from '@dr/shared';
import type { Logger } from 'pino';
import type { EventLog, RequestRecord } from '../store/eventLog.js';
import type { PendingRequest, StreamAck } from './streamOp.js';

export type { PendingRequest } from './streamOp.js';

/**
 * A request as it will be stored: request ids are per sender (`member:<id>`, or the role of a
 * console without a member), and the fingerprint tells a repeat from an id reused for another command.
 */
export function pendingRequest(
  memberId: string | null,
  role: string,
  requestId: string,
  command: unknown,
): PendingRequest {
  return {
    sender: memberId ? `member:${memberId}` : role,
    requestId,
    fingerprint: createHash('sha256').update(JSON.stringify(command)).digest('hex'),
  };
}

/** What the request log needs of a queued command: its request, and how to answer it. */
export interface Requesting<Err> {
  request?: PendingRequest;
  done: (answer: StreamAck<Err>) => void;
}

export class RequestLog {
  constructor(
    private readonly log: EventLog,
    private readonly streamId: string,
    private readonly clock: () => number,
    private readonly logger: Logger,
    /** The code of a reused request id's refusal (rooms: `invalid`; councils answer it 409, `conflict`). */
    private readonly reusedCode: ErrorCode = 'invalid',
  ) {}

  /**
   * The stored answers of the batch's requests seen before, and of repeats within the batch itself
   * (the second of two identical requests is answered, once the first is, as its replay).
   */
  async replays<Err, Op extends Requesting<Err>>(batch: readonly Op[]): Promise<Map<Op, StreamAck<Err>>> {
    const replays = new Map<Op, StreamAck<Err>>();
    const firsts = new Map<string, Op>();
    for (const op of batch) {
      if (!op.request) continue;
      const { sender, requestId, fingerprint } = op.request;
      const key = `${sender}\n${requestId}`;
      const first = firsts.get(key);
      if (first) {
        const sameCommand = first.request?.fingerprint === fingerprint;
        // Its `done` is rewired to the first one's: this placeholder is never sent.
        replays.set(op, sameCommand ? { ok: false, error: protocolError('internal', 'server.failed') } : this.reused());
        if (sameCommand) followFirst(first, op);
        continue;
      }
      firsts.set(key, op);
      const seen = await this.log.findRequest(this.streamId, sender, requestId);
      if (seen)
        replays.set(
          op,
          seen.fingerprint === fingerprint ? { ...(seen.ack as StreamAck<Err>), replayed: true } : this.reused(),
        );
    }
    return replays;
  }

  /** The record of `request` answered `ack` now, to store with its events. */
  record<Err>(request: PendingRequest, ack: StreamAck<Err>): RequestRecord {
    // Stored as JSON; a council's refusal has a key of its own table, read back by the council.
    return { ...request, ack: ack as CommandAck, at: this.clock() };
  }

  /**
   * A refusal is an answer too: a retry after the cause went away (the round closed, then reopened)
   * must still hear the first answer, never run late. Failing to store it only costs that guarantee.
   */
  async rememberRefusal<Err>(request: PendingRequest, error: Err): Promise<void> {
    try {
      await this.log.saveRequest(this.streamId, this.record<Err>(request, { ok: false, error }));
    } catch (err) {
      this.logger.warn({ err, streamId: this.streamId }, 'could not store the answer to a refused request');
    }
  }

  /** Forgets answers older than the retention (`LIMITS.requestIdRetentionMs`). */
  async prune(): Promise<void> {
    try {
      await this.log.pruneRequests(this.streamId, this.clock() - LIMITS.requestIdRetentionMs);
    } catch (err) {
      this.logger.warn({ err, streamId: this.streamId }, 'could not prune old request ids');
    }
  }

  private reused(): { ok: false; error: ProtocolError } {
    return { ok: false, error: protocolError(this.reusedCode, 'command.requestReused') };
  }
}

/** A repeat within one batch is answered with the first one's answer, marked replayed. */
function followFirst<Err>(first: Requesting<Err>, repeat: Requesting<Err>): void {
  const firstDone = first.done;
  const repeatDone = repeat.done;
  first.done = (answer) => {
    firstDone(answer);
    repeatDone({ ...answer, replayed: true });
  };
  repeat.done = () => undefined;
}
