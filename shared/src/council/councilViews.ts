/**
 * The council as shown: its public summary, the board its members see, its action items across
 * meetings, and its scores over time. Pure: the server passes the council, its meetings' room states
 * (absent ones are skipped) and the time. People appear by name, never by secret; credentials never.
 */
import { own, ownEntries } from '../core/own.js';
import type { Locale } from '../core/vocabulary.js';
import { presentAction } from '../followup/actionView.js';
import { scorecardSummary } from '../followup/scorecard.js';
import { rubricOf } from '../followup/rubricInputs.js';
import { indicatorsOf } from '../model/rubric.js';
import type { RoomState } from '../model/state.js';
import { attemptRefusal } from '../room/mayAttempt.js';
import type { BoardActionView, CouncilActionView, CouncilBoard, CouncilSummary, MeetingScores } from './councilHttp.js';
import type { CouncilState } from './councilState.js';
import { councilDisclosures, disclosureSettings } from './disclosure.js';
import { meetingNoticeWarning } from './meetingNotice.js';

/** The rooms of a council's meetings, by room id; a meeting whose room did not load is left out. */
export type MeetingStates = ReadonlyMap<string, RoomState>;

/** `GET /api/councils/:councilId` as of `now` (ms); `noticeUrl` makes a notice's public address. */
export function presentCouncilSummary(
  council: CouncilState,
  rooms: MeetingStates,
  noticeUrl: (roomId: string) => string,
  now: number,
): CouncilSummary {
  const meetings = council.meetings.flatMap((m) => {
    const state = rooms.get(m.roomId);
    if (!state) return [];
    const published = state.notice.published;
    return [
      {
        roomId: m.roomId,
        title: state.title,
        scheduledAt: m.scheduledAt,
        phase: state.phase,
        noticeUrl: published ? noticeUrl(m.roomId) : null,
        warnings: [meetingNoticeWarning(state.rules.preset, m.calledAt, m.scheduledAt, council.timeZone)].filter(
          (w) => w !== null,
        ),
      },
    ];
  });
  const notices = council.meetings.flatMap((m) => {
    const state = rooms.get(m.roomId);
    if (!state?.notice.published || state.notice.publishedAt === null) return [];
    return [{ roomId: m.roomId, title: state.title, publishedAt: state.notice.publishedAt, url: noticeUrl(m.roomId) }];
  });
  return {
    councilId: council.councilId,
    name: council.name,
    locale: council.locale,
    timeZone: council.timeZone,
    place: council.place,
    meetingPattern: council.meetingPattern,
    members: Object.keys(council.members).length,
    meetings,
    notices,
    settings: disclosureSettings(council),
    disclosures: councilDisclosures(council, rooms, now),
  };
}

/**
 * Every action item of the council's meetings, oldest meeting first, as of `now`. With
 * `publishedOnly`, only those of meetings whose notice is published (what anyone may read).
 */
export function presentCouncilActions(
  council: CouncilState,
  rooms: MeetingStates,
  now: number,
  publishedOnly: boolean,
): CouncilActionView[] {
  return council.meetings.flatMap((m) => {
    const state = rooms.get(m.roomId);
    if (!state || (publishedOnly && !state.notice.published)) return [];
    return ownEntries(state.actions, state.actionOrder).map((a) => ({
      ...presentAction(state, a, now),
      roomId: m.roomId,
      meetingTitle: state.title,
    }));
  });
}

/** Every action item for the board: as `presentCouncilActions` shows it, with who supervises it and whether they may confirm now. */
function boardActions(council: CouncilState, rooms: MeetingStates, now: number): BoardActionView[] {
  return council.meetings.flatMap((m) => {
    const state = rooms.get(m.roomId);
    if (!state) return [];
    return ownEntries(state.actions, state.actionOrder).map((a) => {
      const supervisorId = a.supervisorMemberId;
      // What `action.confirm` from them would answer now (the room's own permission and rule).
      const role = (supervisorId && own(state.members, supervisorId)?.role) || 'participant';
      const bar =
        supervisorId === null
          ? null
          : attemptRefusal(state, { role, memberId: supervisorId }, { type: 'action.confirm', actionId: a.id });
      return {
        ...presentAction(state, a, now),
        roomId: m.roomId,
        meetingTitle: state.title,
        supervisorId,
        confirmBar: bar ? (bar.reason ?? bar.code) : null,
      };
    });
  });
}

/** Each meeting's scores: per indicator, the mean as a share of its maximum (base indicators only). */
export function meetingScores(council: CouncilState, rooms: MeetingStates, locale: Locale): MeetingScores[] {
  return council.meetings.flatMap((m) => {
    const state = rooms.get(m.roomId);
    if (!state) return [];
    const summary = scorecardSummary(state);
    const rubric = rubricOf(state);
    const labels = new Map(indicatorsOf(rubric).map((i) => [i.id, i.label[locale]]));
    return [
      {
        roomId: m.roomId,
        title: state.title,
        scheduledAt: m.scheduledAt,
        submissions: summary.submissions,
        total: summary.total && summary.baseMax > 0 ? summary.total.average / summary.baseMax : null,
        indicators: summary.indicators
          .filter((i) => i.kind === 'base')
          .map((i) => ({
            indicatorId: i.indicatorId,
            label: labels.get(i.indicatorId) ?? i.indicatorId,
            share: i.average === null || i.max === 0 ? null : i.average / i.max,
          })),
      },
    ];
  });
}

/**
 * The weakest indicators over all scored meetings (lowest mean share first, at most `count`), each
 * with its trend: the last scored meeting's share minus the first's (null with one meeting).
 */
export function weakestIndicators(scores: readonly MeetingScores[], count = 3): CouncilBoard['weakest'] {
  const byIndicator = new Map<string, { label: string; shares: number[] }>();
  for (const meeting of scores) {
    for (const i of meeting.indicators) {
      if (i.share === null) continue;
      const entry = byIndicator.get(i.indicatorId) ?? { label: i.label, shares: [] };
      entry.shares.push(i.share);
      byIndicator.set(i.indicatorId, entry);
    }
  }
  return [...byIndicator.entries()]
    .map(([indicatorId, { label, shares }]) => ({
      indicatorId,
      label,
      share: shares.reduce((a, b) => a + b, 0) / shares.length,
      trend: shares.length > 1 ? shares.at(-1)! - shares[0]! : null,
    }))
    .sort((a, b) => a.share - b.share || a.indicatorId.localeCompare(b.indicatorId))
    .slice(0, count);
}

/**
 * `GET /api/councils/:councilId/board`: the summary, the roster, the topic pool, actions, decisions
 * and scores; the server adds the asker's `meetingToken` (a secret this pure view never holds).
 */
export function presentCouncilBoard(
  council: CouncilState,
  rooms: MeetingStates,
  now: number,
  noticeUrl: (roomId: string) => string,
  role: CouncilBoard['role'],
): Omit<CouncilBoard, 'meetingToken'> {
  const nameOf = (id: string | null) => (id === null ? null : (own(council.members, id)?.name ?? null));
  const scores = meetingScores(council, rooms, council.locale);
  return {
    ...presentCouncilSummary(council, rooms, noticeUrl, now),
    role,
    roster: Object.values(council.members).map(({ id, name, group, expert, supervisor, host }) => ({
      id,
      name,
      group,
      expert,
      supervisor,
      host,
    })),
    topics: Object.values(council.topics).map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      proposedBy: nameOf(t.proposedBy),
      supporters: t.supporters,
      status: t.status,
      meetings: t.meetings,
    })),
    actions: boardActions(council, rooms, now),
    decisions: council.meetings.flatMap((m) => {
      const state = rooms.get(m.roomId);
      if (!state) return [];
      return ownEntries(state.decisions, state.decisionOrder).map((d) => ({
        roomId: m.roomId,
        itemTitle: own(state.items, d.itemId)?.title ?? '',
        statement: d.statement,
        outcome: d.outcome,
      }));
    }),
    scores,
    weakest: weakestIndicators(scores),
    generatedAt: now,
  };
}
