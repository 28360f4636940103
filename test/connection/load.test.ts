/**
 * A full village hall: many phones join at once, all raise their hands at once, and every phone
 * ends with the same queue in the same order. Checks behaviour under load, not speed (that is
 * `pnpm bench`).
 */
import { describe, expect, it } from 'vitest';
import { connect, createRoom, ok, type TestClient } from '../support/clients.js';
import { serverSuite } from '../support/serverSuite.js';

const PHONES = Number(process.env['LOAD_PHONES'] ?? 120);

const suite = serverSuite();

describe('a full hall', () => {
  it(`${PHONES} phones join and raise hands at once, and all see one queue`, { timeout: 60_000 }, async () => {
    const room = await createRoom(suite.url, 'Whole-village meeting');
    const phones: TestClient[] = await Promise.all(
      Array.from({ length: PHONES }, (_, i) =>
        connect(suite.url, {
          roomId: room.roomId,
          token: room.tokens.participant,
          name: `Resident ${i}`,
          presence: i % 3 ? 'in_room' : 'remote',
        }),
      ),
    );
    expect(new Set(phones.map((p) => p.welcome.you.memberId)).size).toBe(PHONES);

    const acks = await Promise.all(phones.map((p) => p.command({ type: 'queue.raise' })));
    expect(acks.every((a) => a.ok)).toBe(true);
    const seqs = acks.map((a) => (a.ok ? a.seq : 0)).sort((a, b) => a - b);
    // Gap-free: each first command is its member’s arrival and the hand, two seqs each.
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + 2 * i));

    // Everyone received every raise, in the same order.
    const lastSeq = seqs.at(-1)!;
    await Promise.all(phones.map((p) => p.waitForEvent((e) => e.seq === lastSeq)));
    const orderSeenBy = (p: TestClient) =>
      p.received.filter((e) => e.type === 'queue.raised').map((e) => (e.type === 'queue.raised' ? e.memberId : ''));
    const reference = orderSeenBy(phones[0]!);
    expect(reference).toHaveLength(PHONES);
    for (const phone of phones) expect(orderSeenBy(phone).slice(-PHONES)).toEqual(reference.slice(-PHONES));

    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host });
    expect(host.welcome.state.queue.map((e) => e.memberId)).toEqual(reference);
    await ok(host, { type: 'queue.next' });
    for (const c of [...phones, host]) c.close();
  });
});
