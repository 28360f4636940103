/**
 * Issue #4 in a real browser: a screen for every role. The host creates a room in the UI, two
 * participants (one on a phone) raise hands, the host gives the floor, and the projector board
 * follows; the observer sees everything and can press nothing; the interface speaks Chinese.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { boardLink, withLang } from './meetingPages.js';

const suite = browserSuite();

const DESKTOP = { viewport: { width: 1280, height: 800 } };

async function join(page: Page, link: string, name: string, where: "I'm in the room" | "I'm remote") {
  await page.goto(withLang(link, 'en'));
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: where }).click();
  await page.getByRole('heading', { name: 'Speaking queue' }).waitFor();
}

describe('a screen for every role', { timeout: 120_000 }, () => {
  it('runs a turn from the console, live on phones, the board and the observer view', async () => {
    // The host creates the room in the UI and reads its three links.
    const host = await suite.page(DESKTOP);
    await host.goto(`${suite.server.url}/?lang=en`);
    await screenshot(host, 'start');
    await host.getByLabel('Meeting title').fill('Willow Lane courtyard council');
    await host.getByRole('button', { name: 'Create room' }).click();
    await host.getByRole('heading', { name: 'Your room is ready' }).waitFor();
    const hostLink = await host.getByRole('textbox', { name: 'Host link' }).inputValue();
    const participantLink = await host.getByRole('textbox', { name: 'Participant link' }).inputValue();
    const observerLink = await host.getByRole('textbox', { name: 'Observer link' }).inputValue();

    // The host runs the console without joining by name; the board link opens in a new tab.
    await host.getByRole('link', { name: 'Open as host' }).click();
    await host.getByRole('button', { name: 'Next speaker' }).waitFor();
    const openBoard = host.getByRole('link', { name: 'Open the projector board' });
    expect(await openBoard.getAttribute('target')).toBe('_blank');
    expect(await openBoard.getAttribute('href')).toContain(new URL(hostLink).hash);

    // The projector board, opened with the host link: nothing to press, and a QR code to join.
    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(hostLink), 'en'));
    await board.getByRole('heading', { name: 'Willow Lane courtyard council' }).waitFor();
    await board.getByRole('img', { name: /QR/ }).waitFor();
    await board.getByText(/\/j\/\w+/).waitFor();
    expect(await board.getByRole('button').count()).toBe(0);

    // Two participants, one on a phone; the phone shows its join screen first.
    const phone = await suite.page(PHONE);
    await phone.goto(withLang(participantLink, 'en'));
    await phone.getByLabel('Your name').waitFor();
    await screenshot(phone, 'join-phone');
    await phone.getByLabel('Your name').fill('Ana Wu');
    await phone.getByRole('button', { name: "I'm remote" }).click();
    const laptop = await suite.page(DESKTOP);
    await join(laptop, participantLink, 'Bo Chen', "I'm in the room");

    const observer = await suite.page(DESKTOP);
    await observer.goto(withLang(observerLink, 'en'));
    await observer.getByText('You are following as an observer').waitFor();

    // A topic proposed from a laptop is taken up at once; the board shows where it stands.
    await laptop.getByLabel('Topic', { exact: true }).fill('Repair the courtyard path');
    await laptop.getByRole('button', { name: 'Propose topic' }).click();
    await host
      .getByRole('listitem')
      .filter({ hasText: 'Repair the courtyard path' })
      .getByRole('button', { name: 'Discuss now' })
      .click();
    const boardItem = board.getByRole('region', { name: 'Topic 1 of 1' });
    await boardItem.getByText('Repair the courtyard path').waitFor();
    await boardItem.locator('[aria-current="step"]').getByText('Deliberate').waitFor();

    // Both raise a hand; each sees their own place in the same serving order.
    await phone.getByRole('button', { name: 'Raise hand' }).click();
    await phone.getByText('You are next').first().waitFor();
    await laptop.getByRole('button', { name: 'Raise hand' }).click();
    await laptop.getByText('You are 2nd in the queue').waitFor();
    await board.getByRole('region', { name: 'Next' }).getByText('Bo Chen').waitFor();

    // The host gives the floor; the board follows by itself, pushed on the connection it has: nobody
    // touches the board on the wall, and it does not reload. No time limit: a busy machine's board
    // may take seconds, and a push is told from a reload by the reload, not by the time.
    let boardLoads = 0;
    board.on('load', () => (boardLoads += 1));
    await host.getByRole('button', { name: 'Next speaker' }).click();
    await board.getByRole('region', { name: 'Speaking now' }).getByText('Ana Wu').waitFor();
    expect(boardLoads).toBe(0);
    await board.getByRole('timer').waitFor();
    await phone.getByText('You have the floor').first().waitFor();
    await laptop.getByText('You are next').first().waitFor();
    const next = board.getByRole('region', { name: 'Next' });
    await next.getByText('Bo Chen').waitFor();
    expect(await next.getByText('in the room').count()).toBe(1);

    await screenshot(board, 'board-1920x1080');
    await board.setViewportSize({ width: 1280, height: 720 });
    await screenshot(board, 'board-1280x720');
    await screenshot(phone, 'participant-phone');
    await host.getByRole('region', { name: 'Speaking queue' }).getByText('Ana Wu').first().waitFor();
    await screenshot(host, 'host-console');

    // The observer sees the meeting and has no control at all in the room.
    const room = observer.getByRole('main');
    await room.getByRole('region', { name: 'Speaking queue' }).getByText('Ana Wu').first().waitFor();
    expect(await observer.getByRole('button', { name: 'Raise hand' }).count()).toBe(0);
    // Reading aloud (issue 28) changes nothing in the room: the only button an observer has.
    expect(await room.getByRole('button').filter({ hasNotText: 'Read aloud' }).count()).toBe(0);
    expect(await room.locator('input, select, textarea').count()).toBe(0);
    await screenshot(observer, 'observer');
  });

  it('refuses the board to a participant link, and shows it read-only to an observer link', async () => {
    const host = await suite.page();
    await host.goto(`${suite.server.url}/?lang=en`);
    await host.getByLabel('Meeting title').fill('Bench council');
    await host.getByRole('button', { name: 'Create room' }).click();
    const participantLink = await host.getByRole('textbox', { name: 'Participant link' }).inputValue();
    const observerLink = await host.getByRole('textbox', { name: 'Observer link' }).inputValue();

    const page = await suite.page({ viewport: { width: 1280, height: 720 } });
    await page.goto(withLang(boardLink(participantLink), 'en'));
    await page.getByRole('heading', { name: 'The board needs the host or observer link' }).waitFor();

    await page.goto(withLang(boardLink(observerLink), 'en'));
    await page.getByRole('heading', { name: 'Bench council' }).waitFor();
    await page.getByText('Nobody has the floor.').waitFor();
    expect(await page.getByRole('img', { name: /QR/ }).count()).toBe(0);
    expect(await page.getByRole('button').count()).toBe(0);

    await page.goto(`${suite.server.url}/board/nope?lang=en#t=wrong`);
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
  });

  it('speaks Chinese with ?lang=zh-CN: 举手 on the phone, 下一位 on the console', async () => {
    const host = await suite.page(DESKTOP);
    await host.goto(`${suite.server.url}/?lang=zh-CN`);
    await host.getByLabel('会议名称').fill('柳巷小院议事会');
    await host.getByRole('button', { name: '创建议事室' }).click();
    const hostLink = await host.getByRole('textbox', { name: '主持人链接' }).inputValue();
    const participantLink = await host.getByRole('textbox', { name: '参与者链接' }).inputValue();

    const phone = await suite.page({ ...PHONE, locale: 'zh-CN' });
    await phone.goto(withLang(participantLink, 'zh-CN'));
    await phone.getByLabel('您的姓名').fill('王阿姨');
    await phone.getByRole('button', { name: '我在现场' }).click();
    await phone.getByRole('button', { name: '举手', exact: true }).click();
    await phone.getByText('下一位就是您').first().waitFor();

    await host.goto(withLang(hostLink, 'zh-CN'));
    await host.getByRole('button', { name: '下一位', exact: true }).click();
    await phone.getByText('轮到您发言了').first().waitFor();
    await host.getByRole('button', { name: '暂停' }).waitFor();
    await screenshot(phone, 'zh-CN-participant-phone');
    await screenshot(host, 'zh-CN-host-console');

    const board = await suite.page({ viewport: { width: 1920, height: 1080 } });
    await board.goto(withLang(boardLink(hostLink), 'zh-CN'));
    await board.getByRole('region', { name: '正在发言' }).getByText('王阿姨').waitFor();
    await screenshot(board, 'zh-CN-board');
  });
});
