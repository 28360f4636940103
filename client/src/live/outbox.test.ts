import type { Command, CommandAck } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxEntry } from './outbox';

/** A socket stand-in: records what was sent; each send is answered (or left unanswered) by the test. */
function fakeTransport() {
  const sent: { command: Command; requestId: string; answer: (ack: CommandAck) => void; fail: () => void }[] = [];
  let unanswered = 0;
  return {
    sent,
    get unanswered() {
      return unanswered;
    },
    transport: {
      send: (command: Command, requestId: string) =>
        new Promise<CommandAck>((answer, reject) =>
          sent.push({ command, requestId, answer, fail: () => reject(new Error('timeout')) }),
        ),
      unanswered: () => void (unanswered += 1),
    },
  };
}

function setUp() {
  const fake = fakeTransport();
  let shown: readonly OutboxEntry[] = [];
  let n = 0;
  const outbox = new Outbox(
    fake.transport,
    (entries) => (shown = entries),
    () => `request-${++n}`,
  );
  return { fake, outbox, shown: () => shown };
}

const vote: Command = { type: 'consensus.vote', roundId: 'r1', level: 4 };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('outbox', () => {
  it('keeps a command issued offline, shows it, and sends it once the room is back', async () => {
    const { fake, outbox, shown } = setUp();
    const answer = outbox.send(vote);
    expect(fake.sent).toHaveLength(0);
    expect(shown()).toEqual([
      { requestId: 'request-1', command: vote, status: 'waiting', deferred: true, queuedAt: expect.any(Number) },
    ]);

    outbox.connected();
    expect(fake.sent.map((s) => s.requestId)).toEqual(['request-1']);
    fake.sent[0]!.answer({ ok: true, seq: 7, id: 'b1' });
    expect(await answer).toEqual({ ok: true, seq: 7, id: 'b1' });
    expect(shown()).toEqual([]);
  });

  it('sends again with the same request id when the connection dropped before the answer', async () => {
    const { fake, outbox } = setUp();
    outbox.connected();
    const answer = outbox.send(vote);
    outbox.disconnected();
    outbox.connected();
    expect(fake.sent.map((s) => s.requestId)).toEqual(['request-1', 'request-1']);
    fake.sent[1]!.answer({ ok: true, seq: 7, replayed: true });
    // A late answer to the first attempt changes nothing: it was answered once.
    fake.sent[0]!.answer({ ok: true, seq: 7 });
    expect(await answer).toEqual({ ok: true, seq: 7, replayed: true });
  });

  it('treats silence on an open connection as a broken one: asks to reconnect, then sends again', async () => {
    const { fake, outbox, shown } = setUp();
    outbox.connected();
    void outbox.send(vote);
    fake.sent[0]!.fail();
    await flush();
    expect(fake.unanswered).toBe(1);
    expect(shown()).toMatchObject([{ status: 'waiting', deferred: true }]);
    outbox.disconnected();
    outbox.connected();
    expect(fake.sent.map((s) => s.requestId)).toEqual(['request-1', 'request-1']);
  });

  it('keeps a refusal of a command that had to wait until it is dismissed; a direct refusal is only answered', async () => {
    const { fake, outbox, shown } = setUp();
    const late = outbox.send(vote);
    outbox.connected();
    const error = { code: 'conflict' as const, message: 'This round is closed.', reason: 'round.closed' as const };
    fake.sent[0]!.answer({ ok: false, error });
    expect(await late).toEqual({ ok: false, error });
    expect(shown()).toEqual([
      { requestId: 'request-1', command: vote, status: 'refused', deferred: true, error, queuedAt: expect.any(Number) },
    ]);
    outbox.dismiss('request-1');
    expect(shown()).toEqual([]);

    const direct = outbox.send({ type: 'queue.lower' });
    fake.sent[1]!.answer({ ok: false, error });
    expect(await direct).toMatchObject({ ok: false });
    expect(shown()).toEqual([]);
  });

  it('sends what waited in the order it was issued', () => {
    const { fake, outbox } = setUp();
    void outbox.send({ type: 'queue.raise' });
    void outbox.send(vote);
    outbox.connected();
    expect(fake.sent.map((s) => s.command.type)).toEqual(['queue.raise', 'consensus.vote']);
  });

  it('sends what an earlier page kept, with its own request ids, and keeps a kept refusal until dismissed', async () => {
    const fake = fakeTransport();
    let shown: readonly OutboxEntry[] = [];
    const raise: Command = { type: 'queue.raise', kind: 'speak' };
    const error = { code: 'conflict' as const, message: 'The round is closed.' };
    const restored: OutboxEntry[] = [
      // Kept while it was being sent: the reload lost the answer, so it waits again.
      { requestId: 'kept-raise-1', command: raise, status: 'sending', deferred: false, queuedAt: 1 },
      { requestId: 'kept-vote-22', command: vote, status: 'refused', deferred: true, error, queuedAt: 2 },
    ];
    const outbox = new Outbox(
      fake.transport,
      (entries) => (shown = entries),
      () => 'new-id',
      restored,
    );
    // Shown at once, before any connection: nothing is sent yet.
    expect(shown.map((e) => [e.requestId, e.status, e.deferred])).toEqual([
      ['kept-raise-1', 'waiting', true],
      ['kept-vote-22', 'refused', true],
    ]);
    expect(fake.sent).toHaveLength(0);

    outbox.connected();
    // The same request id as before the reload: the server answers a repeat from its record.
    expect(fake.sent.map((s) => [s.requestId, s.command])).toEqual([['kept-raise-1', raise]]);
    fake.sent[0]!.answer({ ok: true, seq: 9, replayed: true });
    await flush();
    expect(shown.map((e) => e.requestId)).toEqual(['kept-vote-22']);
    outbox.dismiss('kept-vote-22');
    expect(shown).toEqual([]);
  });
});
