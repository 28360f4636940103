/** Real y-websocket clients for the draft endpoint, plus raw sockets and polling helpers. */
import { parseDraftRefusal, type DraftRefusalNotice } from '@dr/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface CloseInfo {
  code: number;
  reason: string;
}

export interface DraftClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every close of this client's socket that the server initiated, in order. */
  closes: CloseInfo[];
  /** Every refusal notice the server sent (y-protocols' permission-denied message), in order. */
  refusals: DraftRefusalNotice[];
  /** How many times the socket opened: 1 while it never had to reconnect. */
  opens(): number;
  draft(itemId: string): Y.XmlFragment;
  destroy(): void;
}

/** A provider exactly as a browser opens it: `<url>/yjs/<roomId>?token=…`, here with ws in place of the DOM WebSocket. */
export function openDraft(url: string, roomId: string, token: string): DraftClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, roomId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // In one Node process, providers of the same room would otherwise sync over a BroadcastChannel,
    // bypassing the server this test is about.
    disableBc: true,
    maxBackoffTime: 500,
  });
  const closes: CloseInfo[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  let opens = 0;
  provider.on('status', ({ status }) => {
    if (status === 'connected') opens += 1;
  });
  // As the web app does: read the notice instead of the stock handler's console warning.
  const refusals: DraftRefusalNotice[] = [];
  provider.messageHandlers[2] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) !== 0) return;
    const notice = parseDraftRefusal(decoding.readVarString(decoder));
    if (notice) refusals.push(notice);
  };
  return {
    doc,
    provider,
    closes,
    refusals,
    opens: () => opens,
    draft: (itemId) => doc.getXmlFragment(`draft:${itemId}`),
    destroy() {
      provider.destroy();
      provider.awareness.destroy();
      doc.destroy();
    },
  };
}

/** Opens a provider and waits until it has synced with the server. */
export async function connectDraft(url: string, roomId: string, token: string): Promise<DraftClient> {
  const client = openDraft(url, roomId, token);
  await waitFor(() => client.provider.synced, 'the provider to sync');
  return client;
}

/**
 * Resolves once the server has handled everything this client sent before: the server answers
 * one connection's messages in order, so its answer to a fresh sync step 1 comes after them all.
 */
export function roundTrip(client: DraftClient): Promise<void> {
  const { provider } = client;
  const ws = provider.ws;
  if (!ws || !provider.wsconnected) return Promise.reject(new Error('not connected'));
  const original = provider.messageHandlers[0]!;
  return new Promise((resolve) => {
    provider.messageHandlers[0] = (encoder, decoder, ...rest) => {
      const isStep2 = decoder.arr[decoder.pos] === 1;
      original(encoder, decoder, ...rest);
      if (!isStep2) return;
      provider.messageHandlers[0] = original;
      resolve();
    };
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // sync
    encoding.writeVarUint(encoder, 0); // step 1
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(client.doc));
    ws.send(encoding.toUint8Array(encoder));
  });
}

export function appendParagraph(fragment: Y.XmlFragment, text: string): void {
  fragment.doc!.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  });
}

/**
 * Writes `lines` into `itemId`'s draft as one editor (`token`) and leaves once the server has them:
 * the usual way a test puts text on the record before a round opens.
 */
export async function writeDraft(url: string, roomId: string, token: string, itemId: string, ...lines: string[]) {
  const editor = await connectDraft(url, roomId, token);
  for (const line of lines) appendParagraph(editor.draft(itemId), line);
  await roundTrip(editor);
  editor.destroy();
}

/** The draft as the server renders plain paragraphs: one line each. */
export function paragraphs(fragment: Y.XmlFragment): string {
  return fragment
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map(String).join('') : String(node)))
    .join('\n');
}

/** A bare WebSocket on the draft endpoint, for sending what no provider would. */
export async function rawSocket(
  url: string,
  roomId: string,
  token: string,
  headers?: Record<string, string>,
): Promise<WebSocket> {
  const ws = new WebSocket(
    `${url.replace(/^http/, 'ws')}/yjs/${roomId}?token=${encodeURIComponent(token)}`,
    headers ? { headers } : {},
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

/**
 * How the draft endpoint answers a credential: `open` once it has sent its first message (the
 * sync step 1 of an admitted connection), or the code it closed with.
 */
export async function draftDoor(
  url: string,
  roomId: string,
  token: string,
  headers?: Record<string, string>,
): Promise<'open' | number> {
  const ws = new WebSocket(
    `${url.replace(/^http/, 'ws')}/yjs/${roomId}?token=${encodeURIComponent(token)}`,
    headers ? { headers } : {},
  );
  // Listening from the start: a refusal's close frame may arrive right behind the upgrade.
  const answer = await new Promise<'open' | number>((resolve, reject) => {
    ws.once('message', () => resolve('open'));
    ws.once('close', (code) => resolve(code));
    ws.once('error', reject);
  });
  ws.terminate();
  return answer;
}

export function closeOf(ws: WebSocket): Promise<CloseInfo> {
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

/** Polls until `condition` holds; fails with `what` after a generous timeout. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
