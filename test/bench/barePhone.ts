/**
 * The phone bench's baseline: the least a page can do to give a participant the same three things,
 * served from this machine and measured on the same throttled phone in the same run. One HTML file
 * with its script inline (no framework, no build, no service worker), a plain WebSocket (`ws`, no
 * Socket.IO) opened as the page starts: the join screen ("Your name", "I'm remote"), the name sent
 * and answered with a welcome, then an enabled "Raise hand"; and the draft as a `<textarea>` the
 * person touches and types in. What is left of the app's figures above these is the app's own cost;
 * what these take is the link's and the CPU's floor.
 *
 * Every byte written to a phone's sockets (HTTP and WebSocket, headers included) is counted, as the
 * app's server is counted (`countBytesSent`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';

export const BARE_DRAFT = 'go by the north gate.\nBikes stay outside the hall.';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Room</title></head><body>
<main id="main"><label for="name">Your name</label><input id="name" autocomplete="name">
<button id="remote" disabled>I'm remote</button></main>
<script>
const ws = new WebSocket(location.origin.replace('http', 'ws') + '/live');
const main = document.getElementById('main');
const name = document.getElementById('name');
const remote = document.getElementById('remote');
const draft = ${JSON.stringify(BARE_DRAFT)};
const ready = () => (remote.disabled = !name.value.trim() || ws.readyState !== WebSocket.OPEN);
name.addEventListener('input', ready);
ws.addEventListener('open', ready);
remote.addEventListener('click', () => ws.send(JSON.stringify({ join: name.value })));
ws.addEventListener('message', () => {
  main.innerHTML = '<button>Raise hand</button><textarea aria-label="Draft resolution" rows="6"></textarea>';
  main.querySelector('textarea').value = draft;
});
</script></body></html>`;

/**
 * Counts what a server writes to its sockets: the function returned starts a count, whose own
 * function sums `bytesWritten` over the connections opened since (open or closed by then).
 */
export function countBytesSent(http: Server): () => () => number {
  const sockets: Socket[] = [];
  http.on('connection', (socket: Socket) => sockets.push(socket));
  return () => {
    const from = sockets.length;
    return () => sockets.slice(from).reduce((sum, socket) => sum + socket.bytesWritten, 0);
  };
}

export interface BarePhone {
  url: string;
  /** Starts counting the bytes written to connections opened from now on (`countBytesSent`). */
  countFrom(): () => number;
  close(): Promise<void>;
}

/** Starts the bare page's server on a free port. */
export async function startBarePhone(): Promise<BarePhone> {
  const http = createServer((request, response) => {
    response.writeHead(request.url?.startsWith('/room') ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url?.startsWith('/room') ? PAGE : '');
  });
  const countFrom = countBytesSent(http);
  const wss = new WebSocketServer({ server: http, path: '/live' });
  wss.on('connection', (socket) => socket.on('message', () => socket.send(JSON.stringify({ welcome: true }))));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/room`,
    countFrom,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
