/**
 * A big room's welcome carries only some of its members (LIMITS.welcomeMembers); a phone asks for
 * the others (`members` pages) only when it needs them (issue 30): not after joining a 2,000-member
 * hall, but when the person opens the members list, which is then whole, in either language, and
 * stays whole after a reload that resumes from the saved copy (with no page asked again). Nor when a
 * round opens over those present: the phone votes and reads the verdict, and the board its
 * attendance, from the state's roll (shared meeting/roll.ts), without a page.
 */
import { LIMITS } from '@dr/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { roundOn } from '../support/rounds.js';
import { boardLink, joinAs, region, savedCopy, withLang } from './meetingPages.js';

const suite = browserSuite();
/** With the phone's own member, the room has 2,000. */
const RESIDENTS = 1_999;
const PAGES = Math.ceil((RESIDENTS + 1) / LIMITS.membersPage);

/** The `from` of every `members` request the page sends on its room's socket (Socket.IO frames `42<id>["members",…]`). */
function membersAsked(page: Page): number[] {
  const asked: number[] = [];
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      const frame = typeof payload === 'string' ? /^42\d*\["members",\{"from":(\d+)\}\]$/.exec(payload) : null;
      if (frame) asked.push(Number(frame[1]));
    }),
  );
  return asked;
}

/** Adds `count` residents the host counts in the hall (present, without a phone). */
async function fillHall(roomId: string, count: number) {
  const live = (await suite.server.app.registry.get(roomId))!;
  for (let i = 0; i < count; i += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, count - i) }, (_, k) =>
        live.dispatch({ role: 'host', memberId: null }, { type: 'member.addInRoom', name: `居民 ${i + k + 1}` }),
      ),
    );
  }
}

describe('a big room’s members, asked for when the list is opened', { timeout: 180_000 }, () => {
  it('a round opens: the phone votes and reads the verdict over 2,000 present, the board its attendance, and neither asks for a page', async () => {
    const room = await createRoom(suite.server.url, 'Poplar Yard council', 'en');
    // 2,000 members: the chair, Ana's phone and 1,998 the chair counts in the hall.
    await fillHall(room.roomId, RESIDENTS - 1);
    // A villagers' meeting (art. 22): the quorum and the share are taken over those present.
    const host = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    await ok(host, { type: 'rules.set', preset: 'villagersMeeting', eligibleCount: 3000 });
    const phone = await suite.page(PHONE);
    const asked = membersAsked(phone);
    await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    const boardAsked = membersAsked(board);
    await board.goto(withLang(boardLink(room.links.host), 'en'));

    await roundOn(suite.server.url, room, host, 'Clean the well', 'The well is cleaned every spring.');
    const round = region(phone, 'Consensus check');
    await round.getByRole('button', { name: '4 Support' }).click();
    await round.getByText('Your response: 4 Support.').waitFor();
    // Ana took part, so she is present: all 2,000; and 2 online with 1,998 without a phone could respond.
    await round.getByText('1 in favour: not more than half of the 2000 present (1001 needed)').waitFor();
    await round.getByText('Entitled 3000 · present 2000').first().waitFor();
    await round.getByText('1 of 2000 present have responded').waitFor();
    await board.getByText('Entitled 3000 · present 2000').waitFor();
    await board
      .getByRole('region', { name: 'Consensus check' })
      .getByText('1 in favour: not more than half of the 2000 present (1001 needed)')
      .waitFor();
    expect(asked).toEqual([]);
    expect(boardAsked).toEqual([]);
    host.close();
  });

  for (const { lang, heading, remote, nameLabel, raise, lower, showAll, count } of [
    {
      lang: 'en',
      heading: 'Members',
      remote: "I'm remote",
      nameLabel: 'Your name',
      raise: 'Raise hand',
      lower: 'Lower hand',
      showAll: 'Show all members',
      count: `1 of ${RESIDENTS + 1} online`,
    },
    {
      lang: 'zh-CN',
      heading: '参会人员',
      remote: '我远程参与',
      nameLabel: '您的姓名',
      raise: '举手',
      lower: '放下手',
      showAll: '显示全部参会人员',
      count: `在线 1 / 共 ${RESIDENTS + 1} 人`,
    },
  ]) {
    it(`joins a 2,000-member room without asking for a page, and pages them in when the list opens (${lang})`, async () => {
      const room = await createRoom(suite.server.url, 'Poplar Yard council', lang);
      const live = (await suite.server.app.registry.get(room.roomId))!;
      for (let i = 0; i < RESIDENTS; i += 100) {
        await Promise.all(
          Array.from({ length: Math.min(100, RESIDENTS - i) }, (_, k) =>
            live.dispatch({ role: 'host', memberId: null }, { type: 'member.addInRoom', name: `居民 ${i + k + 1}` }),
          ),
        );
      }
      const phone = await suite.page(PHONE);
      const asked = membersAsked(phone);
      await joinAs(phone, withLang(room.links.participant, lang), 'Ana Wu', remote, nameLabel);
      const members = region(phone, heading);
      await members.getByRole('button', { name: showAll }).waitFor();
      // A command and its answer after the welcome: a page asked for after the welcome went out before it.
      await phone.getByRole('button', { name: raise, exact: true }).click();
      await phone.getByRole('button', { name: lower, exact: true }).waitFor();
      expect(asked).toEqual([]);

      await members.getByRole('button', { name: showAll }).click();
      // Ten pages and 2,000 rows on a phone: give a busy machine time.
      await members.getByText(count).waitFor({ timeout: 60_000 });
      // The first and the last added: neither is in the welcome, both come in pages.
      await members.getByText('居民 1', { exact: true }).waitFor();
      await members.getByText(`居民 ${RESIDENTS}`, { exact: true }).waitFor();
      expect(asked).toEqual(Array.from({ length: PAGES }, (_, n) => n * LIMITS.membersPage));

      // A reload resumes from the copy this phone saved (no whole welcome): the list stays whole.
      // The copy is saved a moment after each change: reload once it holds every member.
      const savedMembers = async () => Object.keys((await savedCopy(phone, room.roomId))?.state.members ?? {}).length;
      await expect.poll(savedMembers).toBe(RESIDENTS + 1);
      await phone.reload();
      await members.getByText(count).waitFor({ timeout: 60_000 });
      await members.getByText(`居民 ${RESIDENTS}`, { exact: true }).waitFor();
      expect(asked).toHaveLength(PAGES);
    });
  }
});
