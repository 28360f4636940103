/**
 * One connection status on a phone: the draft follows the room's connection (never "Draft is live"
 * beside "Reconnecting…", never offline once the room is back), and a phone whose draft edits have
 * not reached the server says, when a consensus round opens, that they are not in the text voted on.
 */
import type { WebSocketRoute } from 'playwright-core';
import { describe, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok, activeItem } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { draftLive, joinAs, region, typeAtEnd, withLang } from './meetingPages.js';

const suite = browserSuite({ server: false });
const TOPIC = 'Repair the path';

describe('one connection status', { timeout: 120_000 }, () => {
  it('keeps the room and the draft in agreement, and says when unsent edits are not being voted on', async () => {
    const server = await suite.startServer();
    const room = await createRoom(server.url, 'Willow Lane council', 'en');
    const host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair Wang' });
    const itemId = await activeItem(host, TOPIC);
    await writeDraft(server.url, room.roomId, room.tokens.host, itemId, 'The village repairs the path before winter.');
    host.close();

    const phone = await suite.page(PHONE);
    // The draft's connections go through here, so the test can cut them while the room stays up.
    let cut = false;
    const draftSockets: WebSocketRoute[] = [];
    await phone.routeWebSocket(/\/yjs\//, (ws) => {
      if (cut) return void ws.close();
      ws.connectToServer();
      draftSockets.push(ws);
    });
    // The same for the room's own Socket.IO connection (long-polling first, then its WebSocket).
    let roomCut = false;
    const roomSockets: WebSocketRoute[] = [];
    await phone.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (roomCut) return void ws.close();
      ws.connectToServer();
      roomSockets.push(ws);
    });
    await phone.route(/\/socket\.io\//, (route) => (roomCut ? route.abort() : route.fallback()));
    await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
    await draftLive(phone);
    const draft = region(phone, 'Draft resolution');

    // The room's connection drops (its socket noticed first) while the draft's socket is still open:
    // the draft goes offline with the room, instead of saying "live" beside "Reconnecting…".
    roomCut = true;
    for (const ws of roomSockets.splice(0)) await ws.close();
    await phone.getByRole('status').filter({ hasText: 'Reconnecting…' }).waitFor();
    await draft.getByText('Draft offline', { exact: false }).waitFor();
    await screenshot(phone, 'status-room-and-draft-offline');

    // The room is back: the draft connects with it, at once, instead of staying offline.
    roomCut = false;
    await phone.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    await draft.getByText('Draft is live').waitFor();

    // The draft's link breaks while the room's holds; Ana goes on typing; the host opens a round.
    cut = true;
    for (const ws of draftSockets) await ws.close();
    await draft.getByText('Draft offline', { exact: false }).waitFor();
    await typeAtEnd(phone.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` }), '\nAlso paint the railings.');
    const hostAgain = await connect(server.url, { roomId: room.roomId, token: room.tokens.host });
    await ok(hostAgain, { type: 'consensus.open', itemId });
    await draft
      .getByText('Your edits that have not reached the server yet are not part of the text being voted on.', {
        exact: false,
      })
      .waitFor();
    await region(phone, 'Consensus check').getByText('The village repairs the path before winter.').first().waitFor();
    await screenshot(phone, 'status-unsent-edits-during-round');
    hostAgain.close();
  });
});
