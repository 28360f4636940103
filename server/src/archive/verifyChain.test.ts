import { hashText } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { stampEvents } from '../stream/stamp.js';
import { withoutSecrets } from '../stream/chain.js';
import { verifyChain } from './verifyChain.js';
import { describeReport } from './verifyWords.js';

async function record() {
  const first = stampEvents(
    [{ type: 'room.created', roomId: 'r1', title: '东巷停车', locale: 'zh-CN' }],
    0,
    1000,
    null,
    null,
  );
  const rest = stampEvents(
    [
      { type: 'member.joined', memberId: 'm1', name: '王秀英', role: 'participant', presence: 'inRoom' },
      { type: 'consensus.opened', roundId: 'c1', itemId: 'i1', text: '同意', textHash: await hashText('同意') },
      { type: 'room.phaseSet', phase: 'closed' },
    ],
    1,
    2000,
    'm1',
    first[0]!.hash,
  );
  return [...first, ...rest].map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>);
}

describe('verifyChain', () => {
  it('finds an intact record intact, in both languages', async () => {
    const report = await verifyChain(await record());
    expect(report).toMatchObject({ ok: true, events: 4, chainedFrom: 1, problems: [] });
    expect(describeReport(report, 'en')[0]).toMatch(/intact/);
    expect(describeReport(report, 'zh-CN')[0]).toMatch(/记录完整/);
  });

  it('finds one altered byte, where', async () => {
    const events = await record();
    events[1]!.name = '王秀荚';
    const report = await verifyChain(events);
    expect(report.problems).toEqual([{ kind: 'changed', seq: 2 }]);
    expect(describeReport(report, 'en')).toContain('- Event 2 was changed (it no longer matches its hash).');
  });

  it('finds a removed event and two swapped ones', async () => {
    const removed = (await record()).filter((e) => e.seq !== 3);
    expect((await verifyChain(removed)).problems).toEqual([{ kind: 'removed', fromSeq: 3, toSeq: 3 }]);
    const swapped = await record();
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect((await verifyChain(swapped)).problems).toEqual([{ kind: 'reordered', seq: 2, afterSeq: 3 }]);
    const tail = (await record()).slice(0, 3);
    const head = (await record()).at(-1)!;
    expect((await verifyChain(tail, { seq: 4, hash: head.hash as string })).ok).toBe(false);
  });

  it('finds a round whose frozen text was rewritten with a fresh hash', async () => {
    const events = await record();
    events[2]!.text = '不同意';
    expect((await verifyChain(events)).problems).toContainEqual({ kind: 'roundText', seq: 3, roundId: 'c1' });
  });

  it('verifies an erased name by its digest and says where the chain began', async () => {
    const events = await record();
    const seals = events[1]!.seals as Record<string, { salt: string }>;
    const { sealDigest } = await import('../stream/chain.js');
    seals.name = { digest: sealDigest(seals.name!.salt, events[1]!.name) } as never;
    events[1]!.name = '成员 7F3A';
    const report = await verifyChain(events);
    expect(report).toMatchObject({ ok: true, erased: 1 });
    const legacy = [{ seq: 1, at: 0, type: 'room.created' }, ...(await record()).slice(1)];
    const partial = await verifyChain(legacy.map((e) => (e.seq === 2 ? { ...e, prev: null } : e)));
    expect(partial.chainedFrom).toBe(2);
  });
});

describe('secrets in an archive', () => {
  it('keeps only their digests, and the chain still verifies with nothing counted as erased', async () => {
    const events = stampEvents(
      [
        { type: 'council.created', councilId: 'c1', credentials: { tokenHashes: { host: 'a'.repeat(64) } } },
        { type: 'council.memberJoined', memberId: 'm1', name: '赵春梅', secretHash: 'b'.repeat(64) },
      ],
      0,
      1000,
      null,
      null,
    );
    const archived = events.map(withoutSecrets).map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>);
    expect(JSON.stringify(archived)).not.toContain('a'.repeat(64));
    expect(JSON.stringify(archived)).not.toContain('b'.repeat(64));
    expect(archived[1]!.name).toBe('赵春梅');
    const report = await verifyChain(archived);
    expect(report.problems).toEqual([]);
    expect(report.erased).toBe(0);
    // The digest stands for the secret: a changed digest is caught.
    const forged = archived.map((e, i) => (i === 0 ? { ...e, seals: { credentials: { digest: 'c'.repeat(64) } } } : e));
    expect((await verifyChain(forged)).problems.length).toBeGreaterThan(0);
  });
});
