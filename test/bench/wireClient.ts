/**
 * A minimal Socket.IO client for the load generator: the Engine.IO 4 / Socket.IO 5 wire protocol
 * over one WebSocket (the namespace handshake with `auth`, events, acknowledgements, pings), with
 * no buffering, reconnection or packet objects. socket.io-client costs a single process several
 * times more per message, and with 1,500 simulated screens in one process that cost, not the
 * server, set the pace: the screens fell behind their own pings and were dropped. The server sees
 * the same frames either way. Text frames only; nothing in this protocol sends binary.
 *
 * `raw(event, …)` hands an event's frames over undecoded (the Buffer, no UTF-8 decoding, no
 * JSON.parse): a load generator that needs one number of a frame need not pay for the rest of it.
 */
import { WebSocket } from 'ws';

type Listener = (...args: unknown[]) => void;

export class WireSocket {
  private readonly ws: WebSocket;
  private readonly listeners = new Map<string, Listener[]>();
  private readonly acks = new Map<number, (value: unknown) => void>();
  /** Listeners of undecoded frames, by the frame's first bytes (`42["<event>",`). */
  private readonly raws: { prefix: Buffer; listener: (frame: Buffer) => void }[] = [];
  private nextAck = 0;
  /** Called for every event, before its own listeners. */
  onAny: () => void = () => undefined;
  /** Set once the socket is gone, with why. */
  closed: string | undefined;
  /** Bytes of the frames received (the WebSocket's payloads). */
  received = 0;
  /** Bytes of the frame being handled (read by a listener to weigh the message it is given). */
  frameBytes = 0;

  /** `headers`: sent with the WebSocket's upgrade request, as a browser sends its cookies. */
  constructor(
    url: string,
    auth: Record<string, unknown>,
    onClose: (reason: string) => void,
    headers?: Record<string, string>,
  ) {
    // No UTF-8 check of each frame (a browser does one; at the vote burst's cap it cost each generator
    // a few hundred ms): the same for every server a bench compares, ours and the bare relay.
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
      headers,
      skipUTF8Validation: true,
    });
    this.ws.on('message', (data: Buffer) => {
      this.received += data.length;
      this.frameBytes = data.length;
      for (const { prefix, listener } of this.raws) {
        if (data.length < prefix.length || data.compare(prefix, 0, prefix.length, 0, prefix.length) !== 0) continue;
        this.onAny();
        return listener(data);
      }
      this.receive(data.toString(), auth);
    });
    this.ws.on('close', (code) => {
      this.closed ??= `transport closed (${code})`;
      onClose(this.closed);
    });
    this.ws.on('error', (error) => (this.closed ??= `transport error (${error.message})`));
  }

  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  /** `event`'s frames as received, instead of to `on`'s listeners: the whole frame, `42["<event>",…]`. */
  raw(event: string, listener: (frame: Buffer) => void): void {
    this.raws.push({ prefix: Buffer.from(`42${JSON.stringify([event])}`.slice(0, -1) + ','), listener });
  }

  /** An event with an acknowledgement: `42<id>[name, data]`, answered by `43<id>[value]`. */
  emit(event: string, data: unknown, ack: (value: unknown) => void): void {
    const id = this.nextAck++;
    this.acks.set(id, ack);
    this.ws.send(`42${id}${JSON.stringify([event, data])}`);
  }

  close(): void {
    this.closed ??= 'closed by the load generator';
    this.ws.close();
  }

  private receive(frame: string, auth: Record<string, unknown>): void {
    switch (frame[0]) {
      case '0': // Engine.IO open: join the main namespace with the handshake's auth
        return this.ws.send(`40${JSON.stringify(auth)}`);
      case '2': // ping from the server
        return this.ws.send('3');
      case '1': // Engine.IO close
        this.closed ??= 'server closed the transport';
        return this.ws.close();
      case '4':
        return this.packet(frame.slice(1));
    }
  }

  private packet(packet: string): void {
    const type = packet[0];
    if (type === '2') {
      const [name, ...args] = JSON.parse(packet.slice(1)) as [string, ...unknown[]];
      this.onAny();
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    } else if (type === '3') {
      const bracket = packet.indexOf('[');
      const id = Number(packet.slice(1, bracket));
      const [value] = JSON.parse(packet.slice(bracket)) as unknown[];
      this.acks.get(id)?.(value);
      this.acks.delete(id);
    } else if (type === '4') {
      const error = JSON.parse(packet.slice(1)) as { message: string };
      for (const listener of this.listeners.get('connect_error') ?? []) listener(new Error(error.message));
    } else if (type === '1') {
      this.closed ??= 'server disconnected the socket';
      this.ws.close();
    }
    // '0' is the namespace's connect answer: the welcome event that follows is what counts.
  }
}
