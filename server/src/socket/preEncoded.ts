/**
 * Welcome messages serialised once per room state, not once per socket. A welcome carries the whole
 * room (a hall of 2,000 members: ~400 KB of JSON, ~10 ms to stringify), and a hall reconnecting
 * after a Wi-Fi drop asks for thousands at once: the same state, each with its own `you`. The room
 * keeps the JSON of its current state (room.ts `welcomeStateJson`); this Socket.IO parser writes a
 * `PreEncoded` payload into the packet as it is. The wire format is unchanged: clients decode it
 * with Socket.IO's own parser, like any other packet.
 */
import { Decoder, Encoder, PacketType, type Packet } from 'socket.io-parser';

/** JSON text sent as it is where an event's payload would be stringified. */
export class PreEncoded {
  constructor(readonly json: string) {}
}

class PreEncodingEncoder extends Encoder {
  override encode(packet: Packet): ReturnType<Encoder['encode']> {
    const data: unknown = packet.data;
    // The Socket.IO 5 text packet: type, namespace unless the main one, ack id if any, then the data.
    const head = () => `${packet.type}${packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : ''}${packet.id ?? ''}`;
    if (packet.type === PacketType.EVENT && Array.isArray(data) && data.length === 2 && data[1] instanceof PreEncoded) {
      return [`${head()}[${JSON.stringify(data[0])},${data[1].json}]`];
    }
    // An acknowledgement made once for many sockets (a `members` page).
    if (packet.type === PacketType.ACK && Array.isArray(data) && data.length === 1 && data[0] instanceof PreEncoded) {
      return [`${head()}[${data[0].json}]`];
    }
    return super.encode(packet);
  }
}

/** The `parser` option of the Socket.IO server: its own decoder, an encoder that knows `PreEncoded`. */
export const preEncodingParser = { Encoder: PreEncodingEncoder, Decoder };

/**
 * The welcome as JSON: `you` and the time for this socket, the state's JSON shared by every socket
 * welcomed at the same seq. Same fields and order as the `Welcome` type (shared/src/protocol).
 */
export function preEncodedWelcome(
  you: object,
  seq: number,
  stateJson: string,
  serverTime: number,
  memberCount?: number,
): PreEncoded {
  const count = memberCount === undefined ? '' : `,"memberCount":${memberCount}`;
  return new PreEncoded(
    `{"you":${JSON.stringify(you)},"seq":${seq},"state":${stateJson},"serverTime":${serverTime}${count}}`,
  );
}
