/**
 * The minutes prove each round (issue 24 §6): the preset and its legal source, who was entitled and
 * present, the quorum needed and reached, the share over its denominator, recusals, every round
 * (void and superseded ones too) with block reasons, and the frozen text with its fingerprint and
 * its paragraph breaks.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { RoomHarness } from '@dr/shared/testing';
import { buildMinutes } from './minutesModel.js';
import { layoutMinutes } from './layout.js';
import { renderMarkdown } from './markdown.js';
import { renderDocx } from './docx.js';

const TEXT = '东巷改为单行。\n\n费用由村集体承担一半。\n其余由住户分摊。';
const frozenDraft = { text: TEXT, textHash: 'a'.repeat(64) };

/** 村民会议: 120 adults, the host, Ana (interested, recused) and 59 counted in the hall = 61 present. */
function villageMeeting(locale: 'zh-CN' | 'en') {
  const room = new RoomHarness({ locale });
  const host = room.join('张主任', 'host', 'in_room');
  const ana = room.join('Ana', 'participant', 'in_room');
  room.must(host, { type: 'rules.set', preset: 'villagersMeeting', eligibleCount: 120 });
  room.must(host, { type: 'attendance.setHeadcount', count: 59 });
  const itemId = room.must(host, { type: 'agenda.propose', title: '东巷停车', category: 'publicWelfare' });
  room.must(ana, { type: 'interest.declare', itemId, note: '我家在东巷' });
  room.must(host, { type: 'agenda.activate', itemId });
  // Round 1: a block, then voided (the draft is changed); round 2: 21 of 61 support it.
  const first = room.must(host, { type: 'consensus.open', itemId, anonymous: false }, { frozenDraft });
  room.must(host, { type: 'consensus.tally', roundId: first, counts: { '4': 3 } });
  room.must(host, { type: 'draft.unlock', itemId });
  const second = room.must(host, { type: 'consensus.open', itemId }, { frozenDraft });
  room.must(host, { type: 'consensus.tally', roundId: second, counts: { '4': 21, '2': 19 } });
  room.must(host, { type: 'consensus.close', roundId: second });
  return room;
}

describe('a round on the record', () => {
  it('the Chinese minutes say the preset, its source, 应到 · 实到, the quorum, the share and the fingerprint', () => {
    const room = villageMeeting('zh-CN');
    const model = buildMinutes(room.state, {}, room.now);
    const [voided, closed] = model.items[0]!.rounds;
    expect(voided).toMatchObject({ status: 'void', superseded: true });
    expect(closed).toMatchObject({
      status: 'closed',
      superseded: false,
      preset: 'villagersMeeting',
      attendance: { members: 2, headcount: 59, present: 61 },
      quorum: { of: 'present', needed: 61, reached: 61, met: true },
      share: { of: 'present', denominator: 61, needed: 31, inFavour: 21 },
      outcome: 'not_adopted',
      recusals: ['Ana'],
    });
    const md = renderMarkdown(layoutMinutes(model));
    for (const said of [
      '会议类型：村民会议（依据：《村民委员会组织法》第二十二条',
      '应到 120 人 · 实到 61 人（在场或在线成员 2 人，会场清点 59 人）',
      '法定人数：已达到（实到 61 人，需 61 人）',
      '表决比例：同意 21 票，未过实到 61 人的半数（需 31 票）',
      '回避表决：Ana',
      '已被其后一轮表决取代',
      `文本指纹（SHA-256）：** ${'a'.repeat(64)}`,
    ]) {
      expect(md).toContain(said);
    }
    // Both rounds print their text; its paragraphs stay apart, its lines stay lines.
    expect(md).toContain('> 东巷改为单行。\n>\n> 费用由村集体承担一半。\\\n> 其余由住户分摊。');
  });

  it('the English minutes read the same numbers in English, and so does the Word file', async () => {
    const room = villageMeeting('en');
    const blocks = layoutMinutes(buildMinutes(room.state, {}, room.now));
    const md = renderMarkdown(blocks);
    for (const said of [
      'Kind of meeting: Villagers’ meeting (source: Organic Law of Villagers’ Committees, art. 22',
      'entitled 120 · present 61 (2 members here or online, 59 counted in the hall)',
      'Quorum: met (61 present, 61 needed)',
      'Share: 21 in favour: not more than half of the 61 present (31 needed)',
      'Recused from the vote: Ana',
      'superseded by a later round',
    ]) {
      expect(md).toContain(said);
    }
    const docx = await renderDocx(blocks, { title: 'East lane', locale: 'en' });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('21 in favour: not more than half of the 61 present (31 needed)');
    expect(xml).toContain('a'.repeat(64));
  });
});
