/** Issue #2 in a real browser: create a room, two people join, and each sees the other live. */
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';

const suite = browserSuite();

describe('the room in a browser', { timeout: 120_000 }, () => {
  it('creates a room, and two browsers see each other’s proposals and hands live', async () => {
    const hostContext = await suite.context();
    await hostContext.grantPermissions(['clipboard-read', 'clipboard-write']);
    const host = await hostContext.newPage();
    await host.goto(`${suite.server.url}/?lang=en`);
    await host.getByLabel('Meeting title').fill('Courtyard path repair');
    await host.getByRole('button', { name: 'Create room' }).click();
    await host.getByRole('heading', { name: 'Your room is ready' }).waitFor();
    await screenshot(host, 'start-links');
    const participantLink = await host.getByRole('textbox', { name: 'Participant link' }).inputValue();
    expect(participantLink).toMatch(/\/r\/[\w-]+#t=[\w-]+$/);
    const shortLink = await host.getByRole('textbox', { name: 'Short link to type' }).inputValue();
    expect(shortLink).toMatch(/\/j\/[2-9A-Z]{8}$/);

    await host.getByRole('link', { name: 'Open as host' }).click();
    // A host link opens the console at once; the host joins by name to take part as a member too.
    await host.getByRole('button', { name: 'Join with my name' }).click();
    await host.getByLabel('Your name').fill('Chair Zhang');
    await host.getByRole('button', { name: "I'm in the room" }).click();
    await host.getByRole('heading', { name: 'Courtyard path repair' }).waitFor();

    const phone = await suite.page(PHONE);
    await phone.goto(participantLink.replace('#', '?lang=en#'));
    await phone.getByLabel('Your name').fill('Ana');
    await phone.getByRole('button', { name: "I'm remote" }).click();
    await phone.getByRole('button', { name: 'Raise hand' }).click();
    await phone.getByRole('button', { name: 'Lower hand' }).waitFor();

    // The host sees the phone's hand, and the phone sees the host's proposal.
    await host
      .getByRole('region', { name: 'Speaking queue' })
      .getByRole('listitem')
      .filter({ hasText: 'Ana' })
      .waitFor();
    await host.getByLabel('Topic', { exact: true }).fill('Fix the broken paving');
    await host.getByRole('button', { name: 'Propose topic' }).click();
    await phone.getByText('Fix the broken paving').waitFor();
    await screenshot(phone, 'participant-phone');

    await host.getByRole('button', { name: 'Next speaker' }).click();
    await phone.locator('.hand__status--floor').waitFor();
    await screenshot(host, 'room-host');

    // A reload comes back as the same member, not a new one.
    await phone.reload();
    await phone.locator('.hand__status--floor').waitFor();
    expect(await phone.getByLabel('Your name').count()).toBe(0);
    await hostContext.close();
  });

  it('shows a plain page for a wrong link', async () => {
    const page = await suite.page();
    await page.goto(`${suite.server.url}/r/nope?lang=en#t=wrong`);
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
  });
});
