/**
 * A phone's first visit uses one connection: the page opens it before the name is known, the server
 * keeps it and asks for a name, and the name goes out on it (`join`). A refusal of the name comes
 * back on the same connection, to the join screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { joinAs, withLang } from './meetingPages.js';

const suite = browserSuite();

/** The Socket.IO WebSockets the page opens (not the draft's). */
function roomSockets(page: Page): string[] {
  const opened: string[] = [];
  page.on('websocket', (socket) => {
    if (socket.url().includes('/socket.io/')) opened.push(socket.url());
  });
  return opened;
}

describe('joining on the connection the page opened', { timeout: 120_000 }, () => {
  it('goes from the join screen into the room without a second connection', async () => {
    const { links } = await createRoom(suite.server.url, 'Elm Street council', 'en');
    const phone = await suite.page(PHONE);
    const sockets = roomSockets(phone);
    await joinAs(phone, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
    await phone.getByRole('button', { name: 'Raise hand' }).waitFor();
    expect(sockets).toHaveLength(1);
  });

  it('shows the server’s refusal on the join screen, and keeps the connection', async () => {
    const room = await createRoom(suite.server.url, 'Birch Row council', 'en');
    const phone = await suite.page(PHONE);
    const sockets = roomSockets(phone);
    await phone.goto(withLang(room.links.participant, 'en'));
    await phone.getByLabel('Your name').waitFor({ timeout: 20_000 });
    // The meeting closes while the person is on the join screen.
    const host = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair Li' });
    await ok(host, { type: 'room.setPhase', phase: 'closed' });
    host.close();
    await phone.getByLabel('Your name').fill('Ana Wu');
    await phone.getByRole('button', { name: "I'm remote" }).click();
    await phone.getByText('The meeting is closed.').waitFor();
    await phone.getByLabel('Your name').waitFor();
    expect(sockets).toHaveLength(1);
  });

  it('keeps the join screen and what is typed while the connection drops and comes back', async () => {
    const { links } = await createRoom(suite.server.url, 'Larch Court council', 'en');
    const phone = await suite.page(PHONE);
    const sockets = roomSockets(phone);
    await phone.goto(withLang(links.participant, 'en'));
    const name = phone.getByLabel('Your name');
    await name.waitFor({ timeout: 20_000 });
    await name.fill('Ana Wu');
    // The Wi-Fi drops under the phone: the server loses the transport.
    for (const socket of suite.server.app.io.of('/').sockets.values()) socket.conn.close();
    await expect.poll(() => sockets.length, { timeout: 20_000 }).toBe(2);
    expect(await name.inputValue()).toBe('Ana Wu');
    await phone.getByRole('button', { name: "I'm remote" }).click();
    await phone.getByRole('button', { name: 'Raise hand' }).waitFor({ timeout: 20_000 });
  });
});
