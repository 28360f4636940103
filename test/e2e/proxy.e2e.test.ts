/**
 * Written proxies (委托, issue 24 §3) in a real browser, in English and in Chinese: the host allows
 * them and records a paper proxy with its reference from the console, a member gives theirs from the
 * phone, the holder votes "for" the absent principal from the phone, the block's reason reads "for
 * A, by B", and the list of proxies (委托名单) is on the room and the board. The principal's departure
 * is marked on the console's attendance panel.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { boardLink, discuss, draftLive, hostJoins, joinAs, region, typeAtEnd, withLang } from './meetingPages.js';

const suite = browserSuite();

/** The host marks a member departed from the console's attendance panel (issue 24 §1). */
async function markDeparted(
  host: Page,
  name: string,
  labels = {
    region: 'Attendance',
    member: 'Member who left the meeting',
    depart: 'Mark as left',
    departed: 'Left the meeting',
  },
) {
  const attendance = region(host, labels.region);
  await attendance.getByLabel(labels.member, { exact: true }).selectOption({ label: name });
  await attendance.getByRole('button', { name: labels.depart, exact: true }).click();
  await attendance.getByText(labels.departed, { exact: true }).waitFor();
  await attendance.getByRole('listitem').filter({ hasText: name }).waitFor();
}

/** The host adds someone without a phone. */
async function addInRoom(
  host: Page,
  name: string,
  labels = { region: 'People in the room', name: 'Their name', add: 'Add person' },
) {
  const inRoom = region(host, labels.region);
  await inRoom.getByLabel(labels.name, { exact: true }).fill(name);
  await inRoom.getByRole('button', { name: labels.add, exact: true }).click();
}

describe('written proxies in the browser', { timeout: 180_000 }, () => {
  it('the host records a paper proxy, a member gives theirs from the phone, the holder votes for them (en)', async () => {
    const { links } = await createRoom(suite.server.url, 'Willow Lane village meeting', 'en');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');
    await discuss(host, 'The well');
    await draftLive(host);
    await typeAtEnd(
      host.getByRole('textbox', { name: 'Draft resolution: The well' }),
      'The well is cleaned every spring.',
    );

    // The host allows proxies, two per holder.
    const proxies = region(host, 'Written proxy');
    await proxies.getByText('Allow written proxies in this meeting').click();
    await proxies.getByLabel('Proxies one holder may carry').selectOption('2');

    const ana = await suite.page(PHONE);
    await joinAs(ana, withLang(links.participant, 'en'), 'Ana Wu', "I'm in the room");
    const bo = await suite.page(PHONE);
    await joinAs(bo, withLang(links.participant, 'en'), 'Bo Chen', "I'm in the room");
    await addInRoom(host, 'Grandpa Li');

    // A paper proxy, with its reference.
    await proxies.getByLabel('Principal', { exact: true }).selectOption({ label: 'Grandpa Li' });
    await proxies.getByLabel('Proxy holder', { exact: true }).selectOption({ label: 'Bo Chen' });
    await proxies.getByLabel('Reference of the paper (optional)').fill('WT-7');
    await proxies.getByRole('button', { name: 'Record the proxy' }).click();
    await proxies.getByText('Grandpa Li → Bo Chen').waitFor();
    await proxies.getByText('ref. WT-7').waitFor();

    // Ana gives hers from the phone.
    const rules = region(ana, 'Meeting rules');
    await rules.getByRole('button', { name: 'Give my vote by written proxy' }).click();
    await rules.getByLabel('Who votes for me').selectOption({ label: 'Bo Chen' });
    await rules.getByRole('button', { name: 'Give my proxy' }).click();
    await rules.getByText('Bo Chen carries your proxy.').waitFor();
    await proxies.getByText('Ana Wu → Bo Chen').waitFor();

    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(links.host), 'en'));
    await board.getByText('List of proxies').waitFor();
    await board.getByText('Grandpa Li → Bo Chen').waitFor();

    // Grandpa Li has gone home: Bo votes for him.
    await markDeparted(host, 'Grandpa Li');
    await region(host, 'Consensus check').getByRole('button', { name: 'Open consensus check' }).click();
    const forLi = region(bo, 'For Grandpa Li');
    await forLi.getByRole('button', { name: '0 Block' }).click();
    await forLi.getByLabel('Why “Block”? Everyone will read your reason.').fill('He wants a new pump first.');
    await forLi.getByRole('button', { name: 'Send: Block' }).click();
    await forLi.getByText('Your response: 0 Block.').waitFor();
    // Bo's own vote is apart.
    await region(bo, 'Consensus check').getByRole('button', { name: '4 Support' }).first().click();
    await region(host, 'Consensus check')
      .getByRole('listitem')
      .filter({ hasText: 'He wants a new pump first.' })
      .getByText('for Grandpa Li, by Bo Chen')
      .waitFor();
    await screenshot(bo, 'proxy-phone-holder');
    await screenshot(host, 'proxy-console');
    await screenshot(board, 'proxy-board');
  });

  it('登记纸质委托书，受托人代委托人表决（zh-CN）', async () => {
    const { links } = await createRoom(suite.server.url, '柳巷村民会议', 'zh-CN');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    await hostJoins(host, withLang(links.host, 'zh-CN'), '王主任', {
      join: '填写姓名加入',
      name: '您的姓名',
      inRoom: '我在现场',
    });
    await discuss(host, '清理水井', { topic: '议题名称', propose: '提出议题', now: '开始讨论' });
    await region(host, '决议草案').getByText('草案实时同步中').waitFor({ timeout: 20_000 });
    await typeAtEnd(host.getByRole('textbox', { name: '决议草案：清理水井' }), '每年春天清理水井。');

    const proxies = region(host, '书面委托');
    await proxies.getByText('本次会议允许书面委托').click();
    const phone = await suite.page({ ...PHONE, locale: 'zh-CN' });
    await joinAs(phone, withLang(links.participant, 'zh-CN'), '王阿姨', '我在现场', '您的姓名');
    await addInRoom(host, '李大爷', { region: '现场人员', name: '姓名', add: '登记' });
    await proxies.getByLabel('委托人', { exact: true }).selectOption({ label: '李大爷' });
    await proxies.getByLabel('受托人', { exact: true }).selectOption({ label: '王阿姨' });
    await proxies.getByLabel('委托书编号（选填）').fill('委-7');
    await proxies.getByRole('button', { name: '登记委托' }).click();
    await proxies.getByText('李大爷 → 王阿姨').waitFor();
    await proxies.getByText('编号 委-7').waitFor();
    await region(phone, '会议规则（定会纪）').getByText('委托名单').waitFor();

    await markDeparted(host, '李大爷', {
      region: '签到与清点',
      member: '离会的成员',
      depart: '登记离会',
      departed: '已离会',
    });
    await region(host, '共识测量').getByRole('button', { name: '开始共识测量' }).click();
    const forLi = region(phone, '代 李大爷 表决');
    await forLi.getByRole('button', { name: '5 强烈支持' }).click();
    await forLi.getByText('您的表态：5 强烈支持。').waitFor();
    await proxies.getByText('有效').waitFor();
    await screenshot(phone, 'zh-CN-proxy-phone-holder');
  });
});
