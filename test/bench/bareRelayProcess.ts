/**
 * The bare Socket.IO relay as a process of its own, for the memory bench: it welcomes each socket,
 * relays each `command` to the room, and answers `/healthz`. It logs `listening` with its pid, as
 * the server does, so the same helper (serverProcess.ts) can find and measure it.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { relayCommands } from './bareRelay.js';

const http = createServer((req, res) => {
  res.writeHead(req.url === '/healthz' ? 200 : 404).end();
});
const io = new Server(http);
relayCommands(io);
http.listen(Number(process.env['PORT']), process.env['HOST'] ?? '127.0.0.1', () =>
  console.log(JSON.stringify({ msg: 'listening', pid: process.pid })),
);
process.on('SIGTERM', () => io.close(() => process.exit(0)));
