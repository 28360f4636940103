/**
 * Issue #6 in a real browser: the consensus meter (集体研究决事 · 定结果). The host opens a round on
 * the draft, two phones respond (one blocks, with a reason), the host enters the room's count, and
 * the meter on the console and on the board follows each change; the host closes the round and
 * records the decision, which every phone then shows. Then once more in Chinese, with results
 * hidden until the round closes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { boardLink, discuss, draftLive, hostJoins, joinAs, region, typeAtEnd, withLang, ZH } from './meetingPages.js';

const suite = browserSuite();

const TOPIC = 'Repair the courtyard path';
const TEXT = 'The village repairs the courtyard path before winter.';

/** The host adds someone without a phone (they are present, and count in the room). */
async function addInRoom(host: Page, name: string) {
  const inRoom = region(host, 'People in the room');
  await inRoom.getByLabel('Their name').fill(name);
  await inRoom.getByRole('button', { name: 'Add person' }).click();
  await inRoom.getByText(`${name} was added.`).waitFor();
}

describe('the consensus meter in the browser', { timeout: 120_000 }, () => {
  it('moves live as phones respond and the room is counted, then records the decision', async () => {
    const { links } = await createRoom(suite.server.url, 'Willow Lane council', 'en');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 } });
    await hostJoins(host, withLang(links.host, 'en'), 'Chair Wang');
    await discuss(host, TOPIC);
    await draftLive(host);
    await typeAtEnd(host.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` }), TEXT);
    await addInRoom(host, 'Grandpa Li');
    await addInRoom(host, 'Aunt Zhao');

    const ana = await suite.page(PHONE);
    await joinAs(ana, withLang(links.participant, 'en'), 'Ana Wu', "I'm remote");
    const bo = await suite.page(PHONE);
    await joinAs(bo, withLang(links.participant, 'en'), 'Bo Chen', "I'm remote");
    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(links.host), 'en'));
    // In the board's text box as shown: while the board's editor loads, it sits hidden beside the
    // reader with the same text, and a search of the whole region found both (a strict-mode failure).
    await board
      .getByRole('textbox', { name: `Draft resolution: ${TOPIC}` })
      .getByText(TEXT)
      .waitFor();

    // The host opens a named round with live results; the draft is frozen and locked.
    const console_ = region(host, 'Consensus check');
    await console_.getByRole('button', { name: 'Open consensus check' }).click();
    await ana.getByText(`A consensus check is open on “${TOPIC}”.`).waitFor({ state: 'attached' });
    const anaRound = region(ana, 'Consensus check');
    await anaRound.getByText(TEXT).first().waitFor();
    await region(ana, 'Draft resolution')
      .getByText('Read-only while the consensus check on this text is open.')
      .waitFor();
    const onBoard = board.getByRole('region', { name: 'Consensus check' });
    await onBoard.getByText('No responses yet').first().waitFor();

    // A phone supports it: the meter on the console and the board move at once.
    await anaRound.getByRole('button', { name: '4 Support' }).click();
    await anaRound.getByText('Your response: 4 Support.').waitFor();
    expect(await anaRound.getByRole('button', { name: '4 Support' }).getAttribute('aria-pressed')).toBe('true');
    await console_.getByText('1 of 5 present have responded').waitFor();
    await onBoard.getByText('Consensus reached').waitFor();

    // Another blocks, with the reason everyone reads.
    const boRound = region(bo, 'Consensus check');
    await boRound.getByRole('button', { name: '0 Block' }).click();
    await boRound
      .getByLabel('Why “Block”? Everyone will read your reason.')
      .fill('It floods every spring: fix the drain first.');
    await boRound.getByRole('button', { name: 'Send: Block' }).click();
    await onBoard.getByText('So far: 1 block', { exact: true }).waitFor();
    await console_.getByText('So far: 1 block', { exact: true }).waitFor();
    await onBoard.getByText('It floods every spring: fix the drain first.').waitFor();
    await console_.getByRole('listitem').filter({ hasText: 'It floods every spring' }).getByText('Bo Chen').waitFor();
    await console_.getByText('2 of 5 present have responded').waitFor();
    await screenshot(bo, 'consensus-phone-block');
    await screenshot(board, 'consensus-board-blocked');

    // The room's count: hands for the two without a phone.
    const count = console_.getByRole('form', { name: 'In-room count' });
    await count.getByLabel('In the room: 4 Support').fill('1');
    await count.getByLabel('In the room: 3 Can live with it').fill('1');
    await count.getByRole('button', { name: 'Save in-room count' }).click();
    await console_.getByText('4 of 5 present have responded').waitFor();
    await onBoard.getByText('(2 by phone, 2 counted in the room)').waitFor();

    // The blocker moves to "some concerns": 3 of 4 at "can live with it" or better meets the rule exactly.
    await boRound.getByRole('button', { name: '2 Some concerns' }).click();
    await boRound.getByText('Your response: 2 Some concerns.').waitFor();
    await onBoard.getByText('Consensus reached').waitFor();
    await onBoard
      .getByText('3 can live with it or better: at least three quarters of the 4 responses (3 needed)')
      .waitFor();
    await console_.getByText('Consensus reached').waitFor();
    await screenshot(ana, 'consensus-phone');
    await screenshot(host, 'consensus-console');
    await screenshot(board, 'consensus-board');

    // Closed: the outcome everyone sees; then the decision is recorded with a statement.
    await console_.getByRole('button', { name: 'Close the round' }).click();
    await onBoard.getByText('Adopted', { exact: true }).waitFor();
    await anaRound.getByText('Adopted', { exact: true }).first().waitFor();
    await ana.getByText(`The consensus check on “${TOPIC}” closed: Adopted.`).waitFor({ state: 'attached' });
    const statement = console_.getByLabel('Decision statement');
    expect(await statement.inputValue()).toBe(TEXT);
    await statement.fill(`${TEXT} The committee asks two quotes by May.`);
    await console_.getByRole('button', { name: 'Record decision' }).click();
    const decided = region(ana, 'Consensus check').getByRole('listitem').filter({ hasText: 'two quotes by May' });
    await decided.getByText('Adopted', { exact: true }).waitFor();
    await decided.getByText(TEXT, { exact: true }).waitFor();
    await onBoard.getByText('Decision recorded:').waitFor();
    await region(ana, 'Consensus check').getByText('Round 1').waitFor();
    await screenshot(board, 'consensus-board-decided');
    expect(await board.getByRole('button').count()).toBe(0);
  });

  it('hides the results until the round closes, in Chinese', async () => {
    const { links } = await createRoom(suite.server.url, '柳巷小院议事会', 'zh-CN');
    const host = await suite.page({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    await hostJoins(host, withLang(links.host, 'zh-CN'), '王主任', ZH.join);
    await discuss(host, '修缮院内小路', ZH.discuss);
    await region(host, '决议草案').getByText('草案实时同步中').waitFor({ timeout: 20_000 });
    await typeAtEnd(host.getByRole('textbox', { name: '决议草案：修缮院内小路' }), '入冬前修好院内小路。');

    const phone = await suite.page({ ...PHONE, locale: 'zh-CN' });
    await joinAs(phone, withLang(links.participant, 'zh-CN'), '王阿姨', '我在现场', '您的姓名');
    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(links.host), 'zh-CN'));

    const console_ = region(host, '共识测量');
    await console_.getByText('匿名（谁也看不到谁选了什么）').click();
    await console_.getByText('结束后才公布结果').click();
    await console_.getByRole('button', { name: '开始共识测量' }).click();
    const round = region(phone, '共识测量');
    await round.getByRole('button', { name: '5 强烈支持' }).click();
    await round.getByText('您的表态：5 强烈支持。').waitFor();
    const onBoard = board.getByRole('region', { name: '共识测量' });
    await onBoard.getByText('结果在本轮结束后公布。').waitFor();
    await onBoard.getByText('在场 2 人中已有 1 人表态').waitFor();
    expect(await onBoard.getByText('已达成共识').count()).toBe(0);
    await screenshot(phone, 'zh-CN-consensus-phone');
    await screenshot(board, 'zh-CN-consensus-board-hidden');

    await console_.getByRole('button', { name: '结束本轮' }).click();
    await onBoard.getByText('通过', { exact: true }).waitFor();
    await onBoard.getByText('已达成共识').waitFor();
    await screenshot(board, 'zh-CN-consensus-board');
    await screenshot(host, 'zh-CN-consensus-console');
  });
});
