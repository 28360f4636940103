/**
 * Issue 25 §3: an old stored copy the server lacks, larger than one draft message (1 MB), is offered
 * again in parts (`splitUpdate`, as the phone's keepWhatFits.ts does), each applied to the editor's
 * document and so sent as an edit of its own: the real server takes every part (none refers to
 * content it lacks, none passes the message cap), keeps the whole, and a part sent twice changes
 * nothing.
 */
import { DRAFT_CAPS } from '@dr/shared';
import { splitUpdate } from '@dr/shared/updateParts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { connect, createRoom, ok, type CreatedRoom, type TestClient } from '../support/clients.js';
import { appendParagraph, connectDraft, paragraphs, roundTrip } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();
let room: CreatedRoom;
let host: TestClient;
const items: string[] = [];

beforeAll(async () => {
  room = await createRoom(suite.url, 'Harbour council', 'en');
  host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
  for (const title of ['Market stalls', 'Fishing rights', 'The old pier'])
    items.push((await ok(host, { type: 'agenda.propose', title }))!);
});

afterAll(() => host.close());

describe('an old stored copy over one message, offered again in parts', { timeout: 60_000 }, () => {
  it('reaches the server whole, each part under the cap, and a part resent changes nothing', async () => {
    const phone = await connectDraft(suite.url, room.roomId, room.tokens.participant);
    const other = await connectDraft(suite.url, room.roomId, room.tokens.participant);
    appendParagraph(other.draft(items[0]!), 'Stalls close at six.');
    await roundTrip(other);
    await roundTrip(phone);
    // What the phone's old copy had that the server lacks: ~400 KB in each of the three drafts.
    const old = new Y.Doc();
    Y.applyUpdate(old, Y.encodeStateAsUpdate(phone.doc));
    items.forEach((itemId, i) => {
      for (let n = 0; n < 40; n += 1)
        appendParagraph(old.getXmlFragment(`draft:${itemId}`), `${i}.${n} ${'x'.repeat(10_000)}`);
    });
    const missing = Y.encodeStateAsUpdate(old, Y.encodeStateVector(phone.doc));
    expect(missing.length).toBeGreaterThan(DRAFT_CAPS.message);

    const sent: number[] = [];
    phone.doc.on('update', (update: Uint8Array) => sent.push(update.length));
    const { parts, unsent } = splitUpdate(phone.doc, missing, DRAFT_CAPS.message - 1_000);
    expect(unsent).toBe(0);
    for (const part of parts) Y.applyUpdate(phone.doc, part, 'kept');
    await roundTrip(phone);
    expect(sent.length).toBeGreaterThan(1);
    expect(Math.max(...sent)).toBeLessThan(DRAFT_CAPS.message);

    const expected = items.map((itemId) => paragraphs(old.getXmlFragment(`draft:${itemId}`)));
    await expect
      .poll(() => items.map((itemId) => paragraphs(other.draft(itemId))), { timeout: 20_000 })
      .toEqual(expected);
    const live = await suite.server.app.registry.get(room.roomId);
    const doc = await live!.doc();
    expect(doc.renderText(items[1]!)).toContain('1.39 x');
    expect(phone.closes).toEqual([]);
    expect(phone.refusals).toEqual([]);

    // Every part sent again on the wire (a connection lost between parts): nothing changes, nothing is refused.
    const state = Y.encodeStateVector(doc.doc);
    for (const part of parts) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0); // sync
      encoding.writeVarUint(encoder, 2); // update
      encoding.writeVarUint8Array(encoder, part);
      phone.provider.ws!.send(encoding.toUint8Array(encoder));
    }
    await roundTrip(phone);
    expect(phone.closes).toEqual([]);
    expect(phone.refusals).toEqual([]);
    expect(Y.encodeStateVector(doc.doc)).toEqual(state);
    expect(items.map((itemId) => paragraphs(other.draft(itemId)))).toEqual(expected);
    for (const client of [phone, other]) client.destroy();
  });
});
