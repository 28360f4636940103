/**
 * Where the large-type browser tests start (elderMode, elderPhone): a room on "Street lights" with
 * its draft written, the host and Ana connected as clients, and a 360 px phone joined by name; the
 * words they share in both languages, and speech replaced by a recorder of each utterance.
 */
import type { Page } from 'playwright-core';
import type { BrowserSuite } from '../support/browserSuite.js';
import { connect, createRoom, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { joinAs, withLang } from './meetingPages.js';

/** The room's and the phone's words, in each language. */
export const ELDER_WORDS = {
  en: {
    room: 'Willow Lane',
    topic: 'Street lights',
    text: ['Put four lights on the south lane.', 'The committee buys them by March.'],
    ana: 'Ana Wu',
    me: 'Wang Li',
    name: 'Your name',
    join: "I'm remote",
    switch: 'Large type',
  },
  'zh-CN': {
    room: '柳巷议事',
    topic: '路灯',
    text: ['在南巷装四盏路灯。', '委员会三月前采购。'],
    ana: '吴安娜',
    me: '王丽',
    name: '您的姓名',
    join: '我远程参与',
    switch: '大字模式',
  },
} as const;

export type ElderLang = keyof typeof ELDER_WORDS;

/**
 * The room, in session on the topic with the draft written; `before` runs on the phone's page
 * before it opens the link (a recorder of speech), and `rules` are set before the session opens.
 */
export async function elderRoom(
  suite: BrowserSuite,
  lang: ElderLang,
  { rules, before }: { rules?: Record<string, unknown>; before?: (phone: Page) => Promise<void> } = {},
) {
  const w = ELDER_WORDS[lang];
  const room = await createRoom(suite.server.url, w.room, lang);
  const auth = (token: string, name: string) => ({ roomId: room.roomId, token, name });
  const host = await connect(suite.server.url, auth(room.tokens.host, 'Chair'));
  const ana = await connect(suite.server.url, auth(room.tokens.participant, w.ana));
  if (rules) await ok(host, { type: 'rules.set', ...rules });
  await ok(host, { type: 'room.setPhase', phase: 'in_session' });
  const itemId = (await ok(host, { type: 'agenda.propose', title: w.topic }))!;
  await ok(host, { type: 'agenda.schedule', itemId });
  await ok(host, { type: 'agenda.activate', itemId });
  await writeDraft(suite.server.url, room.roomId, room.tokens.participant, itemId, ...w.text);

  const phone = await suite.page({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await before?.(phone);
  await joinAs(phone, withLang(room.links.participant, lang), w.me, w.join, w.name);
  return { room, host, ana, itemId, phone };
}

/** Replaces speech with a recorder of each utterance's text and language (`spoken` reads it). */
export async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const record: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof record }).spoken = record;
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void record.push({ text: u.text, lang: u.lang });
  });
}

export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
