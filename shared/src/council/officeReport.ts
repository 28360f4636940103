/**
 * The office's comparison of its councils (打分器: 查找共性问题、补短板): per council, meetings held,
 * participation (distinct people who spoke across meetings, in the room and remote, groups heard),
 * decisions with and without action items, overdue items, who supervises and who confirmed each
 * supervised item, the mean score; and the indicators that
 * are weak in most councils. Pure: the server passes the councils with their meetings' states.
 */
import { ownEntries } from '../core/own.js';
import { isOverdue } from '../followup/actions.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';
import { memberName } from '../meeting/memberName.js';
import { participation } from '../queue/participation.js';
import { own } from '../core/own.js';
import type { CouncilFigures, OfficeReport } from './councilHttp.js';
import type { CouncilState } from './councilState.js';
import { meetingScores, weakestIndicators, type MeetingStates } from './councilViews.js';
import type { OfficeState } from './officeState.js';
import { councilDisclosures, overdueDisclosures, upcomingDisclosures } from './disclosure.js';

/** An indicator is weak in a council when its mean share is below this (60% of its points). */
export const WEAK_SHARE = 0.6;

/** One council's figures as of `now`. */
export function councilFigures(council: CouncilState, rooms: MeetingStates, now: number): CouncilFigures {
  const speakers = new Map<string, { inRoom: boolean; group: string }>();
  let held = 0;
  let withActions = 0;
  let withoutActions = 0;
  let actions = 0;
  let overdue = 0;
  for (const meeting of council.meetings) {
    const state = rooms.get(meeting.roomId);
    if (!state) continue;
    if (state.sittings.length > 0) held += 1;
    for (const memberId of Object.keys(participation(state, now).byMember)) {
      const member = own(state.members, memberId);
      const seen = speakers.get(memberId);
      speakers.set(memberId, {
        inRoom: (seen?.inRoom ?? false) || member?.presence === 'in_room',
        group: member?.group ?? seen?.group ?? '',
      });
    }
    const items = ownEntries(state.actions, state.actionOrder);
    for (const decision of ownEntries(state.decisions, state.decisionOrder)) {
      if (items.some((a) => a.decisionId === decision.id)) withActions += 1;
      else withoutActions += 1;
    }
    actions += items.length;
    overdue += items.filter((a) => isOverdue(a, now, roomTimeZone(state))).length;
  }
  const scores = meetingScores(council, rooms, council.locale);
  const totals = scores.flatMap((s) => (s.total === null ? [] : [s.total]));
  const all = [...speakers.values()];
  return {
    councilId: council.councilId,
    name: council.name,
    meetingsHeld: held,
    meetingsCalled: council.meetings.length,
    distinctSpeakers: all.length,
    speakersInRoom: all.filter((s) => s.inRoom).length,
    speakersRemote: all.filter((s) => !s.inRoom).length,
    groups: new Set(all.map((s) => s.group).filter((g) => g !== '')).size,
    decisionsWithActions: withActions,
    decisionsWithoutActions: withoutActions,
    actions,
    actionsOverdue: overdue,
    supervised: supervisedItems(council, rooms),
    scoreShare: totals.length === 0 ? null : totals.reduce((a, b) => a + b, 0) / totals.length,
    indicators: weakestIndicators(scores, Number.MAX_SAFE_INTEGER).map(({ indicatorId, label, share }) => ({
      indicatorId,
      label,
      share,
    })),
  };
}

/** A council's supervised action items, oldest meeting first, by name (who supervises, who confirmed). */
function supervisedItems(council: CouncilState, rooms: MeetingStates): CouncilFigures['supervised'] {
  return council.meetings.flatMap((m) => {
    const state = rooms.get(m.roomId);
    if (!state) return [];
    return ownEntries(state.actions, state.actionOrder).flatMap((a) =>
      a.supervisorMemberId === null
        ? []
        : [
            {
              title: a.title,
              meetingTitle: state.title,
              supervisor: memberName(state, a.supervisorMemberId) ?? '',
              confirmedBy: a.confirmedBy === null ? null : memberName(state, a.confirmedBy),
            },
          ],
    );
  });
}

/** The office's report: its councils side by side, and the indicators weak (< WEAK_SHARE) in the most councils. */
export function presentOfficeReport(
  office: OfficeState,
  councils: readonly { council: CouncilState; rooms: MeetingStates }[],
  now: number,
): OfficeReport {
  const figures = councils.map(({ council, rooms }) => councilFigures(council, rooms, now));
  const weak = new Map<string, { label: string; councils: number; shares: number[] }>();
  for (const council of figures) {
    for (const indicator of council.indicators) {
      if (indicator.share >= WEAK_SHARE) continue;
      const entry = weak.get(indicator.indicatorId) ?? { label: indicator.label, councils: 0, shares: [] };
      entry.councils += 1;
      entry.shares.push(indicator.share);
      weak.set(indicator.indicatorId, entry);
    }
  }
  const common = [...weak.entries()]
    .map(([indicatorId, { label, councils: n, shares }]) => ({
      indicatorId,
      label,
      councils: n,
      share: shares.reduce((a, b) => a + b, 0) / shares.length,
    }))
    .sort((a, b) => b.councils - a.councils || a.share - b.share);
  const disclosures = councils.flatMap(({ council, rooms }) =>
    councilDisclosures(council, rooms, now).map((d) => ({
      ...d,
      councilId: council.councilId,
      councilName: council.name,
    })),
  );
  return {
    officeId: office.officeId,
    name: office.name,
    generatedAt: now,
    councils: figures,
    common,
    disclosures: { overdue: overdueDisclosures(disclosures), upcoming: upcomingDisclosures(disclosures) },
  };
}
