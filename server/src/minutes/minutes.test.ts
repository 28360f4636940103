import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx.js';
import { layoutMinutes } from './layout.js';
import { renderMarkdown } from './markdown.js';
import { AFTER_MEETING, recordedMeeting, type RecordedMeeting } from '@dr/shared/testing';
import { buildMinutes } from './minutesModel.js';
import { MINUTES_STRINGS } from './strings.js';
import { CONSENSUS_LEVELS, DECISION_RULES, termsIn } from '@dr/shared';

/** The minutes of a recorded meeting, an hour after it began. */
const minutesOf = (meeting: RecordedMeeting, state = meeting.state) =>
  buildMinutes(state, meeting.drafts, AFTER_MEETING);

describe('buildMinutes', () => {
  it('gathers the meeting, the agenda, the speeches, the rounds, the decision and its actions', () => {
    const model = minutesOf(recordedMeeting());
    expect(model).toMatchObject({
      title: '东巷停车',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      place: '村委会议室',
      kind: 'houseYardTalk',
      conveners: ['张主任'],
      attendance: {
        inRoom: [{ name: '张主任' }, { name: '刘大爷', group: 'resident', proxy: true }],
        remote: [{ name: 'Ana' }],
      },
    });
    expect(model.items.map((i) => i.title)).toEqual(['东巷停车 | 方案', '路灯']);
    const [parking] = model.items;
    expect(parking!.speeches).toEqual([
      expect.objectContaining({ name: 'Ana', kind: 'speak', spokenMs: 90_000 }),
      expect.objectContaining({ name: '刘大爷', kind: 'reply', spokenMs: 45_000 }),
    ]);
    expect(parking!.rounds[0]).toMatchObject({
      outcome: 'adopted',
      reasons: [{ reason: '消防通道太窄', name: 'Ana' }],
    });
    expect(parking!.decisions[0]!.actions).toEqual([
      expect.objectContaining({ title: '设置单行标志', tier: 'committee', overdue: true }),
    ]);
  });

  it('names nobody behind a reason in an anonymous round', () => {
    const model = minutesOf(recordedMeeting('zh-CN', true));
    expect(model.items[0]!.rounds[0]!.reasons).toEqual([{ level: 1, reason: '消防通道太窄', name: null }]);
    expect(renderMarkdown(layoutMinutes(model))).not.toContain('（Ana）');
  });
});

describe('the Markdown minutes', () => {
  it('are in Chinese for a Chinese room, with the terms of the record', () => {
    const md = renderMarkdown(layoutMinutes(minutesOf(recordedMeeting())));
    for (const term of [
      '会议纪要',
      '**主持人：**',
      '出席',
      '现场',
      '远程',
      '议程',
      '发言',
      '决议',
      '表决结果',
      '通过',
    ]) {
      expect(md).toContain(term);
    }
    for (const term of [
      '落实事项',
      '责任人',
      '办理层级',
      '村（社区）两委',
      '办结时限',
      '状态',
      '屋场恳谈会',
      '村委会议室',
    ]) {
      expect(md).toContain(term);
    }
    expect(md).toMatch(/^# 东巷停车 · 会议纪要$/m);
    expect(md).toContain('1分30秒');
    expect(md).toContain('东巷停车 \\| 方案'); // a title's pipe cannot break a table or become markup
    expect(md).toContain('> \\- 五月起执行');
    expect(md).toContain('| 设置单行标志（交通） | 村委会 | 村（社区）两委 | 2025-05-01 | 计划中（已逾期） | 0% |');
  });

  it('are in English for an English room', () => {
    const md = renderMarkdown(layoutMinutes(minutesOf(recordedMeeting('en'))));
    for (const term of ['Minutes', 'Hosts', 'In the room', 'Remote', 'Agenda', 'Speakers', 'Action items']) {
      expect(md).toContain(term);
    }
    expect(md).toContain('Village or community committee');
    expect(md).toContain('1 min 30 s');
    expect(md).not.toMatch(/会议纪要|责任人/);
  });

  it('print a group or a form of meeting named like a built-in as typed', () => {
    const meeting = recordedMeeting('en');
    const { state, anaId } = meeting;
    const ana = state.members[anaId]!;
    const named = {
      ...state,
      members: { ...state.members, [anaId]: { ...ana, group: 'constructor' } },
      details: { ...state.details, kind: 'toString' },
    };
    const md = renderMarkdown(layoutMinutes(minutesOf(meeting, named)));
    expect(md).toContain('Ana (constructor)');
    expect(md).toContain('toString');
    expect(md).not.toContain('native code');
  });

  it('list the interests declared in an item (利益回避), by name, with the rule that applied', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const meeting = recordedMeeting(locale);
      const { state, anaId, parkingId } = meeting;
      const parking = state.items[parkingId]!;
      const interest = {
        memberId: anaId,
        note: 'owns a car park space',
        declaredAt: state.updatedAt,
        declaredBy: anaId,
      };
      const declared = { ...state, items: { ...state.items, [parkingId]: { ...parking, interests: [interest] } } };
      const model = minutesOf(meeting, declared);
      expect(model.items[0]).toMatchObject({ interests: [{ name: 'Ana', note: 'owns a car park space' }] });
      expect(model.items[0]!.decisions[0]!.interests).toEqual([{ name: 'Ana', note: 'owns a car park space' }]);
      const md = renderMarkdown(layoutMinutes(model));
      expect(md).toContain(locale === 'en' ? 'Declared interests' : '利益关系申报');
      expect(md).toContain(locale === 'en' ? 'Ana: owns a car park space' : 'Ana：owns a car park space');
      expect(md).toContain(locale === 'en' ? 'do not vote on it' : '回避表决');
    }
  });

  it('still name a member the host removed, and say so', () => {
    const meeting = recordedMeeting('en');
    const { state, anaId } = meeting;
    const removed = {
      ...state,
      members: { ...state.members, [anaId]: { ...state.members[anaId]!, removedAt: state.updatedAt } },
    };
    const model = minutesOf(meeting, removed);
    expect(model.attendance.remote).toEqual([{ name: 'Ana', group: null, proxy: false, removed: true }]);
    const md = renderMarkdown(layoutMinutes(model));
    expect(md).toContain('Ana (removed by the host during the meeting)');
    expect(model.items[0]!.speeches[0]).toMatchObject({ name: 'Ana' });
  });
});

describe('facts (明事) in the minutes', () => {
  it('keep each fact with its source, who recorded it and when, and a retracted one marked with why', () => {
    const model = minutesOf(recordedMeeting());
    expect(model.items[0]!.facts).toEqual([
      expect.objectContaining({
        text: '东巷现有42辆车、30个车位',
        source: '村委会停车登记表',
        recordedBy: 'Ana',
        retracted: null,
      }),
      expect.objectContaining({
        text: '东巷宽3米',
        source: '',
        recordedBy: '张主任',
        retracted: expect.objectContaining({ reason: '实测为4米', by: '张主任' }),
      }),
    ]);
    const md = renderMarkdown(layoutMinutes(model));
    expect(md).toContain('### 明事：已查明的情况');
    expect(md).toContain('1. 东巷现有42辆车、30个车位（来源：村委会停车登记表、Ana记录于2025年5月2日 19:03）');
    expect(md).toContain(
      '2. 东巷宽3米（张主任记录于2025年5月2日 19:03）——已撤回（张主任，2025年5月2日 19:03）：实测为4米',
    );
  });

  it('are in English in an English room (its time zone: UTC unless set)', () => {
    const md = renderMarkdown(layoutMinutes(minutesOf(recordedMeeting('en'))));
    expect(md).toContain('### Facts');
    expect(md).toMatch(
      /1\. 东巷现有42辆车、30个车位 \(Source: 村委会停车登记表, recorded by Ana, May 2, 2025 at 11:03\sAM\)/,
    );
    expect(md).toMatch(
      /2\. 东巷宽3米 \(recorded by 张主任, May 2, 2025 at 11:03\sAM\) — retracted by 张主任, May 2, 2025 at 11:03\sAM: 实测为4米/,
    );
  });

  it('are in the Word document too', async () => {
    const model = minutesOf(recordedMeeting());
    const bytes = await renderDocx(layoutMinutes(model), { title: model.title, locale: model.locale });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('明事：已查明的情况');
    expect(xml).toContain('东巷现有42辆车、30个车位（来源：村委会停车登记表、Ana记录于2025年5月2日 19:03）');
    expect(xml).toContain('——已撤回（张主任，2025年5月2日 19:03）：实测为4米');
  });
});

describe('the minutes’ words', () => {
  it.each(['zh-CN', 'en'] as const)('are the terms’ words (%s), as on the screen', (locale) => {
    const t = MINUTES_STRINGS[locale];
    const words = termsIn(locale);
    expect(t.phases).toEqual(words.phases);
    expect(t.outcomes).toEqual(words.outcomes);
    expect(t.tiers).toEqual(words.tiers);
    expect(t.statuses).toEqual(words.statuses);
    expect(t.levels).toEqual(CONSENSUS_LEVELS.map((l) => words.levels[l]));
    expect(t.meetingKinds).toEqual(words.meetingKinds);
    expect(t.groups).toEqual(words.groups);
    for (const rule of DECISION_RULES) expect(t.rules[rule].startsWith(words.rules[rule])).toBe(true);
    expect([t.minutes, t.facts, t.actions, t.owner, t.tier, t.dueDate]).toEqual([
      words.record.minutes,
      words.record.facts,
      words.record.actionItems,
      words.record.owner,
      words.record.tier,
      words.record.dueDate,
    ]);
  });
});

describe('the Word minutes', () => {
  it('are a DOCX package: a ZIP holding word/document.xml', async () => {
    const model = minutesOf(recordedMeeting());
    const bytes = await renderDocx(layoutMinutes(model), { title: model.title, locale: model.locale });
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // File names in a ZIP's directory are stored uncompressed.
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(bytes.includes(Buffer.from('[Content_Types].xml'))).toBe(true);
  });
});

describe('the time zone in the minutes (issue 25 §7)', () => {
  const zoneLine = (timeZone: string, locale: 'en' | 'zh-CN', startedAt: number[]) => {
    const meeting = recordedMeeting(locale);
    const state = {
      ...meeting.state,
      details: { ...meeting.state.details, timeZone },
      sittings: startedAt.map((at) => ({ startedAt: at, endedAt: at + 3_600_000 })),
    };
    const md = renderMarkdown(layoutMinutes(minutesOf(meeting, state)));
    return md.split('\n').find((line) => line.includes(timeZone)) ?? '';
  };

  it('names daylight saving when the meeting was held in it, and standard time when not', () => {
    const january = Date.UTC(2026, 0, 15, 8);
    const july = Date.UTC(2026, 6, 15, 8);
    expect(zoneLine('Australia/Sydney', 'en', [january])).toContain('Australian Eastern Daylight Time');
    expect(zoneLine('Australia/Sydney', 'en', [july])).toContain('Australian Eastern Standard Time');
    expect(zoneLine('Europe/Berlin', 'en', [july])).toContain('Central European Summer Time');
    expect(zoneLine('Europe/Berlin', 'en', [july])).not.toContain('Standard');
    expect(zoneLine('Europe/Berlin', 'zh-CN', [july])).toContain('中欧夏令时间');
    expect(zoneLine('Asia/Shanghai', 'zh-CN', [july])).toContain('中国标准时间');
  });

  it('names both when the sittings fell on both sides of a change', () => {
    const line = zoneLine('Europe/Berlin', 'en', [Date.UTC(2026, 2, 20, 8), Date.UTC(2026, 3, 2, 8)]);
    expect(line).toContain('Central European Standard Time');
    expect(line).toContain('Central European Summer Time');
  });
});
