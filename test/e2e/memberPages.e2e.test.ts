/**
 * A big room's welcome carries only some of its members (LIMITS.welcomeMembers); the web app pages
 * in the others on the same connection, so its members list is whole, in either language, and stays
 * whole after a reload that resumes from the saved copy.
 */
import { LIMITS } from '@dr/shared';
import { describe, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { joinAs, region, withLang } from './meetingPages.js';

const suite = browserSuite();
const RESIDENTS = LIMITS.welcomeMembers + LIMITS.membersPage + 50;

describe('a big room’s members list', { timeout: 120_000 }, () => {
  for (const { lang, heading, remote, nameLabel, count } of [
    {
      lang: 'en',
      heading: 'Members',
      remote: "I'm remote",
      nameLabel: 'Your name',
      count: `1 of ${RESIDENTS + 1} online`,
    },
    {
      lang: 'zh-CN',
      heading: '参会人员',
      remote: '我远程参与',
      nameLabel: '您的姓名',
      count: `在线 1 / 共 ${RESIDENTS + 1} 人`,
    },
  ]) {
    it(`shows every member of a room bigger than its welcome (${lang})`, async () => {
      const room = await createRoom(suite.server.url, 'Poplar Yard council', lang);
      const live = (await suite.server.app.registry.get(room.roomId))!;
      for (let i = 0; i < RESIDENTS; i += 50) {
        await Promise.all(
          Array.from({ length: Math.min(50, RESIDENTS - i) }, (_, k) =>
            live.dispatch({ role: 'host', memberId: null }, { type: 'member.addInRoom', name: `居民 ${i + k + 1}` }),
          ),
        );
      }
      const phone = await suite.page(PHONE);
      await joinAs(phone, withLang(room.links.participant, lang), 'Ana Wu', remote, nameLabel);
      const members = region(phone, heading);
      await members.getByText(count).waitFor();
      // The first and the last added: neither is in the welcome, both come in pages.
      await members.getByText('居民 1', { exact: true }).waitFor();
      await members.getByText(`居民 ${RESIDENTS}`, { exact: true }).waitFor();

      // A reload resumes from the copy this phone saved (no whole welcome): the list stays whole.
      await phone.waitForTimeout(1_500); // the copy is saved at most once a second
      await phone.reload();
      await members.getByText(count).waitFor();
      await members.getByText(`居民 ${RESIDENTS}`, { exact: true }).waitFor();
    });
  }
});
