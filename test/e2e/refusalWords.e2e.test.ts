/**
 * Refusals in the page's language, in the same words as the refusal tables, both ways a phone gets
 * them: said by the server (the page asks for its language: `auth.locale`), when the phone fetches
 * no refusal texts at all; and made by the phone itself (its own `decide`), when it fetches the
 * texts of the refusals (live/refusalTexts.ts) and shows their words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { refusalText, type Locale } from '@dr/shared';
import { CLIENT_DIST } from '@dr/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { joinAs, region, withLang } from './meetingPages.js';

const suite = browserSuite();

/** The build's file of the refusal texts (the chunk `loadRefusalTexts` fetches). */
const textsFile = () => {
  const manifest = JSON.parse(readFileSync(path.join(CLIENT_DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  return manifest['src/live/refusalTable.ts']!.file;
};

/** Whether the page has loaded the refusal texts (its own resource loads, not the service worker's precache). */
const loadedTexts = (page: Page) =>
  page.evaluate(
    (file) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(file)),
    textsFile(),
  );

const WORDS: Record<Locale, { name: string; remote: string; raise: string; lower: string; where: string }> = {
  en: { name: 'Your name', remote: "I'm remote", raise: 'Raise hand', lower: 'Lower hand', where: 'Members' },
  'zh-CN': { name: '您的姓名', remote: '我远程参与', raise: '举手', lower: '放下手', where: '参会人员' },
};

describe('refusals in the page’s language', { timeout: 120_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    const words = WORDS[lang];

    it(`shows the server’s words for a refused join, without fetching the refusal texts (${lang})`, async () => {
      const room = await createRoom(suite.server.url, 'Birch Row council', lang);
      const phone = await suite.page(PHONE);
      await phone.goto(withLang(room.links.participant, lang));
      await phone.getByLabel(words.name).waitFor({ timeout: 20_000 });
      const host = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair Li' });
      await ok(host, { type: 'room.setPhase', phase: 'closed' });
      host.close();
      await phone.getByLabel(words.name).fill('Ana Wu');
      await phone.getByRole('button', { name: words.remote }).click();
      await phone.getByText(refusalText('room.closed', lang), { exact: true }).waitFor();
      expect(await loadedTexts(phone)).toBe(false);
    });

    it(`says a refusal the phone makes itself in the tables’ words (${lang})`, async () => {
      const room = await createRoom(suite.server.url, 'Aspen Lane council', lang);
      const phone = await suite.page(PHONE);
      await joinAs(phone, withLang(room.links.participant, lang), 'Ana Wu', words.remote, words.name);
      await phone.getByRole('button', { name: words.raise, exact: true }).click();
      await phone.getByRole('button', { name: words.lower, exact: true }).waitFor();
      // "Where I take part" asks the shared `decide`, which refuses a move while the hand is up.
      const hint = refusalText('member.presenceInQueue', lang);
      await region(phone, words.where).getByText(hint, { exact: true }).waitFor();
      expect(await loadedTexts(phone)).toBe(true);
    });
  }
});
