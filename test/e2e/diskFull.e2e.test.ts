/**
 * A full disk, as the people in the room see it (issue 27, "Faults"): the server's data dir is a real
 * tmpfs filled to the last byte; a phone joining by name is told why it cannot, in English and in
 * Chinese, and gets in once space returns. Skipped, saying so, where a tmpfs cannot be mounted.
 */
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { createRoom } from '../support/clients.js';
import { smallDisk } from '../support/smallDisk.js';
import { withLang } from './meetingPages.js';

const disk = smallDisk(8);
if (!disk.mounted) console.warn('disk-full browser test skipped: mounting a small tmpfs needs root (mount -t tmpfs)');
afterAll(() => disk.unmount()); // registered before the suite's: runs after its servers stopped

const suite = browserSuite({ server: false });

describe.skipIf(!disk.mounted)('a full disk on screen', { timeout: 120_000 }, () => {
  it('tells a person joining why, in both languages, and lets them in once space returns', async () => {
    const server = await suite.startServer(path.join(disk.dir, 'data'));
    const room = await createRoom(server.url, 'Harvest plan', 'en');
    const screens = [
      { lang: 'en', name: 'Ana Wu', label: 'Your name', where: "I'm remote", says: 'The server’s disk is full' },
      { lang: 'zh-CN', name: '王芳', label: '您的姓名', where: '我远程参与', says: '服务器磁盘已满' },
    ];
    const phones = [];
    for (const screen of screens) {
      const phone = await suite.page(PHONE);
      await phone.goto(withLang(room.links.participant, screen.lang));
      await phone.getByLabel(screen.label).waitFor({ timeout: 20_000 });
      await phone.getByLabel(screen.label).fill(screen.name);
      phones.push(phone);
    }
    disk.fill();
    for (const [i, screen] of screens.entries()) {
      const phone = phones[i]!;
      await phone.getByRole('button', { name: screen.where }).click();
      await phone.getByText(screen.says, { exact: false }).waitFor();
      await screenshot(phone, `disk-full-join-${screen.lang}`);
    }

    // Space returns; the same tap now lets Ana in.
    disk.free();
    const ana = phones[0]!;
    await ana.getByRole('button', { name: "I'm remote" }).click();
    await ana.getByRole('button', { name: 'Raise hand' }).waitFor();
  });
});
