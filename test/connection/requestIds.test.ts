/**
 * Exactly once over the wire: a command whose answer was lost is sent again with the same request
 * id, after the server restarted in between, and is answered as the first time without running again.
 */
import { describe, expect, it } from 'vitest';
import { connect, createRoom, ok } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite({ server: false });

describe('request ids', () => {
  it('re-answers a lost ack after a restart, and runs the command once', async () => {
    const first = await suite.startServer();
    const room = await createRoom(first.url, 'Village road meeting', 'en');
    const host = await connect(first.url, { roomId: room.roomId, token: room.tokens.host });
    const ana = await connect(first.url, { roomId: room.roomId, token: room.tokens.participant, name: 'Ana' });
    const { memberId, memberSecret } = ana.welcome.you;
    await ok(host, { type: 'rules.set', maxTurnsPerItem: 1 });
    await ok(ana, { type: 'queue.raise' });

    // The host's "Next speaker" runs, but its answer never arrives (no acknowledgement asked for).
    host.socket.emit('command', { type: 'queue.next', requestId: 'host-next-0001' });
    const started = await ana.waitForEvent((e) => e.type === 'speaker.started');
    // Ana's own request is refused (her hand is down now); that answer is lost too.
    ana.socket.emit('command', { type: 'queue.lower', requestId: 'ana-lower-0001' });
    // The room runs one connection's commands in order: once this one is answered, so was the last.
    await ana.command({ type: 'queue.lower' });
    host.close();
    ana.close();
    await first.stop();

    const second = await suite.startServer(first.dataDir);
    const hostAgain = await connect(second.url, { roomId: room.roomId, token: room.tokens.host });
    const seq = hostAgain.welcome.seq;
    const replay = await hostAgain.command({ type: 'queue.next', requestId: 'host-next-0001' });
    expect(replay).toEqual({ ok: true, seq: started.seq, replayed: true });
    const anaAgain = await connect(second.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId,
      memberSecret,
    });
    // Her refused request is re-answered as refused, with the reason it had then.
    expect(await anaAgain.command({ type: 'queue.lower', requestId: 'ana-lower-0001' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'queue.notRaised' },
      replayed: true,
    });

    // Nothing ran again: the same seq, Ana still speaking, her one turn not counted twice.
    await ok(hostAgain, { type: 'speaker.pause' });
    expect(hostAgain.received.map((e) => e.type)).toEqual(['speaker.paused']);
    expect(hostAgain.received[0]?.seq).toBe(seq + 1);

    // The same id from another sender is another request; a malformed one is refused as invalid.
    expect(await hostAgain.command({ type: 'queue.lower', memberId, requestId: 'ana-lower-0001' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'queue.notRaised' },
    });
    expect(await hostAgain.command({ type: 'speaker.resume', requestId: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', reason: 'command.requestId' },
    });
    hostAgain.close();
    anaAgain.close();
    await second.stop({ removeData: true });
  });
});
