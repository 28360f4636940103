/**
 * Issue 25, the first visit's join form: it comes before the room's code (live/earlyJoin.ts). With
 * the app's chunk held back (route interception), a phone types its name into the join form and
 * presses a choice; the name goes out on the open connection at once (the host sees the member join
 * before the app is there). Then the app arrives, takes over, and the person is in the room. Also:
 * a name typed but not pressed is still in the app's join screen, with the focus, and typing goes on
 * there. The early form passes axe-core, as the app's join screen does (a11y.e2e).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allViolations } from '../support/axe.js';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, type TestClient } from '../support/clients.js';
import { withLang } from './meetingPages.js';

const suite = browserSuite();
const APP_FILE = /\/assets\/main-[\w-]+\.js$/;

/** A new phone whose app chunk waits until `release()`; no service worker (its cache would bypass the hold). */
async function phoneWithAppHeld(): Promise<{ phone: Page; release: () => void; asked: () => boolean }> {
  const phone = await suite.page({ ...PHONE, serviceWorkers: 'block' });
  let release = () => {};
  let requested = false;
  const held = new Promise<void>((resolve) => (release = resolve));
  await phone.route(APP_FILE, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { phone, release, asked: () => requested };
}

async function roomWithHost(title: string, locale: 'en' | 'zh-CN') {
  const room = await createRoom(suite.server.url, title, locale);
  const host = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair Li' });
  return { room, host };
}

const joinedAs = (host: TestClient, name: string) =>
  host.waitForEvent((event) => event.type === 'member.joined' && event.name === name);

describe('the join form before the room’s code', { timeout: 120_000 }, () => {
  it('keeps the name typed and the press, and the person ends up in the room (en)', async () => {
    const { room, host } = await roomWithHost('Elm Street council', 'en');
    const { phone, release, asked } = await phoneWithAppHeld();
    try {
      await phone.goto(withLang(room.links.participant, 'en'));
      const name = phone.getByLabel('Your name');
      await name.waitFor({ timeout: 20_000 });
      // The form is the early one: the app's chunk was asked for and has not come.
      expect(asked()).toBe(true);
      expect(await phone.evaluate(() => document.querySelector('.early-join') !== null)).toBe(true);
      await expect.poll(() => phone.getByRole('heading', { name: 'Join the meeting' }).isVisible()).toBe(true);
      // A press with no name says so, as the app's join screen does.
      await phone.getByRole('button', { name: "I'm remote" }).click();
      await phone.getByRole('alert').filter({ hasText: 'Please enter your name first.' }).waitFor();
      // As accessible as the app's join screen (the axe browser tests check that one).
      expect(await allViolations(phone)).toEqual([]);
      await name.click();
      await phone.keyboard.type('Ana Wu');
      await phone.getByRole('button', { name: "I'm remote" }).click();
      // The name went out on the open connection, before the app is here.
      const joined = await joinedAs(host, 'Ana Wu');
      expect(joined).toMatchObject({ type: 'member.joined', name: 'Ana Wu', presence: 'remote' });
      expect(await phone.evaluate(() => document.querySelector('.early-join') !== null)).toBe(true);
      release();
      await phone.getByRole('button', { name: 'Raise hand' }).waitFor({ timeout: 20_000 });
      expect(await phone.evaluate(() => document.querySelector('.early-join'))).toBeNull();
      // One member, not two: the app did not join again.
      await phone.waitForTimeout(500);
      expect(host.received.filter((event) => event.type === 'member.joined')).toHaveLength(1);
    } finally {
      release();
      host.close();
    }
  });

  it('hands a name typed but not pressed to the app’s join screen, focus and all (zh-CN)', async () => {
    const { room, host } = await roomWithHost('榆树街议事会', 'zh-CN');
    const { phone, release } = await phoneWithAppHeld();
    try {
      await phone.goto(withLang(room.links.participant, 'zh-CN'));
      const name = phone.getByLabel('您的姓名');
      await name.waitFor({ timeout: 20_000 });
      await phone.getByRole('heading', { name: '加入会议' }).waitFor();
      expect(await allViolations(phone)).toEqual([]);
      await name.click();
      await phone.keyboard.type('王');
      release();
      // The app's own screen (its header has the language switch), with what was typed, and the focus.
      await phone.getByRole('button', { name: 'English' }).waitFor({ timeout: 20_000 });
      expect(await phone.evaluate(() => document.querySelector('.early-join'))).toBeNull();
      await expect.poll(() => name.inputValue()).toBe('王');
      expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
      await phone.keyboard.type('芳');
      await expect.poll(() => name.inputValue()).toBe('王芳');
      await phone.getByRole('button', { name: '我在现场' }).click();
      expect(await joinedAs(host, '王芳')).toMatchObject({ presence: 'in_room' });
      await phone.getByRole('button', { name: '举手' }).waitFor({ timeout: 20_000 });
    } finally {
      release();
      host.close();
    }
  });
});
