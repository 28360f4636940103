/** Real socket.io clients for black-box tests, with small promise helpers. */
import {
  CreatedRoom,
  PROTOCOL_VERSION,
  type CommandAck,
  type RoomEvent,
  type RoomState,
  type Welcome,
} from '@dr/shared';
import { io, type Socket } from 'socket.io-client';

export type { CreatedRoom };

export async function createRoom(url: string, title = 'Courtyard council', locale?: string): Promise<CreatedRoom> {
  const res = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, ...(locale ? { locale } : {}) }),
  });
  if (res.status !== 201) throw new Error(`POST /api/rooms answered ${res.status}`);
  // Parsed with the shared answer schema, so every black-box test also checks the server keeps to it.
  return CreatedRoom.parse(await res.json());
}

/** What an HTTP request of a test gets back: the status, the headers, the body as text, and its JSON (null if not JSON). */
export interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
  text: string;
}

/**
 * One HTTP request to `url` + `path`, JSON in (a string body goes as it is: a test of bad JSON) and
 * out, with a bearer `token` when one is given. Any status is answered, never thrown.
 */
export async function httpCall(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<Answer> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // a page, not JSON
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** A connected client that records every event it receives. */
/** POSTs JSON to `url` + `path` (with a bearer `token`), the answer's JSON; throws on a status ≥ 300, with the body. */
export async function postJson<T>(url: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface TestClient {
  socket: Socket;
  welcome: Welcome<RoomState>;
  received: RoomEvent[];
  command(command: Record<string, unknown>): Promise<CommandAck>;
  /** Resolves with the first received event (past or future) matching `predicate`. */
  waitForEvent(predicate: (e: RoomEvent) => boolean): Promise<RoomEvent>;
  close(): void;
}

export type Auth = Record<string, unknown>;

/** `headers`: sent with the handshake, e.g. `X-Forwarded-For` to stand for a client behind a proxy. */
export function connectRaw(url: string, auth: Auth, headers?: Record<string, string>): Socket {
  return io(url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(headers ? { extraHeaders: headers } : {}),
  });
}

export function connect(url: string, auth: Auth, headers?: Record<string, string>): Promise<TestClient> {
  const socket = connectRaw(url, { protocolVersion: PROTOCOL_VERSION, ...auth }, headers);
  const received: RoomEvent[] = [];
  const waiters: { predicate: (e: RoomEvent) => boolean; resolve: (e: RoomEvent) => void }[] = [];
  socket.on('events', ({ events }: { events: RoomEvent[] }) => {
    for (const event of events) {
      received.push(event);
      for (const w of waiters.filter((w) => w.predicate(event))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
    socket.once('welcome', (welcome: Welcome<RoomState>) =>
      resolve({
        socket,
        welcome,
        received,
        command: (command) => socket.timeout(5000).emitWithAck('command', command) as Promise<CommandAck>,
        waitForEvent: (predicate) =>
          new Promise((res) => {
            const seen = received.find(predicate);
            if (seen) res(seen);
            else waiters.push({ predicate, resolve: res });
          }),
        close: () => socket.close(),
      }),
    );
  });
}

/** Sends a command that must be accepted; returns the id it created. Fails the test with the refusal. */
export async function ok(client: TestClient, command: Record<string, unknown>): Promise<string | undefined> {
  const ack = await client.command(command);
  if (!ack.ok) throw new Error(`${String(command['type'])}: ${ack.error.code} ${ack.error.message}`);
  return ack.id;
}

/** The way into `room` on `url`: `join(token, extra)` connects a client, its name or presence in `extra`. */
export function joiner(url: string, room: CreatedRoom): (token: string, extra?: Auth) => Promise<TestClient> {
  return (token, extra = {}) => connect(url, { roomId: room.roomId, token, ...extra });
}

/** A new room on `url` and the way into it (`joiner`). */
export async function openRoom(url: string, title?: string, locale?: string) {
  const room = await createRoom(url, title, locale);
  return { room, join: joiner(url, room) };
}

/** `host` proposes `title` and makes it the item under discussion; gives the item's id. */
export async function activeItem(host: TestClient, title: string): Promise<string> {
  const itemId = (await ok(host, { type: 'agenda.propose', title }))!;
  await ok(host, { type: 'agenda.activate', itemId });
  return itemId;
}

export interface HandshakeRefusal {
  message: string;
  code: string | undefined;
  reason: string | undefined;
}

/** The `connect_error` a handshake ends with (its message, `data.code` and `data.reason`). */
export function connectError(url: string, auth: Auth, headers?: Record<string, string>): Promise<HandshakeRefusal> {
  const socket = connectRaw(url, auth, headers);
  return new Promise((resolve, reject) => {
    socket.once('welcome', () => {
      socket.close();
      reject(new Error('expected the handshake to fail, but it was welcomed'));
    });
    socket.once('connect_error', (error: Error & { data?: { code?: string; reason?: string } }) => {
      socket.close();
      resolve({ message: error.message, code: error.data?.code, reason: error.data?.reason });
    });
  });
}

/** How a handshake ended: welcomed with a role, or refused with a code. */
export async function handshake(
  url: string,
  auth: Auth,
  headers?: Record<string, string>,
): Promise<{ role: string } | { refused: string | undefined }> {
  try {
    const client = await connect(url, auth, headers);
    client.close();
    return { role: client.welcome.you.role };
  } catch (error) {
    return { refused: (error as Error & { data?: { code?: string } }).data?.code };
  }
}
