/**
 * One client's y-websocket session on a room document: reads each binary message, answers sync,
 * applies an editor's updates through the room document (which keeps what the room allows and
 * tells the sender about the rest), relays its own cursor under a throttle. The role is fixed at
 * connect: an observer reads everything and writes nothing (its updates and its awareness are
 * dropped silently, so its own editor never stalls). Anything malformed or over a message limit
 * closes this connection only, with a code and a reason; the document is never touched by it.
 */
import type { Role } from '@dr/shared';
import * as decoding from 'lib0/decoding';
import type { Logger } from 'pino';
import { TokenBucket } from '../access/tokenBucket.js';
import type { DocPeer, RoomDoc } from './roomDoc.js';
import {
  CLOSE,
  DOC_SETTINGS,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  type DocSettings,
} from './yjsProtocol.js';

/** What the connection needs of its socket; the ws adapter implements it. */
export interface DocTransport {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

export class YjsConnection implements DocPeer {
  readonly controlledIds = new Set<number>();
  private open = false;
  private readonly awarenessBucket: TokenBucket;
  /** Dropped awareness updates: a client that keeps flooding runs out of these and is closed. */
  private readonly strikes: TokenBucket;
  private readonly settings: DocSettings;

  constructor(
    private readonly roomDoc: RoomDoc,
    private readonly transport: DocTransport,
    readonly role: Role,
    private readonly logger: Logger,
    settings: Partial<DocSettings> = {},
    clock: () => number = Date.now,
  ) {
    this.settings = { ...DOC_SETTINGS, ...settings };
    this.awarenessBucket = new TokenBucket(this.settings.awarenessBurst, this.settings.awarenessPerSecond, clock);
    this.strikes = new TokenBucket(this.settings.awarenessStrikes, this.settings.awarenessStrikesPerSecond, clock);
  }

  get readOnly(): boolean {
    return this.role === 'observer';
  }

  /** Joins the document: it sends our state vector and the current cursors. */
  start(): void {
    this.open = true;
    this.roomDoc.attach(this);
  }

  send(message: Uint8Array): void {
    if (this.open) this.transport.send(message);
  }

  /** One binary message from the client. Never throws. */
  receive(data: Uint8Array): void {
    if (!this.open) return; // frames that were in flight when we closed
    if (data.length > this.settings.maxMessageBytes) {
      return this.close(CLOSE.tooLarge, `message too large (limit ${this.settings.maxMessageBytes} bytes)`);
    }
    try {
      this.dispatch(decoding.createDecoder(data));
    } catch (error) {
      this.logger.debug({ err: error, roomId: this.roomDoc.roomId }, 'malformed yjs message');
      this.close(CLOSE.malformed, 'malformed message');
    }
  }

  /** Closes the socket with a reason the client can show, and leaves the document at once. */
  close(code: number, reason: string): void {
    if (!this.open) return;
    this.logger.debug({ roomId: this.roomDoc.roomId, code, reason }, 'closing yjs connection');
    this.ended();
    this.transport.close(code, reason);
  }

  /** The socket is gone (or going): leave the document. Safe to call more than once. */
  ended(): void {
    if (!this.open) return;
    this.open = false;
    this.roomDoc.detach(this);
  }

  private dispatch(decoder: decoding.Decoder): void {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return this.onSync(decoder);
      case MESSAGE_AWARENESS:
        return this.onAwareness(decoding.readVarUint8Array(decoder));
      case MESSAGE_QUERY_AWARENESS:
        if (this.awarenessBucket.take()) this.send(this.roomDoc.awarenessStatesMessage());
        return;
      default:
        return this.close(CLOSE.malformed, `unknown message type ${type}`);
    }
  }

  private onSync(decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === SYNC_STEP1) return this.send(this.roomDoc.syncStep2For(payload));
    if (step !== SYNC_STEP2 && step !== SYNC_UPDATE) return this.close(CLOSE.malformed, `unknown sync step ${step}`);
    if (this.readOnly) return; // dropped: never applied, stored or relayed
    const refusal = this.roomDoc.applyUpdateFrom(payload, this);
    if (refusal) this.close(refusal.code, refusal.reason);
  }

  private onAwareness(update: Uint8Array): void {
    if (this.readOnly) return; // observers are invisible
    if (update.length > this.settings.maxAwarenessBytes) {
      return this.close(CLOSE.tooLarge, `awareness update too large (limit ${this.settings.maxAwarenessBytes} bytes)`);
    }
    if (this.awarenessBucket.take()) {
      this.roomDoc.applyAwarenessFrom(update, this);
    } else if (!this.strikes.take()) {
      this.close(CLOSE.tooManyMessages, 'too many awareness updates');
    }
  }
}
