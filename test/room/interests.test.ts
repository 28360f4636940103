/** Declared interests (利益回避) with real clients: a refused ballot with its reason, in both languages. */
import { REFUSALS, refusalText } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { ok, openRoom } from '../support/clients.js';
import { roundOn } from '../support/rounds.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

describe('declared interests', () => {
  it('the host declares for a member; their ballot is withdrawn and refused, and the notice shows it', async () => {
    const { room, join } = await openRoom(suite.url, 'Terrace', 'en');
    const host = await join(room.tokens.host, { name: 'Chair' });
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const { itemId, roundId } = await roundOn(
      suite.url,
      room,
      host,
      'Shop terrace',
      'The shop may extend its terrace.',
    );
    await ok(ana, { type: 'consensus.vote', roundId, level: 5 });

    const anaId = ana.welcome.you.memberId!;
    await ok(host, { type: 'interest.declare', itemId, note: 'Her brother owns the shop', memberId: anaId });
    await ana.waitForEvent((e) => e.type === 'interest.declared');
    const refused = await ana.command({ type: 'consensus.vote', roundId, level: 5 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'round.interested', params: { note: 'Her brother owns the shop' } },
    });
    expect(REFUSALS['round.interested']['zh-CN']).toContain('回避');
    expect(refusalText('round.interested', 'zh-CN', { note: 'x' })).toContain('（x）');

    await ok(host, { type: 'consensus.close', roundId });
    await ok(host, { type: 'decision.record', roundId, statement: 'Not decided.' });
    await ok(host, { type: 'notice.publish' });
    const notice = (await (await fetch(`${suite.url}/api/rooms/${room.roomId}/notice`)).json()) as {
      decisions: { interests: unknown; outcome: string }[];
    };
    expect(notice.decisions[0]).toMatchObject({
      outcome: 'not_adopted',
      interests: [{ name: 'Ana', note: 'Her brother owns the shop' }],
    });
    host.close();
    ana.close();
  });
});
