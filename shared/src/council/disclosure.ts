/**
 * A council's disclosures (村务公开, the 两公开 of 四议两公开), per meeting: the resolution's
 * disclosure (决议公开) is the meeting's published notice, due within `disclosureDueDays` days of the
 * meeting's first decision (7 unless the council set it); the result's disclosure (实施结果公开) is due
 * the same number of days after its last action item was done, and is published when the notice is up
 * then (the online notice and its poster show the items done). Once published, a disclosure stays on
 * the board for its period (公示期, followup/noticePeriod.ts). Every day is a calendar day in the
 * council's time zone (村民委员会组织法 art. 30–31: major matters disclosed at once; provinces add
 * deadlines). Pure: the server passes the council, its meetings' states and the time.
 */
import { ownEntries } from '../core/own.js';
import { localDate } from '../followup/actions.js';
import { addDays, boardPeriod, daysBetween, DISCLOSURE_PERIOD_DAYS } from '../followup/noticePeriod.js';
import type { RoomState } from '../model/state.js';
import type { DisclosureView } from './disclosureHttp.js';
import type { CouncilState } from './councilState.js';

/** Days within which a meeting's resolution is to be published, unless the council set it. */
export const DISCLOSURE_DUE_DAYS = 7;

/** The council's settings as they apply: its own, else 7 days each. */
export function disclosureSettings(council: Pick<CouncilState, 'disclosureDueDays' | 'disclosurePeriodDays'>): {
  disclosureDueDays: number;
  disclosurePeriodDays: number;
} {
  return {
    disclosureDueDays: council.disclosureDueDays ?? DISCLOSURE_DUE_DAYS,
    disclosurePeriodDays: council.disclosurePeriodDays ?? DISCLOSURE_PERIOD_DAYS,
  };
}

/** One meeting, as the disclosure rules read it. */
export interface DisclosureMeeting {
  roomId: string;
  state: RoomState;
}

/**
 * The status of a disclosure on `today`: `due` (not published, its last day not passed), `overdue`
 * (not published after its last day), `onBoard` (published, within its period), `ended` (its period
 * is over). The result's disclosure is `pending` (no due day) while an action item is not done.
 */
function statusOf(dueDate: string, published: { lastDay: string } | null, today: string): DisclosureView['status'] {
  if (published) return today <= published.lastDay ? 'onBoard' : 'ended';
  return today <= dueDate ? 'due' : 'overdue';
}

/**
 * The meeting's disclosures at `now` (ms), in `timeZone`: none before its first decision; the
 * resolution's once one is recorded; the result's once the meeting has action items.
 */
export function meetingDisclosures(
  meeting: DisclosureMeeting,
  settings: { disclosureDueDays: number; disclosurePeriodDays: number },
  timeZone: string,
  now: number,
): DisclosureView[] {
  const { roomId, state } = meeting;
  const decisions = ownEntries(state.decisions, state.decisionOrder);
  if (decisions.length === 0) return [];
  const today = localDate(now, timeZone);
  const days = settings.disclosureDueDays;
  const notice = state.notice;
  const publishedAt = notice.published ? notice.publishedAt : null;
  const periodDays = notice.periodDays ?? settings.disclosurePeriodDays;
  const base = { roomId, title: state.title };

  const decidedAt = Math.min(...decisions.map((d) => d.recordedAt));
  const resolutionDue = addDays(localDate(decidedAt, timeZone), days);
  const resolutionBoard = publishedAt === null ? null : boardPeriod(publishedAt, periodDays, timeZone);
  const list: DisclosureView[] = [
    {
      ...base,
      kind: 'resolution',
      dueDate: resolutionDue,
      publishedAt,
      board: resolutionBoard,
      status: statusOf(resolutionDue, resolutionBoard, today),
      daysLeft: daysBetween(today, resolutionDue),
      late: resolutionBoard !== null && resolutionBoard.firstDay > resolutionDue,
    },
  ];

  const actions = ownEntries(state.actions, state.actionOrder);
  if (actions.length === 0) return list;
  if (actions.some((a) => a.status !== 'done' || a.completedAt === null)) {
    list.push({
      ...base,
      kind: 'result',
      dueDate: null,
      publishedAt: null,
      board: null,
      status: 'pending',
      daysLeft: null,
      late: false,
    });
    return list;
  }
  const doneAt = Math.max(...actions.map((a) => a.completedAt ?? 0));
  const resultDue = addDays(localDate(doneAt, timeZone), days);
  // The notice up when (or since) the last item was done discloses the result from then on.
  const resultAt = publishedAt === null ? null : Math.max(publishedAt, doneAt);
  const resultBoard = resultAt === null ? null : boardPeriod(resultAt, periodDays, timeZone);
  list.push({
    ...base,
    kind: 'result',
    dueDate: resultDue,
    publishedAt: resultAt,
    board: resultBoard,
    status: statusOf(resultDue, resultBoard, today),
    daysLeft: daysBetween(today, resultDue),
    late: resultBoard !== null && resultBoard.firstDay > resultDue,
  });
  return list;
}

/** Every disclosure of the council's meetings at `now`, oldest meeting first, in the council's time zone. */
export function councilDisclosures(
  council: CouncilState,
  rooms: ReadonlyMap<string, RoomState>,
  now: number,
): DisclosureView[] {
  const settings = disclosureSettings(council);
  return council.meetings.flatMap((m) => {
    const state = rooms.get(m.roomId);
    return state ? meetingDisclosures({ roomId: m.roomId, state }, settings, council.timeZone, now) : [];
  });
}

/** The overdue ones (逾期), the longest overdue first. */
export function overdueDisclosures<D extends DisclosureView>(list: readonly D[]): D[] {
  return list.filter((d) => d.status === 'overdue').sort(byDueDate);
}

/**
 * The upcoming ones (即将到期): not published, due within `withinDays` days from today (0: due
 * today), soonest first. With no bound, every disclosure still due.
 */
export function upcomingDisclosures<D extends DisclosureView>(list: readonly D[], withinDays = Infinity): D[] {
  return list.filter((d) => d.status === 'due' && (d.daysLeft ?? 0) <= withinDays).sort(byDueDate);
}

/** The ones on the board now (公示中), the one ending soonest first. */
export function onBoardDisclosures<D extends DisclosureView>(list: readonly D[]): D[] {
  return list
    .filter((d) => d.status === 'onBoard')
    .sort((a, b) => (a.board?.lastDay ?? '').localeCompare(b.board?.lastDay ?? ''));
}

function byDueDate(a: DisclosureView, b: DisclosureView): number {
  return (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.roomId.localeCompare(b.roomId);
}
