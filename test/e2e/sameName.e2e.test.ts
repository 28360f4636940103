/**
 * One person, one voice, in a real browser: the same name joins from a second phone (typed another
 * way); the host console alerts at once, the second phone is told, and the host merges the two.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { hostJoins, joinAs, withLang } from './meetingPages.js';

const suite = browserSuite();

describe('the same name twice', { timeout: 120_000 }, () => {
  it('alerts the host at once, tells the phone, and merges on the host’s word', async () => {
    const { links } = await createRoom(suite.server.url, 'Willow Lane council', 'en');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');
    const phone1 = await suite.page(PHONE);
    await joinAs(phone1, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
    await phone1.getByText('Ana Wu').first().waitFor();
    const phone2 = await suite.page(PHONE);
    await joinAs(phone2, withLang(links.participant, 'en'), 'ana  WU', "I'm remote");

    await phone2
      .getByText('Someone named “Ana Wu” is already in this room. The host has been alerted', { exact: false })
      .waitFor();
    const alert = host.getByRole('alert', { name: 'Same name twice' });
    await alert.getByText('has the same name as “Ana Wu”', { exact: false }).waitFor();
    expect(await phone1.getByText('The host has been alerted', { exact: false }).count()).toBe(0);
    await screenshot(host, 'same-name-alert');

    await alert.getByRole('button', { name: 'Same person: merge' }).click();
    await alert.waitFor({ state: 'detached' });
    // The merged phone no longer has its place in the room; the first one keeps it.
    await phone2.getByLabel('Your name').waitFor({ timeout: 20_000 });
    await phone1.getByText('Ana Wu').first().waitFor();
  });
});
