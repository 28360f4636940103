/**
 * Issue #14 in a real browser: the links on hand. The start page remembers the rooms this browser
 * created (a reload keeps their links); the host console's Share panel shows the participant,
 * observer and board links with copy buttons and QR codes, the short address and join code; and
 * replacing the participant link says what stops working, then the old link and code stop working
 * while the new ones let people in.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browserSuite.js';
import { region, withLang } from './meetingPages.js';

const suite = browserSuite();
const DESKTOP = { viewport: { width: 1440, height: 900 } };

describe('links on hand', { timeout: 120_000 }, () => {
  it('remembers created rooms, shares every link from the console, and replaces one with a warning', async () => {
    const context = await suite.context({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const start = await context.newPage();
    await start.goto(`${suite.server.url}/?lang=en`);
    await start.getByLabel('Meeting title').fill('Willow Lane council');
    await start.getByRole('button', { name: 'Create room' }).click();
    const hostLink = await start.getByRole('textbox', { name: 'Host link' }).inputValue();
    const participantLink = await start.getByRole('textbox', { name: 'Participant link' }).inputValue();
    const observerLink = await start.getByRole('textbox', { name: 'Observer link' }).inputValue();

    // A reload keeps the room and its links, in this browser only.
    await start.reload();
    await start.getByLabel('Meeting title').waitFor();
    const remembered = region(start, 'Rooms created in this browser');
    const entry = remembered.getByRole('listitem', { name: 'Willow Lane council' });
    expect(await entry.getByRole('link', { name: 'Open as host' }).getAttribute('href')).toBe(hostLink);
    await entry.getByRole('button', { name: 'Show the links' }).click();
    expect(await start.getByRole('textbox', { name: 'Participant link' }).inputValue()).toBe(participantLink);
    const stranger = await suite.page(DESKTOP);
    await stranger.goto(`${suite.server.url}/?lang=en`);
    await stranger.getByLabel('Meeting title').waitFor();
    expect(await stranger.getByText('Rooms created in this browser').count()).toBe(0);

    // The host console's Share panel.
    const host = await context.newPage();
    await host.goto(withLang(hostLink, 'en'));
    const share = region(host, 'Share');
    const participantCard = region(share, 'Participant link');
    await expect.poll(() => participantCard.getByRole('textbox').inputValue()).toBe(participantLink);
    await participantCard.getByRole('img', { name: 'QR code for the Participant link' }).waitFor();
    expect(await region(share, 'Observer link').getByRole('textbox').inputValue()).toBe(observerLink);
    await region(share, 'Observer link')
      .getByRole('img', { name: /QR code/ })
      .waitFor();
    const boardUrl = await region(share, 'Projector board').getByRole('textbox').inputValue();
    expect(boardUrl).toBe(hostLink.replace('/r/', '/board/'));
    const shortCard = region(share, 'Short link to type');
    const shortUrl = await shortCard.getByRole('textbox').inputValue();
    const joinCode = (await shortCard.locator('strong').textContent())!;
    expect(shortUrl).toContain(`/j/${joinCode}`);
    await participantCard.getByRole('button', { name: 'Copy' }).click();
    await participantCard.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await host.evaluate('navigator.clipboard.readText()')).toBe(participantLink);

    // Replacing the participant link says first what stops working.
    await share.getByRole('button', { name: 'Replace the participant link…' }).click();
    const warning = share.getByRole('alert');
    await warning.getByText('What stops working:').waitFor();
    await warning.getByText(/the old participant link, its QR code, the short address and the join code/).waitFor();
    await warning.getByRole('button', { name: 'Replace the participant link' }).click();
    await share.getByText('The participant link, short address and join code were replaced.').waitFor();
    await expect.poll(() => participantCard.getByRole('textbox').inputValue()).not.toBe(participantLink);
    const newParticipantLink = await participantCard.getByRole('textbox').inputValue();
    expect(await shortCard.locator('strong').textContent()).not.toBe(joinCode);
    expect(await region(share, 'Observer link').getByRole('textbox').inputValue()).toBe(observerLink);

    // The old link and the old join code no longer open the room; the new link does.
    const phone = await suite.page();
    await phone.goto(withLang(participantLink, 'en'));
    await phone.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    const viaCode = async (code: string) =>
      (await fetch(`${suite.server.url}/j/${code}`, { redirect: 'manual' })).status;
    expect(await viaCode(joinCode)).not.toBe(302);
    expect(await viaCode((await shortCard.locator('strong').textContent())!)).toBe(302);
    await phone.goto(withLang(newParticipantLink, 'en'));
    await phone.getByLabel('Your name').fill('Ana Wu');
    await phone.getByRole('button', { name: "I'm remote" }).click();
    await phone.getByRole('heading', { name: 'Speaking queue' }).waitFor();
  });
});
