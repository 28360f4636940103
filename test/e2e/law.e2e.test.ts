/**
 * Issue 24 in a real browser, in both languages: the host sets the law's preset (村民会议 /
 * 村民代表会议), counts the hall (a headcount of people with no entry), a phone and the hall respond,
 * and everyone reads the result in the numbers a person checks ("21 in favour: not more than half of
 * the 61 present (31 needed)") on the console and the board ("Entitled 120 · present 61"); the host
 * downloads the minutes, which say the same with the preset's legal source. The host also labels
 * members' households (户) and records a paper written proxy (委托) from the console; the minutes list
 * it (委托名单).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { boardLink, discuss, draftLive, hostJoins, joinAs, region, typeAtEnd, withLang, ZH } from './meetingPages.js';

const suite = browserSuite();

/** Downloads the Markdown minutes from the host console's follow-up panel; each of `lines` is in them. */
async function minutesSay(host: Page, labels: { panel: string; minutes: string; markdown: string }, lines: string[]) {
  const minutes = region(region(host, labels.panel), labels.minutes);
  const [download] = await Promise.all([
    host.waitForEvent('download'),
    minutes.getByRole('button', { name: labels.markdown }).click(),
  ]);
  const md = readFileSync((await download.path())!, 'utf8');
  for (const line of lines) expect(md).toContain(line);
}

interface RepresentationLabels {
  attendance: string;
  member: string;
  household: string;
  set: string;
  clear: string;
  households: string;
  proxies: string;
  allow: string;
  principal: string;
  holder: string;
  reference: string;
  record: string;
  consensus: string;
  hallCount: string;
  hallSupport: string;
  hallConcerns: string;
  saveHallCount: string;
  closeRound: string;
  minutes: { panel: string; minutes: string; markdown: string };
}

/** The host labels a member's household (户) on the attendance panel, and reads it in the list. */
async function setHousehold(host: Page, labels: RepresentationLabels, name: string, household: string, row: string) {
  const attendance = region(host, labels.attendance);
  await attendance.getByLabel(labels.member, { exact: true }).selectOption({ label: name });
  await attendance.getByLabel(labels.household, { exact: true }).fill(household);
  await attendance.getByRole('button', { name: labels.set, exact: true }).click();
  await attendance.getByRole('list', { name: labels.households }).getByText(row, { exact: true }).waitFor();
}

/** The host counts the hall's hands in the open round (support, some concerns), saves them and closes the round. */
async function countHallAndClose(host: Page, labels: RepresentationLabels, support: string, concerns: string) {
  const consensus = region(host, labels.consensus);
  const count = consensus.getByRole('form', { name: labels.hallCount });
  await count.getByLabel(labels.hallSupport).fill(support);
  await count.getByLabel(labels.hallConcerns).fill(concerns);
  await count.getByRole('button', { name: labels.saveHallCount }).click();
  await consensus.getByRole('button', { name: labels.closeRound }).click();
}

/** The host allows written proxies and records a paper one (委托书) with its reference. */
async function recordProxy(host: Page, labels: RepresentationLabels, principal: string, holder: string, ref: string) {
  const proxies = region(host, labels.proxies);
  await proxies.getByText(labels.allow).click();
  await proxies.getByLabel(labels.principal, { exact: true }).selectOption({ label: principal });
  await proxies.getByLabel(labels.holder, { exact: true }).selectOption({ label: holder });
  await proxies.getByLabel(labels.reference).fill(ref);
  await proxies.getByRole('button', { name: labels.record }).click();
  await proxies.getByText(`${principal} → ${holder}`).waitFor();
}

const EN: RepresentationLabels = {
  attendance: 'Attendance',
  member: 'Member',
  household: 'Household',
  set: 'Set household',
  clear: 'Clear household',
  households: "Members' households",
  proxies: 'Written proxy',
  allow: 'Allow written proxies in this meeting',
  principal: 'Principal',
  holder: 'Proxy holder',
  reference: 'Reference of the paper (optional)',
  record: 'Record the proxy',
  consensus: 'Consensus check',
  hallCount: 'In-room count',
  hallSupport: 'In the room: 4 Support',
  hallConcerns: 'In the room: 2 Some concerns',
  saveHallCount: 'Save in-room count',
  closeRound: 'Close the round',
  minutes: { panel: 'After the meeting', minutes: 'Minutes', markdown: 'Download minutes (Markdown)' },
};

const ZH_PANELS: RepresentationLabels = {
  attendance: '签到与清点',
  member: '成员',
  household: '户',
  set: '设置户',
  clear: '清除户',
  households: '成员所属户',
  proxies: '书面委托',
  allow: '本次会议允许书面委托',
  principal: '委托人',
  holder: '受托人',
  reference: '委托书编号（选填）',
  record: '登记委托',
  consensus: '共识测量',
  hallCount: '现场计票',
  hallSupport: '现场：4 支持',
  hallConcerns: '现场：2 有些顾虑',
  saveHallCount: '保存现场计票',
  closeRound: '结束本轮',
  minutes: { panel: '会后落实', minutes: '会议纪要', markdown: '下载会议纪要（Markdown）' },
};

describe('the law’s thresholds in the browser', { timeout: 180_000 }, () => {
  it('a villagers’ meeting: preset, hall count, the result and the minutes, in English', async () => {
    const { links } = await createRoom(suite.server.url, 'East lane assembly', 'en');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');

    // 定会纪 as the law writes it: the villagers' meeting, 120 adults entitled.
    const rules = region(host, 'Meeting rules');
    await rules.getByRole('combobox', { name: 'Kind of meeting' }).selectOption('villagersMeeting');
    await rules.getByText('Organic Law of Villagers’ Committees, art. 22', { exact: false }).waitFor();
    await rules.getByLabel('Entitled to take part').fill('120');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await rules.getByText('These are the rules in force.').waitFor();

    // 清点人数: 59 in the hall with no entry; with the host and one phone, 61 present.
    const ana = await suite.page(PHONE);
    await joinAs(ana, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
    const attendance = region(host, 'Attendance');
    await attendance.getByLabel('People in the hall with no entry here').fill('59');
    await attendance.getByRole('button', { name: 'Save the hall count' }).click();
    await attendance.getByText('Entitled 120 · present 61').waitFor();
    await attendance.getByText('Hall counted at', { exact: false }).waitFor();
    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(links.host), 'en'));
    await board.getByText('Entitled 120 · present 61').waitFor();
    await board
      .getByText('Villagers’ meeting · Organic Law of Villagers’ Committees, art. 22', { exact: false })
      .waitFor();

    // 户: Ana's household, and one set by mistake and cleared; a paper proxy from Ana to the chair.
    await setHousehold(host, EN, 'Ana Wu', 'No. 3, East Lane', 'Ana Wu: No. 3, East Lane');
    await setHousehold(host, EN, 'Chair Wang', 'No. 5', 'Chair Wang: No. 5');
    await attendance.getByLabel(EN.household, { exact: true }).fill('');
    await attendance.getByRole('button', { name: EN.clear, exact: true }).click();
    await expect.poll(() => attendance.getByText('Chair Wang: No. 5').count()).toBe(0);
    await attendance.getByText('Ana Wu: No. 3, East Lane').waitFor();
    await recordProxy(host, EN, 'Ana Wu', 'Chair Wang', 'EL-12');

    const topic = 'One-way east lane';
    await discuss(host, topic);
    await draftLive(host);
    await typeAtEnd(
      host.getByRole('textbox', { name: `Draft resolution: ${topic}` }),
      'The east lane is one-way.\nThe fund pays half.',
    );
    const console_ = region(host, 'Consensus check');
    await console_.getByRole('button', { name: 'Open consensus check' }).click();
    await region(ana, 'Consensus check').getByRole('button', { name: '4 Support' }).click();
    // Quorum of attendance: 61 present of 120 is more than half, whatever the responses.
    await console_.getByText('Quorum met: 61 present, 61 needed').waitFor();

    // The hall's hands: 20 more support it, 19 have concerns; 40 responses, 21 in favour.
    await countHallAndClose(host, EN, '20', '19');
    const onBoard = board.getByRole('region', { name: 'Consensus check' });
    await onBoard.getByText('Not adopted', { exact: true }).waitFor();
    await onBoard.getByText('21 in favour: not more than half of the 61 present (31 needed)').waitFor();
    await console_.getByText('21 in favour: not more than half of the 61 present (31 needed)').waitFor();
    await region(ana, 'Consensus check').getByText('Entitled 120 · present 61').first().waitFor();
    await screenshot(board, 'law-board');
    await screenshot(host, 'law-console');

    await minutesSay(host, EN.minutes, [
      'Kind of meeting: Villagers’ meeting (source: Organic Law of Villagers’ Committees, art. 22',
      'entitled 120 · present 61 (2 members here or online, 59 counted in the hall)',
      'Share: 21 in favour: not more than half of the 61 present (31 needed)',
      'Written proxies',
      'Ana Wu entrusted Chair Wang (proxy form: EL-12), recorded by the host from the paper form; the principal came in person',
    ]);
  });

  it('a representatives’ meeting in Chinese: the hall count decides the quorum, and the minutes say so', async () => {
    const { links } = await createRoom(suite.server.url, '柳巷村民代表会议', 'zh-CN');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    await hostJoins(host, withLang(links.host, 'zh-CN'), '王主任', ZH.join);
    const rules = region(host, '会议规则（定会纪）');
    await rules.getByRole('combobox', { name: '会议类型' }).selectOption('representativesMeeting');
    await rules.getByText('《村民委员会组织法》第二十五条至第二十六条', { exact: false }).waitFor();
    await rules.getByLabel('应参会人数', { exact: true }).fill('30');
    await rules.getByRole('button', { name: '保存规则' }).click();

    const phone = await suite.page({ ...PHONE, locale: 'zh-CN' });
    await joinAs(phone, withLang(links.participant, 'zh-CN'), '王阿姨', '我在现场', '您的姓名');
    const attendance = region(host, '签到与清点');
    await attendance.getByLabel('会场内未登记的人数').fill('18');
    await attendance.getByRole('button', { name: '保存清点人数' }).click();
    await attendance.getByText('应到 30 · 实到 20').waitFor();
    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(links.host), 'zh-CN'));
    await board.getByText('应到 30 · 实到 20').waitFor();
    await setHousehold(host, ZH_PANELS, '王阿姨', '3号', '王阿姨：3号');
    await recordProxy(host, ZH_PANELS, '王阿姨', '王主任', '委-12');

    await discuss(host, '修缮院内小路', ZH.discuss);
    await region(host, '决议草案').getByText('草案实时同步中').waitFor({ timeout: 20_000 });
    await typeAtEnd(host.getByRole('textbox', { name: '决议草案：修缮院内小路' }), '入冬前修好院内小路。');
    const console_ = region(host, '共识测量');
    await console_.getByRole('button', { name: '开始共识测量' }).click();
    await region(phone, '共识测量').getByRole('button', { name: '4 支持' }).click();
    await countHallAndClose(host, ZH_PANELS, '10', '8');
    const onBoard = board.getByRole('region', { name: '共识测量' });
    await onBoard.getByText('通过', { exact: true }).waitFor();
    await onBoard.getByText('同意 11 票，过实到 20 人的半数（需 11 票）').waitFor();
    await onBoard.getByText('已达到法定人数：实到 20 人（需 20 人）').waitFor();
    await screenshot(board, 'zh-CN-law-board');

    await minutesSay(host, ZH_PANELS.minutes, [
      '会议类型：村民代表会议（依据：《村民委员会组织法》第二十五条至第二十六条',
      '应到 30 人 · 实到 20 人（在场或在线成员 2 人，会场清点 18 人）',
      '表决比例：同意 11 票，过实到 20 人的半数（需 11 票）',
      '委托名单',
      '王阿姨 委托 王主任（委托书：委-12），主持人据书面委托书登记；委托人已亲自到会',
    ]);
  });
});
