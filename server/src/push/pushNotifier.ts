/**
 * What reaches a council's roster members between meetings (issue 29, part 4), and when: a meeting
 * called (and 24 hours before it), an action item given to them, due soon, overdue, an item they
 * supervise ready to confirm (its owner reported 100%), a notice published. Told by the council's
 * meeting route and by the rooms' commits (only the committing node is told, so one push per event);
 * the timed ones are jobs of the scheduler (scheduler.ts), checked against the room when they run.
 */
import { isOverdue, own, type Locale, type RoomEvent, type RoomState } from '@dr/shared';
import type { CouncilState, PushKind, PushMessage } from '@dr/shared/council';
import type { Logger } from 'pino';
import type { CouncilBook } from '../council/councilBook.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import { actionReminders, reminderAt } from './dueTimes.js';
import type { PushSender } from './pushSender.js';
import { meetingTime, PUSH_WORDS } from './pushStrings.js';
import type { Scheduler } from './scheduler.js';

export interface NotifierDeps {
  sender: PushSender;
  scheduler: Scheduler;
  councils: Pick<CouncilBook, 'load'>;
  registry: Pick<RoomRegistry, 'get'>;
  logger: Logger;
  clock: () => number;
}

interface MeetingJob {
  councilId: string;
  roomId: string;
}
interface ActionJob extends MeetingJob {
  actionId: string;
}

/** The room events someone may hear of. */
const NOTIFYING = new Set<string>(['notice.published', 'action.created', 'action.updated']);

const MEETING_TOMORROW = 'push.meetingTomorrow';
const ACTION_DUE_SOON = 'push.actionDueSoon';
const ACTION_OVERDUE = 'push.actionOverdue';

export class PushNotifier {
  constructor(private readonly deps: NotifierDeps) {
    const { scheduler } = deps;
    scheduler.handle(MEETING_TOMORROW, (payload) => this.meetingTomorrow(payload as MeetingJob));
    scheduler.handle(ACTION_DUE_SOON, (payload) => this.actionDue(payload as ActionJob, 'actionDueSoon'));
    scheduler.handle(ACTION_OVERDUE, (payload) => this.actionDue(payload as ActionJob, 'actionOverdue'));
  }

  /** A meeting was called: every member hears it now, and again 24 hours before (a job). */
  async meetingCalled(council: CouncilState, roomId: string): Promise<void> {
    const meeting = council.meetings.find((m) => m.roomId === roomId);
    if (!meeting) return;
    const job: MeetingJob = { councilId: council.councilId, roomId };
    const remindAt = reminderAt(meeting.scheduledAt);
    // Called less than a day ahead: the call is the reminder.
    if (remindAt > this.deps.clock())
      await this.deps.scheduler.schedule(MEETING_TOMORROW, `${MEETING_TOMORROW}:${roomId}`, remindAt, job);
    await this.send(council, undefined, 'meetingCalled', `/c/${council.councilId}`, roomId, (w, locale) =>
      w.meeting(meeting.title, meetingTime(meeting.scheduledAt, council.timeZone, locale)),
    );
  }

  /** A council meeting's room committed `events` (leaving `state`): what its members hear of them. */
  async roomCommitted(state: RoomState, events: readonly RoomEvent[]): Promise<void> {
    const councilId = state.council?.councilId;
    // Most commits (votes, hands, drafts) notify nobody: no council read for them.
    if (!councilId || !events.some((e) => NOTIFYING.has(e.type))) return;
    const council = await this.deps.councils.load(councilId);
    if (!council) return;
    const page = `/c/${councilId}`;
    for (const event of events) {
      if (event.type === 'notice.published') {
        await this.send(council, undefined, 'noticePublished', `/notice/${state.roomId}`, state.roomId, (w) =>
          w.notice(state.title),
        );
        continue;
      }
      if (event.type !== 'action.created' && event.type !== 'action.updated') continue;
      const action = own(state.actions, event.actionId);
      if (!action) continue;
      const body = (w: (typeof PUSH_WORDS)[Locale]) => w.action(action.title, action.dueDate);
      if (event.type === 'action.created') {
        await this.scheduleReminders(council, state.roomId, action.id, action.dueDate);
        if (action.ownerMemberId)
          await this.send(council, [action.ownerMemberId], 'actionAssigned', page, action.id, body);
      } else if (event.progress === 100 && action.supervisorMemberId && action.confirmedBy === null) {
        await this.send(
          council,
          [action.supervisorMemberId],
          'actionToConfirm',
          `${page}?view=supervision`,
          action.id,
          body,
        );
      }
    }
  }

  private async scheduleReminders(council: CouncilState, roomId: string, actionId: string, dueDate: string) {
    const { dueSoonAt, overdueAt } = actionReminders(dueDate, council.timeZone);
    const job: ActionJob = { councilId: council.councilId, roomId, actionId };
    const { scheduler, clock } = this.deps;
    // Given when already due tomorrow or today: "due soon" goes at once; past due: only "overdue".
    if (overdueAt > clock())
      await scheduler.schedule(ACTION_DUE_SOON, `${ACTION_DUE_SOON}:${roomId}:${actionId}`, dueSoonAt, job);
    await scheduler.schedule(ACTION_OVERDUE, `${ACTION_OVERDUE}:${roomId}:${actionId}`, overdueAt, job);
  }

  private async meetingTomorrow({ councilId, roomId }: MeetingJob): Promise<void> {
    const council = await this.deps.councils.load(councilId);
    const meeting = council?.meetings.find((m) => m.roomId === roomId);
    const room = await this.roomNow(roomId);
    // A meeting already over (or begun and closed) needs no reminder.
    if (!council || !meeting || !room || room.phase === 'closed') return;
    await this.send(council, undefined, 'meetingTomorrow', `/c/${councilId}`, roomId, (w, locale) =>
      w.meeting(meeting.title, meetingTime(meeting.scheduledAt, council.timeZone, locale)),
    );
  }

  /** Due soon or overdue: the owner hears it while the item is not done; overdue, its supervisor too. */
  private async actionDue({ councilId, roomId, actionId }: ActionJob, kind: 'actionDueSoon' | 'actionOverdue') {
    const council = await this.deps.councils.load(councilId);
    const action = own((await this.roomNow(roomId))?.actions ?? {}, actionId);
    if (!council || !action || action.status === 'done') return;
    if (kind === 'actionOverdue' && !isOverdue(action, this.deps.clock(), council.timeZone)) return;
    const to = [action.ownerMemberId, kind === 'actionOverdue' ? action.supervisorMemberId : null].filter(
      (id): id is string => id !== null,
    );
    if (to.length === 0) return;
    await this.send(council, to, kind, `/c/${councilId}`, actionId, (w) => w.action(action.title, action.dueDate));
  }

  /**
   * The room's state with what every node appended: a job may run on a node that loaded the room
   * before the item was given on another one (it would find no item, and the job is taken once).
   */
  private async roomNow(roomId: string): Promise<RoomState | null> {
    const room = await this.deps.registry.get(roomId);
    await room?.caughtUp();
    return room?.current ?? null;
  }

  private async send(
    council: CouncilState,
    memberIds: readonly string[] | undefined,
    kind: PushKind,
    url: string,
    about: string,
    body: (words: (typeof PUSH_WORDS)[Locale], locale: Locale) => string,
  ): Promise<void> {
    const compose = (locale: Locale): PushMessage => {
      const words = PUSH_WORDS[locale];
      return { kind, title: words.title[kind](council.name), body: body(words, locale), url, tag: `${kind}:${about}` };
    };
    try {
      await this.deps.sender.send(council.councilId, memberIds, compose);
    } catch (error) {
      this.deps.logger.error({ err: error, kind, councilId: council.councilId }, 'push failed');
    }
  }
}
