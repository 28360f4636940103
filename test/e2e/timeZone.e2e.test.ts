/**
 * Issue #14 in a real browser: a room created from a browser in Sydney holds its meeting in Sydney
 * time. The start page sends the browser's zone, the scheduled time reads in that zone on a laptop
 * set to another zone, the minutes name the zone and read in it, and changing the zone in the host
 * console keeps the scheduled moment (only how it reads changes).
 */
import { RoomSummary } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browserSuite.js';
import { region, withLang } from './meetingPages.js';

const suite = browserSuite();
const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** The room id and token of a room link (`…/r/<roomId>#t=<token>`). */
function parts(link: string): { roomId: string; token: string } {
  const url = new URL(link);
  return { roomId: url.pathname.split('/').pop()!, token: new URLSearchParams(url.hash.slice(1)).get('t')! };
}

describe('time zones', { timeout: 120_000 }, () => {
  it('holds a room created in Sydney in Sydney time, on screens and in the minutes', async () => {
    const sydney = await suite.page({ ...DESKTOP, timezoneId: 'Australia/Sydney' });
    await sydney.goto(`${suite.server.url}/?lang=en`);
    await sydney.getByText('Times will read in Australia/Sydney').waitFor();
    await sydney.getByLabel('Meeting title').fill('Harbour steps');
    await sydney.getByRole('button', { name: 'Create room' }).click();
    const hostLink = await sydney.getByRole('textbox', { name: 'Host link' }).inputValue();
    const { roomId, token } = parts(hostLink);
    const summary = RoomSummary.parse(await (await fetch(`${suite.server.url}/api/rooms/${roomId}`)).json());
    expect(summary.timeZone).toBe('Australia/Sydney');

    // The host, on a laptop set to UTC, schedules the meeting for 8:06 PM Sydney time.
    const laptop = await suite.page({ ...DESKTOP, timezoneId: 'UTC' });
    await laptop.goto(withLang(hostLink, 'en'));
    const phase = laptop.getByRole('group', { name: 'Meeting', exact: true });
    await phase.getByRole('button', { name: 'In session' }).click();
    await phase.getByRole('button', { name: 'Adjourned' }).click();
    const details = region(region(laptop, 'After the meeting'), 'Meeting details');
    await details.getByText("Read in the meeting's time zone: Australia/Sydney.").waitFor();
    expect(await details.getByLabel('Time zone').inputValue()).toBe('Australia/Sydney');
    await details.getByLabel('Scheduled time').fill('2026-12-03T20:06');
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.getByText('These details are on record').waitFor();

    const minutes = async () =>
      (
        await fetch(`${suite.server.url}/api/rooms/${roomId}/minutes.md`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).text();
    const inSydney = await minutes();
    expect(inSydney).toMatch(/December 3, 2026 at 8:06\sPM/);
    expect(inSydney).toContain('**Time zone:** Australia/Sydney');

    // The host moves the meeting to London time from a searchable list: the moment stays, it reads 9:06 AM.
    const zone = details.getByLabel('Time zone');
    await zone.fill('Europe/London');
    expect(await details.getByLabel('Scheduled time').inputValue()).toBe('2026-12-03T09:06');
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.getByText('These details are on record').waitFor();
    await expect
      .poll(
        async () => RoomSummary.parse(await (await fetch(`${suite.server.url}/api/rooms/${roomId}`)).json()).timeZone,
      )
      .toBe('Europe/London');
    const inLondon = await minutes();
    expect(inLondon).toMatch(/December 3, 2026 at 9:06\sAM/);
    expect(inLondon).toContain('**Time zone:** Europe/London');

    // An unknown zone cannot be saved.
    await zone.fill('Mars/Olympus');
    await details.getByText('Not a known time zone').waitFor();
    expect(await details.getByRole('button', { name: 'Save details' }).isDisabled()).toBe(true);
  });
});
