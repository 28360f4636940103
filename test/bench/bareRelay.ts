/** The bare Socket.IO relay the benches compare with, in its simplest form. */
import type { Server } from 'socket.io';

/** Every socket joins one room and is welcomed at seq 0; each `command` is broadcast as it is, then acknowledged. */
export function relayCommands(io: Server): void {
  io.on('connection', (socket) => {
    void socket.join('room');
    socket.emit('welcome', { seq: 0 });
    socket.on('command', (payload: unknown, ack: (v: unknown) => void) => {
      io.to('room').emit('events', { events: [payload] });
      ack({ ok: true });
    });
  });
}
