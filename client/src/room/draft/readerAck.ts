/**
 * When the server has this page's document as it is now (issue 25: the reader's kept text is
 * forgotten only then, readerKeep.ts). y-websocket acknowledges no update, so this asks: it sends
 * the server this document's state vector (a sync step 1) on the live connection and waits for the
 * answer (a sync step 2). The server reads a connection's messages in order and applies an update
 * before it reads the next (server/src/yjs/yjsConnection.ts), so its answer proves it has every
 * update sent before the question. A connection that closes before answering is asked again once
 * the draft is live again (a reconnect's own sync answers a question asked before the update).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { RoomDrafts } from './roomDrafts';

const MESSAGE_SYNC = 0;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;

/** The questions waiting for an answer, per connection (a socket). */
const waiting = new WeakMap<WebSocket, Array<() => void>>();
const wrapped = new WeakSet<WebsocketProvider>();

/** Resolves once the server has answered a question asked after everything this page sent so far. */
export function serverHas(drafts: RoomDrafts): Promise<void> {
  const { provider } = drafts;
  listenForAnswers(provider);
  return new Promise((resolve) => {
    let asked: WebSocket | null = null;
    const ask = () => {
      const ws = provider.ws;
      if (drafts.status().link !== 'live' || !ws || ws.readyState !== WebSocket.OPEN || ws === asked) return;
      asked = ws;
      const answered = () => {
        stop();
        resolve();
      };
      waiting.set(ws, [...(waiting.get(ws) ?? []), answered]);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, SYNC_STEP1);
      encoding.writeVarUint8Array(encoder, Y.encodeStateVector(provider.doc));
      ws.send(encoding.toUint8Array(encoder));
    };
    // A new connection (after a drop) is asked again; an answer on the old one never comes.
    const stop = drafts.subscribe(ask);
    ask();
  });
}

/** Wraps the provider's sync handler once: each answer (a step 2) settles the questions asked before it. */
function listenForAnswers(provider: WebsocketProvider): void {
  if (wrapped.has(provider)) return;
  wrapped.add(provider);
  const handle = provider.messageHandlers[MESSAGE_SYNC]!;
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    const isAnswer = decoding.peekVarUint(decoder) === SYNC_STEP2;
    handle(encoder, decoder, p, emitSynced, type);
    const ws = provider.ws;
    if (!isAnswer || !ws) return;
    const first = waiting.get(ws)?.shift();
    first?.();
  };
}
