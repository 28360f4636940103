/** What a stream's write path takes in and gives back (room, council and office alike). */
import type { ProtocolError } from '@dr/shared';
import type { RequestRecord } from '../store/eventLog.js';

/** A request being answered for the first time: the record it will be stored as, less the answer. */
export type PendingRequest = Omit<RequestRecord, 'ack' | 'at'>;

/** A decision: the event bodies to store (and the id of what they made), or a refusal. */
export type StreamRuling<B, Err> = { ok: true; events: B[]; id?: string } | { ok: false; error: Err };

/**
 * A command's answer. The write path's own refusals (`server.saveFailed`, `server.foldFailed`,
 * `server.raced`, `command.requestReused`) are a room's `ProtocolError`s whatever the stream.
 */
export type StreamAck<Err> =
  { ok: true; seq: number; id?: string; replayed?: true } | { ok: false; error: Err | ProtocolError; replayed?: true };

/** A command waiting for its stream's next group commit. */
export interface StreamOp<S, B, Err> {
  /** Stamped on its events: the acting member's id, null for a console without one or the server. */
  actor: string | null;
  /** Decides against the state the commands before it in the batch left. */
  decide: (state: S) => StreamRuling<B, Err> | Promise<StreamRuling<B, Err>>;
  /** Runs after a positive decision, before the batch is appended (a new member's secret). */
  beforeAppend?: () => Promise<void>;
  /** The command's request id, if it came with one: answered once, then replayed. */
  request?: PendingRequest;
  /** The answer, and on success the stream's state right after this command's events. */
  done: (answer: StreamAck<Err>, after?: S) => void;
}
