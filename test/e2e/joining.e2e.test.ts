/**
 * Joining as the host sees it (issue 30), in a real browser, in English and in Chinese: names join
 * by the participant link and leave at once (a flood from someone who read the join code); the host
 * console's Joining panel counts the joins of the last minute and those who have not taken part,
 * and removes them at once after asking again; they are then in the members' removed list.
 */
import { LIMITS } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { PHONE } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom } from '../support/clients.js';
import { joinAs, region, withLang } from './meetingPages.js';

// Names that join and drop at once must stay ghosts: production's wait before a phone that stays counts.
const suite = browserSuite({ server: { limits: { presentAfterMs: LIMITS.presentAfterMs } } });

const LABELS = {
  en: {
    region: 'Joining',
    lastMinute: '5 joined in the last minute',
    idle: '4 joined and have not taken part yet (not counted as present)',
    remove: 'Remove the 4 who joined then and did nothing',
    confirm: 'Yes, remove 4',
    noneIdle: '0 joined and have not taken part yet (not counted as present)',
    removed: 'Removed (4)',
    members: 'Members',
    lock: 'Only the roster and people I let in may join',
    nameLabel: 'Your name',
    inRoom: "I'm in the room",
    waiting: 'Waiting for the host',
    admit: 'Let Bo Li in',
    yourName: 'Bo Li',
  },
  'zh-CN': {
    region: '加入情况',
    lastMinute: '最近一分钟加入 5 人',
    idle: '已加入但尚未参与 4 人（不计入实到）',
    remove: '移出这段时间加入、未做任何事的 4 人',
    confirm: '确定移出 4 人',
    noneIdle: '已加入但尚未参与 0 人（不计入实到）',
    removed: '已移出（4）',
    members: '参会人员',
    lock: '只允许名单上的人和我同意的人加入',
    nameLabel: '您的姓名',
    inRoom: '我在现场',
    waiting: '等待主持人同意',
    admit: '同意Bo Li加入',
    yourName: 'Bo Li',
  },
} as const;

describe('the host console’s Joining panel', { timeout: 120_000 }, () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`counts joins as they come and removes the names that did nothing (${lang})`, async () => {
      const words = LABELS[lang];
      const { roomId, tokens, links } = await createRoom(suite.server.url, 'Hall', lang);
      const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
      await host.goto(withLang(links.host, lang));
      const joining = region(host, words.region);
      await joining.waitFor();
      // Four names joined and dropped, and one resident who raises a hand (takes part).
      for (let i = 0; i < 4; i += 1) {
        const ghost = await connect(suite.server.url, { roomId, token: tokens.participant, name: `Ghost ${i}` });
        ghost.close();
      }
      const resident = await connect(suite.server.url, { roomId, token: tokens.participant, name: 'Resident' });
      await resident.command({ type: 'queue.raise' });
      await joining.getByText(words.lastMinute, { exact: true }).waitFor();
      await joining.getByText(words.idle, { exact: true }).waitFor();
      await joining.getByRole('button', { name: words.remove, exact: true }).click();
      await joining.getByRole('button', { name: words.confirm, exact: true }).click();
      await joining.getByText(words.noneIdle, { exact: true }).waitFor();
      await region(host, words.members).getByText(words.removed).waitFor();
      resident.close();
    });

    it(`locks joining: a new phone waits on the host's list until the host lets it in (${lang})`, async () => {
      const words = LABELS[lang];
      const { links } = await createRoom(suite.server.url, 'Locked hall', lang);
      const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
      await host.goto(withLang(links.host, lang));
      const joining = region(host, words.region);
      await joining.getByText(words.lock).click();
      await expect.poll(() => joining.getByRole('checkbox', { name: words.lock }).isChecked()).toBe(true);
      const phone = await suite.page(PHONE);
      await joinAs(phone, withLang(links.participant, lang), words.yourName, words.inRoom, words.nameLabel);
      await phone.getByRole('heading', { name: words.waiting }).waitFor();
      await joining.getByRole('button', { name: words.admit, exact: true }).click();
      // Let in: the phone opens the meeting by itself, as Bo Li.
      await phone.getByRole('heading', { name: words.waiting }).waitFor({ state: 'detached', timeout: 20_000 });
      await phone.getByText(words.yourName).first().waitFor();
    });
  }
});
