import { describe, expect, it } from 'vitest';
import type { ScoreEntry } from '../model/commands.js';
import { DEFAULT_RUBRIC } from './defaultRubric.js';
import { decidedMeeting } from '../testing/decidedMeeting.js';
import { parseCommand } from '../protocol/parseCommand.js';
import type { Rubric } from '../model/rubric.js';
import { cardTotal, scorecardSummary } from './scorecard.js';
import { noteRequired } from './scorecardRules.js';

/** A small rubric: two base indicators (60 + 40), two bonus items capped at 5, one deduction. */
const RUBRIC: Rubric = {
  bonusCap: 5,
  categories: [
    {
      id: 'meeting',
      label: { 'zh-CN': '组织开展协商会议', en: 'Organising the meeting' },
      indicators: [
        { id: 'rules', kind: 'base', max: 60, key: true, label: { 'zh-CN': '规则', en: 'Rules' } },
        { id: 'voices', kind: 'base', max: 40, key: false, label: { 'zh-CN': '发言', en: 'Voices' } },
      ],
    },
    {
      id: 'extra',
      label: { 'zh-CN': '加分与扣分', en: 'Bonus and deductions' },
      indicators: [
        { id: 'new', kind: 'bonus', max: 4, key: false, label: { 'zh-CN': '创新', en: 'New method' } },
        { id: 'lasting', kind: 'bonus', max: 4, key: false, label: { 'zh-CN': '转化', en: 'Lasting rule' } },
        { id: 'show', kind: 'deduction', max: 10, key: false, label: { 'zh-CN': '走过场', en: 'For show' } },
      ],
    },
  ],
};

const score = (indicatorId: string, points: number): ScoreEntry => ({ indicatorId, points, note: `${indicatorId}` });

function adjourned() {
  const meeting = decidedMeeting();
  meeting.room.must(meeting.host, { type: 'scorecard.setRubric', rubric: RUBRIC });
  meeting.room.must(meeting.host, { type: 'room.setPhase', phase: 'adjourned' });
  return meeting;
}

describe('scorecard.submit', () => {
  it('opens only once the meeting has adjourned', () => {
    const { room, ana } = decidedMeeting();
    const scores = [score('rules', 50), score('voices', 30)];
    expect(room.refusal(ana, { type: 'scorecard.submit', scores })).toBe('conflict');
  });

  it('needs every base indicator of the rubric, points within each maximum, each indicator once', () => {
    const { room, ana } = adjourned();
    const submit = (scores: ScoreEntry[]) => room.refusal(ana, { type: 'scorecard.submit', scores });
    expect(submit([score('rules', 50)])).toBe('invalid');
    expect(submit([score('rules', 61), score('voices', 30)])).toBe('invalid');
    expect(submit([score('rules', 50), score('voices', 30), score('show', 11)])).toBe('invalid');
    expect(submit([score('rules', 50), score('voices', 30), score('voices', 20)])).toBe('invalid');
    // An indicator of another rubric (the default's) names nothing in this one.
    expect(submit([score('rules', 50), score('voices', 30), score('research.facts', 5)])).toBe('not_found');
    const negative = { type: 'scorecard.submit', scores: [{ indicatorId: 'rules', points: -1, note: 'x' }] };
    expect(parseCommand(negative)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('asks for a note only where the rubric does: a deduction, a bonus, or less than full points', () => {
    const { room, ana } = adjourned();
    const bare = (indicatorId: string, points: number): ScoreEntry => ({ indicatorId, points, note: '' });
    const submit = (scores: ScoreEntry[]) => room.refusal(ana, { type: 'scorecard.submit', scores });
    // Full points, and a bonus or deduction of 0, need no note; a note left out parses as none.
    const full = parseCommand({ type: 'scorecard.submit', scores: [{ indicatorId: 'rules', points: 60 }] });
    expect(full).toMatchObject({ ok: true, value: { scores: [{ indicatorId: 'rules', points: 60, note: '' }] } });
    room.must(ana, { type: 'scorecard.submit', scores: [bare('rules', 60), bare('voices', 40), bare('show', 0)] });
    expect(submit([bare('rules', 59.5), bare('voices', 40)])).toBe('invalid');
    expect(submit([bare('rules', 60), bare('voices', 40), bare('new', 2)])).toBe('invalid');
    expect(submit([bare('rules', 60), bare('voices', 40), { indicatorId: 'show', points: 3, note: '  ' }])).toBe(
      'invalid',
    );
    room.must(ana, {
      type: 'scorecard.submit',
      scores: [
        { ...bare('rules', 50), note: 'Two speakers ran long' },
        bare('voices', 40),
        { ...bare('show', 3), note: 'Decided beforehand' },
      ],
    });
    expect(noteRequired({ kind: 'base', max: 9 }, 9)).toBe(false);
    expect(noteRequired({ kind: 'base', max: 9 }, 0)).toBe(true);
    expect(noteRequired({ kind: 'bonus', max: 4 }, 0)).toBe(false);
    expect(noteRequired({ kind: 'deduction', max: 10 }, 0.5)).toBe(true);
  });

  it('replaces a member’s own card when they submit again, and is open to hosts and participants', () => {
    const { room, host, ana } = adjourned();
    room.must(ana, { type: 'scorecard.submit', scores: [score('rules', 10), score('voices', 10)] });
    room.must(ana, { type: 'scorecard.submit', scores: [score('rules', 40), score('voices', 20)] });
    room.must(host, { type: 'scorecard.submit', scores: [score('rules', 60), score('voices', 40)] });
    expect(Object.keys(room.state.scorecard.cards).sort()).toEqual([ana.memberId, host.memberId].sort());
    expect(room.state.scorecard.cards[ana.memberId!]!.scores.map((s) => s.points)).toEqual([40, 20]);
  });

  it('refuses observers and a host console that has not joined by name', () => {
    const { room } = adjourned();
    const scores = [score('rules', 10), score('voices', 10)];
    expect(room.refusal({ role: 'observer', memberId: null }, { type: 'scorecard.submit', scores })).toBe('forbidden');
    expect(room.refusal({ role: 'host', memberId: null }, { type: 'scorecard.submit', scores })).toBe('forbidden');
  });
});

describe('scorecard.setRubric', () => {
  it('is the host’s, and only until the first card is in', () => {
    const { room, host, ana } = adjourned();
    expect(room.refusal(ana, { type: 'scorecard.setRubric', rubric: RUBRIC })).toBe('forbidden');
    room.must(ana, { type: 'scorecard.submit', scores: [score('rules', 10), score('voices', 10)] });
    expect(room.refusal(host, { type: 'scorecard.setRubric', rubric: DEFAULT_RUBRIC })).toBe('conflict');
  });

  it('fixes the default rubric in the record with the first card', () => {
    const { room, host, ana } = decidedMeeting();
    room.must(host, { type: 'room.setPhase', phase: 'closed' });
    expect(room.state.scorecard.rubric).toBeNull();
    const scores = DEFAULT_RUBRIC.categories
      .flatMap((c) => c.indicators)
      .filter((i) => i.kind === 'base')
      .map((i) => score(i.id, i.max));
    const { events } = room.run(ana, { type: 'scorecard.submit', scores });
    expect(events.map((e) => e.type)).toEqual(['scorecard.rubricSet', 'scorecard.submitted']);
    expect(room.state.scorecard.rubric).toEqual(DEFAULT_RUBRIC);
    expect(scorecardSummary(room.state).total).toEqual({ average: 100, min: 100, max: 100 });
  });
});

describe('scorecardSummary', () => {
  it('is empty before the first card', () => {
    const { room } = adjourned();
    const summary = scorecardSummary(room.state);
    expect(summary).toMatchObject({ submissions: 0, baseMax: 100, bonusCap: 5, total: null });
    expect(summary.indicators.every((i) => i.average === null && i.scoredBy === 0)).toBe(true);
  });

  it('averages each indicator over all cards, caps bonus per card, and takes deductions away', () => {
    const { room, host, ana, bo } = adjourned();
    // Ana: 50 + 30 + min(4 + 4, 5) − 0 = 85. Bo: 40 + 20 + 0 − 6 = 54. Chair: 60 + 39 + 2 − 1 = 100.
    room.must(ana, {
      type: 'scorecard.submit',
      scores: [score('rules', 50), score('voices', 30), score('new', 4), score('lasting', 4)],
    });
    room.must(bo, { type: 'scorecard.submit', scores: [score('rules', 40), score('voices', 20), score('show', 6)] });
    room.must(host, {
      type: 'scorecard.submit',
      scores: [score('rules', 60), score('voices', 39), score('new', 2), score('show', 1)],
    });
    const summary = scorecardSummary(room.state);
    const byId = Object.fromEntries(summary.indicators.map((i) => [i.indicatorId, i]));
    expect(summary.submissions).toBe(3);
    expect(byId['rules']).toMatchObject({
      average: 50,
      scoredBy: 3,
      max: 60,
      key: true,
      notes: ['rules', 'rules', 'rules'],
    });
    expect(byId['voices']).toMatchObject({ average: 89 / 3, scoredBy: 3 });
    expect(byId['new']).toMatchObject({ average: 2, scoredBy: 2 });
    expect(byId['lasting']).toMatchObject({ average: 4 / 3, scoredBy: 1 });
    expect(byId['show']).toMatchObject({ average: 7 / 3, scoredBy: 2, kind: 'deduction' });
    expect(summary.total).toEqual({ average: (85 + 54 + 100) / 3, min: 54, max: 100 });
    expect(summary.categories).toEqual([
      { categoryId: 'meeting', average: 50 + 89 / 3 },
      { categoryId: 'extra', average: 2 + 4 / 3 + 7 / 3 },
    ]);
  });

  it('never lets deductions take a card below zero', () => {
    expect(cardTotal(RUBRIC, { scores: [score('rules', 3), score('voices', 2), score('show', 10)] })).toBe(0);
    expect(cardTotal(RUBRIC, { scores: [score('rules', 0.5), score('voices', 0), score('new', 1.5)] })).toBe(2);
  });
});
