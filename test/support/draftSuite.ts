/**
 * What a draft test file needs, in one call: `serverSuite()`, a room with its host connected, and
 * the draft clients and raw sockets a test opens, closed after each test. Only a file's own rooms
 * and servers (a restart, a room seeded with junk) are its own to open and close.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { connect, createRoom, ok, type CreatedRoom, type TestClient, activeItem } from './clients.js';
import { appendParagraph, connectDraft, rawSocket, roundTrip, type DraftClient } from './draftClients.js';
import { serverSuite, started, type ServerSuite } from './serverSuite.js';
import type { TestServer } from './testServer.js';

export interface DraftSuite {
  readonly suite: ServerSuite;
  /** The file's room on the suite's server, made before its first test. */
  readonly room: CreatedRoom;
  /** The room's host, connected by socket (for commands such as `agenda.propose`). */
  readonly host: TestClient;
  /** Draft clients to destroy after the current test: `editor` puts its own here, a test may add others. */
  readonly opened: DraftClient[];
  /** Raw sockets to end after the current test: `raw` puts its own here. */
  readonly sockets: WebSocket[];
  /** A draft client of the room (a participant's unless `token` says otherwise), on `on` or the suite's server. */
  editor(token?: string, on?: TestServer): Promise<DraftClient>;
  /** A raw socket on the room's draft endpoint. */
  raw(token?: string): Promise<WebSocket>;
  /** Proposes an agenda item as the host and gives its id: the document keeps drafts of existing items only. */
  propose(title: string): Promise<string>;
  /** The server's copy of the room's draft document. */
  serverDoc(on?: TestServer): Promise<Y.Doc>;
  /** The server's rendering of item `itemId`'s draft. */
  serverText(itemId: string, on?: TestServer): Promise<string>;
}

/**
 * A room of its own on `url` with one agenda item, its host already gone again: for a test that
 * restarts or seeds a server, or rotates a room's links. Gives the room and the item's id.
 */
export async function roomWithItem(
  url: string,
  title: string,
  itemTitle: string,
  locale = 'en',
): Promise<{ room: CreatedRoom; itemId: string }> {
  const room = await createRoom(url, title, locale);
  const host = await connect(url, { roomId: room.roomId, token: room.tokens.host, name: 'Host' });
  try {
    return { room, itemId: (await ok(host, { type: 'agenda.propose', title: itemTitle }))! };
  } finally {
    host.close();
  }
}

/**
 * A room on `url` whose host (still connected) has proposed `topic` and opened it, and whose draft a
 * participant's client (`other`) has begun with `lines`, stored at the server: where every browser
 * test of the draft editor starts.
 */
export async function roomWithDraft(
  url: string,
  title: string,
  topic: string,
  lines: readonly string[],
  locale = 'en',
): Promise<{ room: CreatedRoom; host: TestClient; itemId: string; other: DraftClient }> {
  const room = await createRoom(url, title, locale);
  const host = await connect(url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
  const itemId = await activeItem(host, topic);
  const other = await connectDraft(url, room.roomId, room.tokens.participant);
  for (const line of lines) appendParagraph(other.draft(itemId), line);
  await roundTrip(other);
  return { room, host, itemId, other };
}

export function draftSuite(title: string, locale = 'en'): DraftSuite {
  // Each provider listens for the process's exit; a dozen at once is expected here, not a leak.
  process.setMaxListeners(64);
  const suite = serverSuite();
  let room: CreatedRoom | undefined;
  let host: TestClient | undefined;
  const opened: DraftClient[] = [];
  const sockets: WebSocket[] = [];

  beforeAll(async () => {
    room = await createRoom(suite.url, title, locale);
    host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Host' });
  });
  afterEach(() => {
    for (const client of opened.splice(0)) client.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
  });
  afterAll(() => {
    host?.close();
  });

  const live = async (on: TestServer) => (await on.app.registry.get(draft.room.roomId))!.doc();
  const draft: DraftSuite = {
    suite,
    get room() {
      return started(room, 'the draft room');
    },
    get host() {
      return started(host, 'the draft room’s host');
    },
    opened,
    sockets,
    async editor(token = draft.room.tokens.participant, on = suite.server) {
      const client = await connectDraft(on.url, draft.room.roomId, token);
      opened.push(client);
      return client;
    },
    async raw(token = draft.room.tokens.participant) {
      const ws = await rawSocket(suite.url, draft.room.roomId, token);
      sockets.push(ws);
      return ws;
    },
    async propose(title) {
      return (await ok(draft.host, { type: 'agenda.propose', title }))!;
    },
    serverDoc: async (on = suite.server) => (await live(on)).doc,
    serverText: async (itemId, on = suite.server) => (await live(on)).renderText(itemId),
  };
  return draft;
}
