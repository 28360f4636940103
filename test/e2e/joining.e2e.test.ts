/**
 * Joining as the host sees it (issue 30), in a real browser, in English and in Chinese: names join
 * by the participant link and leave at once (a flood from someone who read the join code); the host
 * console's Joining panel counts the joins of the last minute and those who have not taken part,
 * and removes them at once after asking again; they are then in the members' removed list.
 */
import { describe, it } from 'vitest';
import { browserSuite } from '../support/browserSuite.js';
import { connect, createRoom } from '../support/clients.js';
import { region, withLang } from './meetingPages.js';

const suite = browserSuite();

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
  }
});
