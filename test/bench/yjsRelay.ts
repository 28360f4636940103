/**
 * The baseline for the draft benchmark: the smallest y-websocket-protocol server (sync and
 * awareness relay, one Y.Doc per room, no auth, no limits, no persistence), written here with
 * y-protocols the way y-websocket's own example server does it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

interface Room {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  sockets: Set<WebSocket>;
}

export async function startBareRelay(): Promise<{ url: string; close(): Promise<void> }> {
  const rooms = new Map<string, Room>();
  const http: Server = createServer();
  const wss = new WebSocketServer({ server: http });

  const roomFor = (name: string): Room => {
    let room = rooms.get(name);
    if (room) return room;
    const doc = new Y.Doc();
    const created: Room = { doc, awareness: new awarenessProtocol.Awareness(doc), sockets: new Set() };
    doc.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, update);
      const message = encoding.toUint8Array(encoder);
      for (const socket of created.sockets) socket.send(message);
    });
    rooms.set(name, created);
    room = created;
    return room;
  };

  wss.on('connection', (socket, req) => {
    const room = roomFor((req.url ?? '/').slice(1).split('?')[0]!);
    room.sockets.add(socket);
    socket.on('close', () => room.sockets.delete(socket));
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const encoder = encoding.createEncoder();
      if (decoding.readVarUint(decoder) !== 0) return; // awareness is not part of this measurement
      encoding.writeVarUint(encoder, 0);
      syncProtocol.readSyncMessage(decoder, encoder, room.doc, socket);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
    });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, room.doc);
    socket.send(encoding.toUint8Array(encoder));
  });

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => http.close(() => resolve())));
    },
  };
}
