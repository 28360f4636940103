/**
 * A phone on bad Wi-Fi: a vote tapped while the room is unreachable waits in the outbox, says so,
 * and goes out by itself, once, when the connection is back; a vote that the server refuses once it
 * arrives (the round closed meanwhile) says so plainly.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { makeDataDir } from '../support/testServer.js';
import { joinAs, region, withLang } from './meetingPages.js';

// This file's server is its own: the test stops it and starts it again on the same data dir.
const suite = browserSuite({ server: false });

describe('the outbox', { timeout: 120_000 }, () => {
  it('sends a vote tapped offline when the room is back, once, and says when one was refused', async () => {
    const dataDir = makeDataDir();
    let server = await suite.startServer(dataDir);
    const port = Number(new URL(server.url).port);
    const room = await createRoom(server.url, 'Willow Lane council', 'en');
    let host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair Wang' });
    const itemId = (await ok(host, { type: 'agenda.propose', title: 'Repair the path' }))!;
    await ok(host, { type: 'agenda.activate', itemId });
    await writeDraft(server.url, room.roomId, room.tokens.host, itemId, 'The village repairs the path before winter.');
    const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
    host.close();

    const phone = await suite.page(PHONE);
    await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
    const round = region(phone, 'Consensus check');
    await round.getByRole('button', { name: '4 Support' }).waitFor();

    // The room goes away; Ana votes anyway.
    await server.stop();
    await phone
      .getByRole('status')
      .filter({ hasText: /Reconnecting…|Disconnected/ })
      .waitFor();
    await round.getByRole('button', { name: '4 Support' }).click();
    await phone.getByText('Your vote will be sent when you are back online.').waitFor();
    await screenshot(phone, 'outbox-vote-waiting');

    // Back: the vote goes out by itself, and nobody tapped again.
    server = await suite.startServer(dataDir, port);
    await round.getByText('Your response: 4 Support.', { exact: false }).waitFor({ timeout: 30_000 });
    await phone.getByText('Your vote will be sent when you are back online.').waitFor({ state: 'detached' });
    await phone.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    const votes = (await server.store.readEvents(room.roomId, 0)).filter((e) => e.type === 'consensus.voted');
    expect(votes).toHaveLength(1);
    expect(await phone.getByText('The server did not answer.').count()).toBe(0);

    // Offline again, Ana changes her vote; the host closes the round before her phone is back.
    await server.stop();
    await phone
      .getByRole('status')
      .filter({ hasText: /Reconnecting…|Disconnected/ })
      .waitFor();
    await round.getByRole('button', { name: '3 Can live with it' }).click();
    await phone.getByText('Your vote will be sent when you are back online.').waitFor();
    server = await suite.startServer(dataDir, port);
    host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host });
    await ok(host, { type: 'consensus.close', roundId });
    await phone
      .getByRole('alert')
      .filter({ hasText: 'Your vote was sent when you were back online, but not counted: This round is closed.' })
      .waitFor({ timeout: 30_000 });
    await screenshot(phone, 'outbox-vote-refused');
    const after = (await server.store.readEvents(room.roomId, 0)).filter((e) => e.type === 'consensus.voted');
    expect(after).toHaveLength(1);
    host.close();
  });

  it('shows a hand raised offline as waiting on the button itself, then raised once the room is back', async () => {
    const dataDir = makeDataDir();
    let server = await suite.startServer(dataDir);
    const port = Number(new URL(server.url).port);
    const room = await createRoom(server.url, 'Willow Lane council', 'en');
    const phone = await suite.page(PHONE);
    await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
    await phone.getByRole('button', { name: 'Raise hand' }).waitFor();

    await server.stop();
    await phone
      .getByRole('status')
      .filter({ hasText: /Reconnecting…|Disconnected/ })
      .waitFor();
    await phone.getByRole('button', { name: 'Raise hand' }).click();
    const waiting = phone.getByRole('button', { name: 'Hand raised: waiting for the connection' });
    await waiting.waitFor();
    expect(await waiting.isDisabled()).toBe(true);
    await screenshot(phone, 'outbox-hand-waiting');

    server = await suite.startServer(dataDir, port);
    await phone.getByRole('button', { name: 'Lower hand' }).waitFor({ timeout: 30_000 });
    await phone.getByText('You are next').first().waitFor();
    expect(await waiting.count()).toBe(0);
    const raised = (await server.store.readEvents(room.roomId, 0)).filter((e) => e.type === 'queue.raised');
    expect(raised).toHaveLength(1);
  });
});
