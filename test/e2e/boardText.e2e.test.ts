/// <reference lib="dom" />
/**
 * Issue #13 in a real browser: the board shows the whole text being voted on, legibly, at
 * 1920×1080. A 15-line resolution is frozen into a round; a phone blocks it with a reason; every
 * line on the page shown must be on screen, inside its box (not clipped) and not covered by
 * anything (the meter and the reasons sit beside the text, never over it). Since issue #26 the join
 * code, the queue and the speaker stay beside a round, so 15 lines may take two pages.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok, openRoom, activeItem } from '../support/clients.js';
import { appendParagraph, connectDraft, roundTrip, writeDraft } from '../support/draftClients.js';
import { boardLink, withLang } from './meetingPages.js';

const suite = browserSuite();

const LINES = [
  '1. The village repairs the courtyard path between the well and the school.',
  '2. Work starts after the autumn harvest and ends before the first frost.',
  '3. Each household gives two days of work or pays 200 yuan instead.',
  '4. Elderly and disabled residents are exempt from the work days.',
  '5. The committee buys gravel and cement from the township supplier.',
  '6. Receipts for every purchase are posted on the notice board.',
  '7. The path is 1.5 metres wide, with a drain on the south side.',
  '8. Trees along the path stay; roots are bridged, not cut.',
  '9. Carts may not use the path until the cement has set for a week.',
  '10. The school is told a week before the work begins.',
  '11. A resident supervisor checks the work every evening.',
  '12. Complaints go to the grid member, who answers within three days.',
  '13. Any money left over goes to the street lights fund.',
  '14. The committee reports on the work at the next monthly meeting.',
  '15. This resolution is published on the village notice board.',
];
const REASON = 'The drain on the south side floods the Wang family courtyard every spring; move it north first.';

describe('the board shows the whole frozen text', { timeout: 120_000 }, () => {
  it('every line of a 15-line text on its page is in view, unclipped and uncovered at 1920×1080, beside a block reason', async () => {
    const { room, join } = await openRoom(suite.server.url, 'Courtyard council', 'en');
    const host = await join(room.tokens.host, { name: 'Chair' });
    const ana = await join(room.tokens.participant, { name: 'Ana' });
    const itemId = (await ok(host, { type: 'agenda.propose', title: 'Repair the courtyard path' }))!;
    await ok(host, { type: 'agenda.schedule', itemId });
    await ok(host, { type: 'agenda.activate', itemId });
    await writeDraft(suite.server.url, room.roomId, room.tokens.participant, itemId, ...LINES);
    const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
    await ok(ana, { type: 'consensus.vote', roundId, level: 0, reason: REASON });

    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    // Pages slide in 0.4 s; a line measured mid-slide sits across the box's edge (a loaded machine
    // makes the slide longer). Reduced motion turns them without the slide (BoardFrozenText.css).
    await board.emulateMedia({ reducedMotion: 'reduce' });
    await board.goto(withLang(boardLink(room.links.host), 'en'));
    const meter = board.getByRole('region', { name: 'Consensus check' });
    await meter.getByText(REASON).waitFor();
    await meter.getByText(LINES[14]!).waitFor();
    // Let the text settle at its fitted size.
    await board.waitForFunction(() => document.querySelector<HTMLElement>('.board-frozen__text')?.style.fontSize);

    const report = await board.evaluate(() => {
      const inside = (r: DOMRect, box: DOMRect) =>
        r.left >= box.left - 0.5 &&
        r.right <= box.right + 0.5 &&
        r.top >= box.top - 0.5 &&
        r.bottom <= box.bottom + 0.5;
      const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
      const box = document.querySelector('.board-frozen__box')!.getBoundingClientRect();
      const lines = [...document.querySelectorAll<HTMLElement>('.board-frozen__line')].map((line) => {
        const range = document.createRange();
        range.selectNodeContents(line);
        // Every line box of the paragraph (a long line may wrap), each checked at its ends and middle.
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const covered = rects.some((r) =>
          [r.left + 2, (r.left + r.right) / 2, r.right - 2].some((x) => {
            const hit = document.elementFromPoint(x, (r.top + r.bottom) / 2);
            return !hit || !line.contains(hit);
          }),
        );
        return {
          text: line.textContent,
          // On the page shown: its line boxes lie across the box (a paged text's other pages sit beside it).
          onPage: rects.some((r) => r.right > box.left && r.left < box.right),
          inViewport: rects.every((r) => inside(r, viewport)),
          inBox: rects.every((r) => inside(r, box)),
          covered,
          fontPx: parseFloat(getComputedStyle(line).fontSize),
        };
      });
      const reason = document.querySelector('.reasons__text')!.getBoundingClientRect();
      const overlaps = !(
        reason.right <= box.left ||
        reason.left >= box.right ||
        reason.bottom <= box.top ||
        reason.top >= box.bottom
      );
      return {
        lines,
        reasonInViewport: inside(reason, viewport),
        reasonOverText: overlaps,
        pages: Number(/of (\d+)/.exec(document.querySelector('.board-frozen__page')?.textContent ?? '')?.[1] ?? 1),
      };
    });
    await screenshot(board, 'board-whole-frozen-text');

    expect(report.lines.map((l) => l.text)).toEqual(LINES);
    // Beside the meter, the reasons, the join code and the queue (issue #26), 15 lines take at most
    // two pages at 1920×1080; every line on the page shown is whole, uncovered and legible.
    expect(report.pages).toBeLessThanOrEqual(2);
    const onPage = report.lines.filter((line) => line.onPage);
    // Whichever page the clock has up (the second may hold only the last few lines).
    expect(onPage.length).toBeGreaterThan(0);
    for (const line of onPage) {
      expect(line, line.text ?? '').toMatchObject({ inViewport: true, inBox: true, covered: false });
      // Legible from the back of a room: at least 1.3vw (25 px at 1920 wide).
      expect(line.fontPx).toBeGreaterThanOrEqual(24.9);
    }
    expect(report).toMatchObject({ reasonInViewport: true, reasonOverText: false });
    host.close();
    ana.close();
  });

  it('pages a text too long for one page, with every line on the page shown whole', async () => {
    const room = await createRoom(suite.server.url, 'Courtyard council', 'en');
    const host = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const itemId = await activeItem(host, 'Village rules');
    const editor = await connectDraft(suite.server.url, room.roomId, room.tokens.participant);
    for (let i = 1; i <= 3; i += 1) for (const line of LINES) appendParagraph(editor.draft(itemId), `${i}.${line}`);
    await roundTrip(editor);
    editor.destroy();
    await ok(host, { type: 'consensus.open', itemId });

    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    // Pages slide in 0.4 s; a line measured mid-slide sits across the box's edge (a loaded machine
    // makes the slide longer). Reduced motion turns them without the slide (BoardFrozenText.css).
    await board.emulateMedia({ reducedMotion: 'reduce' });
    await board.goto(withLang(boardLink(room.links.host), 'en'));
    // Any page: the boards turn pages on the clock, 12 s each, so a given page may be up for longer
    // than a wait for another lasts (the flake of 2026-12-07); beside a round's side column the text
    // may take more than three pages.
    await board.getByText(/page \d of \d/).waitFor();
    const cut = await board.evaluate(() => {
      const box = document.querySelector('.board-frozen__box')!.getBoundingClientRect();
      // A line box partly inside the box would be a line cut in two.
      return [...document.querySelectorAll('.board-frozen__line')].flatMap((line) => {
        const range = document.createRange();
        range.selectNodeContents(line);
        return [...range.getClientRects()].filter(
          (r) => r.right > box.left && r.left < box.right && (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5),
        ).length;
      });
    });
    expect(cut.every((n) => n === 0)).toBe(true);
    await screenshot(board, 'board-paged-frozen-text');
    host.close();
  });
});
