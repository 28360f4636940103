/**
 * Pinyin input while someone else types at the same place: the phone composes through the DevTools
 * protocol's IME events (as an input method does), another client appends to the same paragraph in
 * the middle of the composition, and both end with the same text, no pinyin letters left behind.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/browserSuite.js';
import { roomWithDraft } from '../support/draftSuite.js';
import { paragraphs, roundTrip, waitFor } from '../support/draftClients.js';
import { caretToEnd, draftLive, joinAs, textOf, withLang } from './meetingPages.js';
import type * as Y from 'yjs';

const suite = browserSuite();
const TOPIC = 'Fire lane';

describe('IME-safe co-editing', { timeout: 120_000 }, () => {
  it('keeps composed characters whole and in order while another client appends at the same place', async () => {
    const { room, host, itemId, other } = await roomWithDraft(
      suite.url,
      'Willow Lane council',
      TOPIC,
      ['消防通道：'],
      'zh-CN',
    );

    const phone = await suite.page(PHONE);
    await joinAs(phone, withLang(room.links.participant, 'en'), 'Ana Wu', "I'm remote");
    await draftLive(phone);
    const editor = phone.getByRole('textbox', { name: `Draft resolution: ${TOPIC}` });
    // The caret at the paragraph's end as the editor reads it (a click's late write-back could move it).
    await caretToEnd(editor);
    const cdp = await phone.context().newCDPSession(phone);
    const compose = (text: string) =>
      cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });

    for (const step of ['x', 'xi', 'xia', 'xiao']) await compose(step);
    // Nobody else receives the pinyin being composed (it used to be written to the draft step by step).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(paragraphs(other.draft(itemId))).toBe('消防通道：');
    // The other person types at the same place, in the middle of the composition.
    const text = other.draft(itemId).get(0) as Y.XmlElement;
    (text.get(0) as Y.XmlText).insert((text.get(0) as Y.XmlText).length, '必须');
    await roundTrip(other);
    // Let the update reach the phone while it is still composing (a wait, not a measured threshold).
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const step of ['xiaof', 'xiaofa', 'xiaofang']) await compose(step);
    await cdp.send('Input.insertText', { text: '消防' });

    const expected = '消防通道：必须消防'.length;
    await waitFor(() => paragraphs(other.draft(itemId)).length === expected, 'both edits in the draft');
    const onServer = paragraphs(other.draft(itemId));
    expect(onServer).not.toMatch(/[a-z]/);
    expect(onServer).toContain('必须');
    expect(onServer.replace('必须', '')).toBe('消防通道：消防');
    await expect.poll(() => textOf(editor)).toBe(onServer);
    await screenshot(phone, 'ime-composition-beside-remote-typing');
    other.destroy();
    host.close();
  });
});
