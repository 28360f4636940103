/**
 * Keystroke-to-screen latency on a shared draft: one editor types, N readers wait for each
 * keystroke. Measured against the bare relay (yjsRelay.ts) in the same run, with the same real
 * y-websocket providers, so the report is a ratio.
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connect, createRoom, ok } from '../support/clients.js';
import { waitFor } from '../support/draftClients.js';
import { startServer } from '../support/testServer.js';
import { row, summarize, type Summary } from './stats.js';
import { startBareRelay } from './yjsRelay.js';

const READERS = Number(process.env['BENCH_READERS'] ?? 20);
const KEYSTROKES = Number(process.env['BENCH_KEYSTROKES'] ?? 200);

function provider(url: string, room: string, token: string | undefined): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const p = new WebsocketProvider(`${url.replace(/^http/, 'ws')}${token ? '/yjs' : ''}`, room, doc, {
    ...(token ? { params: { token } } : {}),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider: p };
}

async function measure(
  keystrokes: number,
  url: string,
  room: string,
  root: string,
  writerToken?: string,
  readerToken?: string,
): Promise<Summary> {
  const writer = provider(url, room, writerToken);
  const readers = Array.from({ length: READERS }, () => provider(url, room, readerToken));
  const all = [writer, ...readers];
  await waitFor(() => all.every((c) => c.provider.synced), 'every provider to sync');

  const text = (doc: Y.Doc) => doc.getXmlFragment(root).toString().length;
  const samples: number[] = [];
  const started = performance.now();
  const fragment = writer.doc.getXmlFragment(root);
  const line = new Y.XmlText();
  fragment.insert(0, [line]);
  await waitFor(() => readers.every((r) => text(r.doc) === text(writer.doc)), 'the first line');
  for (let i = 0; i < keystrokes; i += 1) {
    const t0 = performance.now();
    line.insert(line.length, 'a');
    const target = text(writer.doc);
    await new Promise<void>((resolve) => {
      const check = () => {
        if (readers.every((r) => text(r.doc) === target)) resolve();
        else setImmediate(check);
      };
      check();
    });
    samples.push(performance.now() - t0);
  }
  const result = summarize(samples, performance.now() - started);
  for (const c of all) {
    c.provider.destroy();
    c.doc.destroy();
  }
  return result;
}

export async function runDraftBench(): Promise<string[]> {
  const relay = await startBareRelay();
  const server = await startServer();
  const room = await createRoom(server.url);
  // The server keeps drafts of existing agenda items only; each run types into a fresh item's draft.
  const host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Bench' });
  const draftOf = async (title: string) => `draft:${(await ok(host, { type: 'agenda.propose', title }))!}`;
  const bareRun = (n: number) => measure(n, relay.url, `bench-${n}`, 'draft:bench');
  const ourRun = async (n: number) =>
    measure(n, server.url, room.roomId, await draftOf(`Bench ${n}`), room.tokens.participant, room.tokens.observer);
  // A short warm-up of both first, so neither side pays for the JIT alone.
  await bareRun(KEYSTROKES / 5);
  await ourRun(KEYSTROKES / 5);
  const bare = await bareRun(KEYSTROKES);
  const ours = await ourRun(KEYSTROKES);
  host.close();
  await relay.close();
  await server.stop({ removeData: true });
  return [
    `Keystroke → ${READERS} readers of a draft, ${KEYSTROKES} keystrokes, one at a time`,
    row('bare y-websocket relay', bare),
    row('Deliberation Room (auth+locks+limits+log)', ours),
    `ratio (ours / bare): median ${(ours.median / bare.median).toFixed(2)}×, throughput ${(ours.perSecond / bare.perSecond).toFixed(2)}×`,
  ];
}
