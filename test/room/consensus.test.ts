/** A consensus round on the real draft, from opening to a recorded decision, with real clients. */
import { hashText, type EventOf, type RoomEvent } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, type TestClient, ok, openRoom, activeItem } from '../support/clients.js';
import { appendParagraph, connectDraft, paragraphs, roundTrip, waitFor } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

async function meetingWithDraft(text: string[]) {
  const { room, join } = await openRoom(suite.url, 'East lane', 'en');
  const host = await join(room.tokens.host, { name: 'Chair' });
  const ana = await join(room.tokens.participant, { name: 'Ana' });
  const bo = await join(room.tokens.participant, { name: 'Bo' });
  const observer = await join(room.tokens.observer);
  const itemId = await activeItem(host, 'One-way traffic');
  const editor = await connectDraft(suite.url, room.roomId, room.tokens.participant);
  for (const line of text) appendParagraph(editor.draft(itemId), line);
  await roundTrip(editor);
  return { room, host, ana, bo, observer, itemId, editor };
}

describe('consensus on the draft', () => {
  it('freezes the exact draft text, merges phones and the room count, and records the decision', async () => {
    const lines = ['The east lane becomes one-way northbound.', 'It starts on 1 May.'];
    const { host, ana, bo, observer, itemId, editor } = await meetingWithDraft(lines);

    const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
    const opened = (await observer.waitForEvent((e) => e.type === 'consensus.opened')) as EventOf<'consensus.opened'>;
    expect(opened.text).toBe(lines.join('\n'));
    expect(opened.textHash).toBe(await hashText(opened.text));

    // The draft is locked while the round asks about it: an edit is refused and undone, the text stays frozen.
    appendParagraph(editor.draft(itemId), 'A sneaky extra clause.');
    await waitFor(() => editor.refusals.length > 0, 'the locked draft to refuse the edit');
    expect(editor.refusals).toEqual([{ reason: 'draft.lockedEdit', itemId }]);
    await waitFor(() => paragraphs(editor.draft(itemId)) === opened.text, 'the editor’s copy back to the frozen text');
    expect(editor.closes).toEqual([]);
    editor.destroy();

    await ok(ana, { type: 'consensus.vote', roundId, level: 4 });
    const ballot = await ok(bo, { type: 'consensus.vote', roundId, level: 1, reason: 'Deliveries need access' });
    expect(await ok(bo, { type: 'consensus.vote', roundId, level: 3 })).toBe(ballot); // a changed vote
    await ok(host, { type: 'consensus.tally', roundId, counts: { '3': 3, '5': 2 }, confirm: true });
    await ok(host, { type: 'consensus.close', roundId });
    const closed = (await observer.waitForEvent((e) => e.type === 'consensus.closed')) as EventOf<'consensus.closed'>;
    expect(closed).toMatchObject({ outcome: 'adopted', counts: [0, 0, 0, 4, 1, 2] });

    const decisionId = await ok(host, { type: 'decision.record', roundId, statement: 'One-way northbound from 1 May' });
    const recorded = (await observer.waitForEvent(
      (e) => e.type === 'decision.recorded',
    )) as EventOf<'decision.recorded'>;
    expect(recorded).toMatchObject({ decisionId, outcome: 'adopted', text: opened.text, textHash: opened.textHash });
    for (const c of [host, ana, bo, observer]) c.close();
  });

  it('keeps anonymous votes anonymous and hidden results hidden, for everyone but the voter', async () => {
    const { room, host, ana, observer, itemId, editor } = await meetingWithDraft(['Close the lane at night.']);
    editor.destroy();
    const roundId = (await ok(host, { type: 'consensus.open', itemId, anonymous: true, visibility: 'afterClose' }))!;
    const ballotId = await ok(ana, { type: 'consensus.vote', roundId, level: 0, reason: 'Night shifts' });

    const voted = (await observer.waitForEvent((e) => e.type === 'consensus.voted')) as EventOf<'consensus.voted'>;
    expect(voted).toMatchObject({ ballotId, memberId: null, actor: null, level: null, reason: null });
    const sync = await observer.socket.emitWithAck('sync', { afterSeq: 0 });
    const fromSync = sync.events.find((e: RoomEvent) => e.type === 'consensus.voted');
    expect(fromSync).toMatchObject({ memberId: null, actor: null, level: null });

    const back = await connect(suite.url, {
      roomId: room.roomId,
      token: room.tokens.participant,
      memberId: ana.welcome.you.memberId,
      memberSecret: ana.welcome.you.memberSecret,
    });
    expect(back.welcome.you.ballots).toEqual({ [roundId]: ballotId });
    expect(JSON.stringify(back.welcome.state.rounds)).not.toContain(ana.welcome.you.memberId!);

    await ok(host, { type: 'consensus.close', roundId });
    const closed = (await observer.waitForEvent((e) => e.type === 'consensus.closed')) as EventOf<'consensus.closed'>;
    expect(closed).toMatchObject({
      outcome: 'not_adopted',
      reasons: [{ level: 0, reason: 'Night shifts', memberId: null }],
    });
    for (const c of [host, ana, observer, back]) c.close();
  });

  it('saves named versions of the live draft', async () => {
    const { room, host, observer, itemId, editor } = await meetingWithDraft(['First reading of the text.']);
    const first = await ok(host, { type: 'draft.saveVersion', itemId, name: 'First reading' });
    appendParagraph(editor.draft(itemId), 'An amendment.');
    await roundTrip(editor);
    await ok(host, { type: 'draft.saveVersion', itemId, name: 'Amended' });
    await observer.waitForEvent((e) => e.type === 'draft.versionSaved' && e.name === 'Amended');
    const late = await connect(suite.url, { roomId: room.roomId, token: room.tokens.observer });
    expect(late.welcome.state.items[itemId]!.versions).toEqual([
      expect.objectContaining({ id: first, name: 'First reading', text: 'First reading of the text.' }),
      expect.objectContaining({ name: 'Amended', text: 'First reading of the text.\nAn amendment.' }),
    ]);
    for (const c of [host, observer, late]) c.close();
    editor.destroy();
  });

  it('answers bad votes with the documented codes', async () => {
    const { host, ana, observer, itemId, editor } = await meetingWithDraft(['Text']);
    editor.destroy();
    const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
    const cases: [TestClient, Record<string, unknown>, string][] = [
      [ana, { type: 'consensus.vote', roundId, level: 6 }, 'invalid'],
      [ana, { type: 'consensus.vote', roundId, level: 2.5 }, 'invalid'],
      [ana, { type: 'consensus.vote', roundId, level: 0 }, 'invalid'],
      [ana, { type: 'consensus.vote', roundId: 'r404', level: 3 }, 'not_found'],
      [observer, { type: 'consensus.vote', roundId, level: 3 }, 'forbidden'],
      [ana, { type: 'consensus.tally', roundId, counts: { '3': 1 } }, 'forbidden'],
    ];
    for (const [client, command, code] of cases) {
      expect(await client.command(command), JSON.stringify(command)).toMatchObject({ ok: false, error: { code } });
    }
    await ok(host, { type: 'consensus.close', roundId });
    expect(await ana.command({ type: 'consensus.vote', roundId, level: 3 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    for (const c of [host, ana, observer]) c.close();
  });
});
