/** The co-edited draft resolution: real y-websocket providers against the real server's `/yjs/<roomId>`. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendParagraph,
  closeOf,
  connectDraft,
  openDraft,
  paragraphs,
  roundTrip,
  waitFor,
} from '../support/draftClients.js';
import { draftSuite, roomWithItem } from '../support/draftSuite.js';

const draft = draftSuite('Bridge council');
const { suite, editor: draftClient, raw, propose: proposeItem } = draft;
let itemId: string;

const serverText = () => draft.serverText(itemId);

beforeAll(async () => {
  itemId = await draft.propose('Repair the bridge');
});

describe('draft resolution', () => {
  it('lets two editors converge on draft:<itemId>, and the server renders the same text', async () => {
    const host = await draftClient(draft.room.tokens.host);
    const ana = await draftClient(draft.room.tokens.participant);
    appendParagraph(host.draft(itemId), 'Repair the east railing.');
    await waitFor(() => paragraphs(ana.draft(itemId)).includes('east railing'), 'the host’s line at Ana');
    appendParagraph(ana.draft(itemId), 'Fund it from the village budget.');
    await waitFor(() => paragraphs(host.draft(itemId)).includes('village budget'), 'Ana’s line at the host');

    expect(paragraphs(ana.draft(itemId))).toBe(paragraphs(host.draft(itemId)));
    await roundTrip(ana);
    expect(await serverText()).toBe(paragraphs(host.draft(itemId)));
  });

  it('shows an observer the draft and cursors, but its edits and its cursor reach nobody and are not stored', async () => {
    const host = await draftClient(draft.room.tokens.host);
    host.provider.awareness.setLocalStateField('user', { name: 'Host' });
    const observer = await draftClient(draft.room.tokens.observer);
    await waitFor(
      () => paragraphs(observer.draft(itemId)) === paragraphs(host.draft(itemId)),
      'the draft at the observer',
    );
    await waitFor(
      () => observer.provider.awareness.getStates().get(host.doc.clientID)?.['user']?.name === 'Host',
      'the host’s cursor at the observer',
    );

    observer.provider.awareness.setLocalStateField('user', { name: 'Watcher' });
    appendParagraph(observer.draft(itemId), 'Observers decide everything.');
    await roundTrip(observer); // the server has handled the edit and the cursor …
    await roundTrip(host); // … and the host has everything the server has

    expect(paragraphs(host.draft(itemId))).not.toContain('Observers decide');
    expect(host.provider.awareness.getStates().has(observer.doc.clientID)).toBe(false);
    expect(observer.closes).toEqual([]); // dropped quietly, not disconnected
    expect(await serverText()).not.toContain('Observers decide');
    await suite.server.app.registry.flushAll();
    const stored = new Y.Doc();
    for (const { update } of await suite.server.store.loadDocUpdates(draft.room.roomId)) Y.applyUpdate(stored, update);
    expect(paragraphs(stored.getXmlFragment(`draft:${itemId}`))).not.toContain('Observers decide');
  });

  it('converges when a dozen editors type into the same line at once', async () => {
    const tokens = [draft.room.tokens.host, ...Array.from({ length: 11 }, () => draft.room.tokens.participant)];
    const editors = await Promise.all(tokens.map((token) => draftClient(token)));
    const shared = await proposeItem('Where the crowd types');
    appendParagraph(editors[0]!.draft(shared), '');
    await waitFor(() => editors.every((e) => e.draft(shared).length === 1), 'the shared line everywhere');

    const letters = 'abcdefghijkl';
    const perEditor = 25;
    await Promise.all(
      editors.map(async (editor, i) => {
        const line = (editor.draft(shared).get(0) as Y.XmlElement).get(0) as Y.XmlText;
        for (let n = 0; n < perEditor; n += 1) {
          line.insert(Math.floor(Math.random() * (line.length + 1)), letters[i]!);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
        }
      }),
    );

    const texts = () => editors.map((e) => paragraphs(e.draft(shared)));
    await waitFor(
      () => texts().every((t) => t.length === letters.length * perEditor && t === texts()[0]),
      'all twelve drafts to converge',
    );
    for (const letter of letters) expect(texts()[0]!.split(letter).length - 1).toBe(perEditor);
    await roundTrip(editors[0]!);
    expect(await draft.serverText(shared)).toBe(texts()[0]);
  });

  it('refuses a wrong token and an unknown room with a close code and reason, and stops the provider', async () => {
    const wrong = openDraft(suite.url, draft.room.roomId, 'not-a-token');
    const missing = openDraft(suite.url, 'no-such-room', draft.room.tokens.host);
    draft.opened.push(wrong, missing);
    await waitFor(() => wrong.closes.length > 0 && missing.closes.length > 0, 'both refusals');
    expect(wrong.closes[0]).toEqual({ code: 4401, reason: expect.stringMatching(/not valid/) });
    expect(missing.closes[0]).toEqual({ code: 4404, reason: 'room not found' });
    expect(wrong.provider.shouldConnect).toBe(false); // 44xx is final for y-websocket: no retry loop
    expect(paragraphs(wrong.draft(itemId))).toBe('');
  });

  it('closes only the connection that sends malformed or unknown messages; the draft and other editors carry on', async () => {
    const host = await draftClient(draft.room.tokens.host);
    const ana = await draftClient(draft.room.tokens.participant);
    const before = await serverText();
    const payloads = [
      Buffer.from([0xff, 0xff, 0xff]), // a varint that never ends
      Buffer.from([9, 1, 2, 3]), // no such message type
      Buffer.from([0, 2, 6, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]), // an update that does not decode
      Buffer.from([0, 7, 0]), // no such sync step
    ];
    const closes = await Promise.all(
      payloads.map(async (payload) => {
        const ws = await raw(draft.room.tokens.participant);
        const closed = closeOf(ws);
        ws.send(payload);
        return closed;
      }),
    );
    for (const close of closes)
      expect(close).toEqual({ code: 4400, reason: expect.stringMatching(/malformed|unknown/) });

    expect(await serverText()).toBe(before);
    appendParagraph(host.draft(itemId), 'Still editing after the garbage.');
    await waitFor(() => paragraphs(ana.draft(itemId)).includes('after the garbage'), 'the host’s edit at Ana');
    expect(host.closes).toEqual([]);
    expect(ana.closes).toEqual([]);
  });

  it('closes a connection that sends an oversize message, and nobody else notices', async () => {
    const host = await draftClient(draft.room.tokens.host);
    const ana = await draftClient(draft.room.tokens.participant);
    const ws = await raw(draft.room.tokens.participant);
    const closed = closeOf(ws);
    const huge = Buffer.alloc(1_200_000, 1);
    huge[0] = 0; // a sync message …
    huge[1] = 2; // … claiming to be an update
    ws.send(huge);
    expect(await closed).toEqual({ code: 4413, reason: expect.stringMatching(/too large/) });

    appendParagraph(ana.draft(itemId), 'Still here after the flood.');
    await waitFor(() => paragraphs(host.draft(itemId)).includes('after the flood'), 'Ana’s edit at the host');
    expect(host.closes).toEqual([]);
  });
});

describe('draft access', () => {
  it('closes the draft connections of a link the host replaces, and only those', async () => {
    const { room: own, itemId: ownItem } = await roomWithItem(suite.url, 'Rotation test', 'Rotate the links');
    const host = await connectDraft(suite.url, own.roomId, own.tokens.host);
    const ana = await connectDraft(suite.url, own.roomId, own.tokens.participant);
    draft.opened.push(host, ana);
    const res = await fetch(`${suite.url}/api/rooms/${own.roomId}/links/participant/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${own.tokens.host}` },
    });
    expect(res.status).toBe(200);
    await waitFor(() => ana.closes.length > 0, 'the old participant link to be closed');
    expect(ana.closes[0]).toEqual({ code: 4401, reason: 'room link was replaced' });
    expect(ana.provider.shouldConnect).toBe(false);
    appendParagraph(host.draft(ownItem), 'The host carries on.');
    await roundTrip(host);
    expect(host.closes).toEqual([]);
    expect(host.refusals).toEqual([]);
  });
});

describe('draft durability', () => {
  it('keeps the draft across a restart with the same data dir, with the log compacted', async () => {
    const first = await suite.startServer();
    const { room: saved, itemId: well } = await roomWithItem(first.url, 'Well committee', 'A new well');
    const editor = await connectDraft(first.url, saved.roomId, saved.tokens.participant);
    for (const line of ['Dig the new well by May.', 'Each household gives one day of work.']) {
      appendParagraph(editor.draft(well), line);
    }
    await roundTrip(editor);
    expect(editor.refusals).toEqual([]);
    const expected = paragraphs(editor.draft(well));
    editor.destroy();
    await first.stop();

    const second = await suite.startServer(first.dataDir);
    expect(await second.store.loadDocUpdates(saved.roomId)).toHaveLength(1); // compacted when the room unloaded
    const back = await connectDraft(second.url, saved.roomId, saved.tokens.observer);
    await waitFor(() => paragraphs(back.draft(well)) === expected, 'the draft after the restart');
    back.destroy();
    await second.stop({ removeData: true });
  });
});
