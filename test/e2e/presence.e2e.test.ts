/**
 * Where a member takes part can change during the meeting: a phone that joined as remote says it is
 * in the room now (and back), in either language, and the room records it.
 */
import { describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom } from '../support/clients.js';
import { joinAs, withLang } from './meetingPages.js';

const suite = browserSuite();

describe('where I take part', { timeout: 120_000 }, () => {
  for (const { lang, remote, inRoom, heading } of [
    { lang: 'en', remote: "I'm remote", inRoom: "I'm in the room", heading: 'Where I take part' },
    { lang: 'zh-CN', remote: '我远程参与', inRoom: '我在现场', heading: '我的参会方式' },
  ]) {
    it(`moves a member from remote into the room and back (${lang})`, async () => {
      const room = await createRoom(suite.server.url, 'Poplar Yard council', lang);
      const watcher = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.observer });
      const phone = await suite.page(PHONE);
      await joinAs(
        phone,
        withLang(room.links.participant, lang),
        'Ana Wu',
        remote,
        lang === 'en' ? 'Your name' : '您的姓名',
      );
      const choice = phone.getByRole('group', { name: heading });
      await choice.getByRole('button', { name: remote, pressed: true }).waitFor();

      await choice.getByRole('button', { name: inRoom }).click();
      await choice.getByRole('button', { name: inRoom, pressed: true }).waitFor();
      const moved = await watcher.waitForEvent((e) => e.type === 'member.presenceSet');
      expect(moved).toMatchObject({ presence: 'in_room' });

      await choice.getByRole('button', { name: remote }).click();
      await choice.getByRole('button', { name: remote, pressed: true }).waitFor();
      await watcher.waitForEvent((e) => e.type === 'member.presenceSet' && e.presence === 'remote');

      // With a hand up, a member stays on their side (turns alternate by it), and is told why.
      const host = await connect(suite.server.url, { roomId: room.roomId, token: room.tokens.host });
      await host.command({ type: 'room.setPhase', phase: 'in_session' });
      host.close();
      await phone.getByRole('button', { name: lang === 'en' ? 'Raise hand' : '举手' }).click();
      await choice.getByRole('button', { name: inRoom, disabled: true }).waitFor();
      await phone
        .getByText(lang === 'en' ? 'Not while your hand is up' : '举手或发言期间不能更改', { exact: false })
        .waitFor();
      watcher.close();
    });
  }
});
