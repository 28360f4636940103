/**
 * Issue #14: no mixed language. Every screen (start page, host console, a participant's phone, the
 * observer view, the projector board, the public notice) is walked in English and in Chinese, and
 * a screenshot of each is kept. In English, no Chinese shows except what people typed (and
 * "中文" and "简体中文", Chinese named in Chinese on the language choices); in Chinese, no English term of the vocabulary shows, and
 * brackets and colons next to Chinese text are the full-width ones.
 */
import { termsIn } from '@dr/shared';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { ok, type TestClient, openRoom } from '../support/clients.js';
import { boardLink, withLang } from './meetingPages.js';

const suite = browserSuite();
const clients: TestClient[] = [];
afterAll(() => clients.forEach((c) => c.close()));

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;
/** What people typed in this test (in English), and the language switch's own name for Chinese. */
const ALLOWED_CJK = new Set(['中文', '简体中文']);

/** A room with something on every screen: members, an agenda, a topic under discussion with a fact, a published notice. */
async function meeting() {
  const { room, join } = await openRoom(suite.server.url, 'Willow Lane council', 'en');
  const chair = await join(room.tokens.host, { name: 'Chair Wang', presence: 'in_room' });
  const ana = await join(room.tokens.participant, { name: 'Ana Wu', presence: 'remote' });
  clients.push(chair, ana);
  const lights = (await ok(ana, { type: 'agenda.propose', title: 'Street lights' }))!;
  await ok(ana, { type: 'agenda.propose', title: 'Bins on the lane' });
  await ok(chair, { type: 'agenda.schedule', itemId: lights });
  await ok(chair, { type: 'room.setPhase', phase: 'in_session' });
  await ok(chair, { type: 'agenda.activate', itemId: lights });
  await ok(ana, { type: 'agenda.addFact', itemId: lights, text: 'Three lamps are out', source: 'Walk on Monday' });
  await ok(ana, { type: 'queue.raise' });
  await ok(chair, { type: 'notice.publish' });
  return room;
}

async function shownText(page: Page): Promise<string> {
  // Visible text and the names screen readers hear (aria-label), as a reader meets them.
  return page.evaluate<string>(`document.body.innerText + '\\n' +
    [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join('\\n')`);
}

describe('one language per screen', { timeout: 180_000 }, () => {
  it('shows no Chinese on English screens and no English terms on Chinese ones', async () => {
    const room = await meeting();
    const screens: [string, string, Parameters<typeof suite.page>[0]][] = [
      ['start', `${suite.server.url}/?lang=LANG`, {}],
      ['host-console', withLang(room.links.host, 'LANG'), { viewport: { width: 1440, height: 900 } }],
      ['participant-phone', withLang(room.links.participant, 'LANG'), PHONE],
      ['observer', withLang(room.links.observer, 'LANG'), {}],
      ['board', withLang(boardLink(room.links.host), 'LANG'), { viewport: { width: 1920, height: 1080 } }],
      ['notice', `${suite.server.url}/notice/${room.roomId}?lang=LANG`, {}],
    ];
    const englishTerms = Object.values(termsIn('en'))
      .flatMap((family) => Object.values(family as Record<string, string>))
      .filter((word) => word.length > 4 && !['Facts', 'Tier', 'Status', 'Minutes', 'Support', 'Owner'].includes(word));

    for (const [name, url, options] of screens) {
      const page = await suite.page(options);
      await page.goto(url.replace('LANG', 'en'));
      await page
        .getByText(/Willow Lane council|Create a meeting room/)
        .first()
        .waitFor();
      if (name === 'participant-phone') {
        await page.getByLabel('Your name').fill('Bo Li');
        await page.getByRole('button', { name: "I'm in the room" }).click();
        await page.getByRole('heading', { name: 'Speaking queue' }).waitFor();
      }
      await screenshot(page, `language-${name}-en`);
      const chinese = ((await shownText(page)).match(CJK) ?? []).filter((run) => !ALLOWED_CJK.has(run));
      expect({ screen: name, chinese }).toEqual({ screen: name, chinese: [] });

      await page.goto(url.replace('LANG', 'zh-CN'));
      await page
        .getByText(/Willow Lane council|创建议事室/)
        .first()
        .waitFor();
      if (name === 'participant-phone') await page.getByText('发言队列').first().waitFor();
      await screenshot(page, `language-${name}-zh`);
      const text = await shownText(page);
      const english = englishTerms.filter((word) => text.includes(word));
      expect({ screen: name, english }).toEqual({ screen: name, english: [] });
      const asciiPunctuation = text.match(/[\u3400-\u9fff][():]|[():][\u3400-\u9fff]/g) ?? [];
      expect({ screen: name, asciiPunctuation }).toEqual({ screen: name, asciiPunctuation: [] });
      await page.context().close();
    }
  });
});
