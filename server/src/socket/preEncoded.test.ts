import { Decoder, Encoder, PacketType, type Packet } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { PreEncoded, preEncodedWelcome, preEncodingParser } from './preEncoded.js';

/** What Socket.IO's own decoder (the clients') makes of an encoded packet. */
function decode(encoded: unknown[]): Packet {
  const decoder = new Decoder();
  let packet: Packet | undefined;
  decoder.on('decoded', (p: Packet) => (packet = p));
  for (const chunk of encoded) decoder.add(chunk as string);
  return packet!;
}

describe('the pre-encoding Socket.IO parser', () => {
  const encoder = new preEncodingParser.Encoder();
  const state = { seq: 7, title: '村民会议 "east"', members: { m1: { name: 'Li' } } };

  it('writes a PreEncoded payload as the same packet Socket.IO would write for the object', () => {
    for (const shape of [{ nsp: '/' }, { nsp: '/admin' }, { nsp: '/', id: 12 }]) {
      const ours = encoder.encode({
        type: PacketType.EVENT,
        ...shape,
        data: ['welcome', new PreEncoded(JSON.stringify(state))],
      });
      const theirs = new Encoder().encode({ type: PacketType.EVENT, ...shape, data: ['welcome', state] });
      expect(ours).toEqual(theirs);
      expect(decode(ours).data).toEqual(['welcome', state]);
    }
  });

  it('writes a PreEncoded acknowledgement as the ack Socket.IO would write', () => {
    const answer = { ok: true, seq: 7, members: [{ id: 'm1' }], next: null };
    for (const shape of [
      { nsp: '/', id: 3 },
      { nsp: '/admin', id: 40 },
    ]) {
      const ours = encoder.encode({ type: PacketType.ACK, ...shape, data: [new PreEncoded(JSON.stringify(answer))] });
      const theirs = new Encoder().encode({ type: PacketType.ACK, ...shape, data: [answer] });
      expect(ours).toEqual(theirs);
      expect(decode(ours).data).toEqual([answer]);
    }
  });

  it('leaves every other packet to Socket.IO', () => {
    const packet = { type: PacketType.EVENT, nsp: '/', data: ['events', { events: [{ seq: 1 }] }] };
    expect(encoder.encode(packet)).toEqual(new Encoder().encode(packet));
    const binary = { type: PacketType.EVENT, nsp: '/', data: ['doc', Buffer.from([1, 2, 3])] };
    expect(encoder.encode(binary)).toEqual(new Encoder().encode(binary));
  });

  it('builds the welcome with the fields of the Welcome type', () => {
    const you = { role: 'participant', memberId: 'm1' };
    const welcome = preEncodedWelcome(you, 7, JSON.stringify(state), 1_700_000_000_000);
    expect(JSON.parse(welcome.json)).toEqual({ you, seq: 7, state, serverTime: 1_700_000_000_000 });
    const paged = preEncodedWelcome(you, 7, JSON.stringify(state), 1_700_000_000_000, 2000);
    expect(JSON.parse(paged.json)).toEqual({ you, seq: 7, state, serverTime: 1_700_000_000_000, memberCount: 2000 });
  });
});
