/**
 * The projector board and a phone keep themselves live across a server restart: nobody has to
 * touch the board on the wall or the phone in a pocket. Back, they resume from the state they hold
 * (a welcome without the room, then a sync) instead of being sent the whole room again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { makeDataDir } from '../support/testServer.js';

/** The welcomes the page's room connections receive, parsed. */
function welcomes(page: Page): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      const text = payload.toString();
      if (text.startsWith('42["welcome",'))
        seen.push((JSON.parse(text.slice(2)) as [string, Record<string, unknown>])[1]);
    });
  });
  return seen;
}

// This file's server is its own: the test stops it and starts it again on the same data dir.
const suite = browserSuite({ server: false });

describe('across a server restart', { timeout: 120_000 }, () => {
  it('the board and a phone reconnect by themselves and follow the next speaker', async () => {
    const dataDir = makeDataDir();
    let server = await suite.startServer(dataDir);
    const port = Number(new URL(server.url).port);
    const room = await createRoom(server.url, 'Bench council', 'en');

    const board = await suite.page({ viewport: { width: 1280, height: 720 } });
    const boardWelcomes = welcomes(board);
    await board.goto(room.links.host.replace('/r/', '/board/').replace('#', '?lang=en#'));
    await board.getByRole('heading', { name: 'Bench council' }).waitFor();

    const phone = await suite.page(PHONE);
    const phoneWelcomes = welcomes(phone);
    await phone.goto(room.links.participant.replace('#', '?lang=en#'));
    await phone.getByLabel('Your name').fill('Ana Wu');
    await phone.getByRole('button', { name: "I'm remote" }).click();
    await phone.getByRole('button', { name: 'Raise hand' }).click();
    await board.getByRole('region', { name: 'Next' }).getByText('Ana Wu').waitFor();

    await server.stop();
    await phone
      .getByRole('status')
      .filter({ hasText: /Reconnecting…|Disconnected/ })
      .waitFor();
    await board.getByRole('status').filter({ hasText: 'Reconnecting…' }).waitFor();
    await screenshot(phone, 'participant-phone-reconnecting');

    server = await suite.startServer(dataDir, port);
    const host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host });
    await host.command({ type: 'queue.next' });
    host.close();

    // Reconnecting waits out Socket.IO's backoff, hence the longer wait.
    await board.getByRole('region', { name: 'Speaking now' }).getByText('Ana Wu').waitFor({ timeout: 20_000 });
    await phone.getByText('You have the floor').first().waitFor({ timeout: 20_000 });
    await phone.getByRole('status').filter({ hasText: 'Connected' }).waitFor();

    // The first welcome of each carried the room; the one after the restart did not.
    for (const seen of [phoneWelcomes, boardWelcomes]) {
      expect(seen[0]).toHaveProperty('state');
      expect(seen.at(-1)).toMatchObject({ resumed: true });
      expect(seen.at(-1)).not.toHaveProperty('state');
    }
  });
});

describe('a phone coming back to the page', { timeout: 120_000 }, () => {
  it('resumes from the room it saved, and catches up with what happened while it was away', async () => {
    const server = await suite.startServer(makeDataDir());
    const room = await createRoom(server.url, 'Maple Row council', 'en');
    const phone = await suite.page(PHONE);
    const seen = welcomes(phone);
    const link = room.links.participant.replace('#', '?lang=en#');
    await phone.goto(link);
    await phone.getByLabel('Your name').fill('Ana Wu');
    await phone.getByRole('button', { name: "I'm remote" }).click();
    await phone.getByRole('button', { name: 'Raise hand' }).click();
    await phone.getByRole('button', { name: 'Lower hand' }).waitFor();
    // Leaving the page saves the room as the phone saw it; then the meeting goes on without it.
    await phone.goto('about:blank');
    const host = await connect(server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair Li' });
    await ok(host, { type: 'agenda.propose', title: 'Bins on Tuesdays' });
    await ok(host, { type: 'queue.next' });
    host.close();

    await phone.goto(link);
    await phone.getByText('Bins on Tuesdays').first().waitFor({ timeout: 20_000 });
    await phone.getByText('You have the floor').first().waitFor({ timeout: 20_000 });
    expect(seen[0]).toHaveProperty('state');
    expect(seen.at(-1)).toMatchObject({ resumed: true });
    expect(seen.at(-1)).not.toHaveProperty('state');
    await server.stop({ removeData: true });
  });
});
