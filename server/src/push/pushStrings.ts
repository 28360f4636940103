/**
 * The words of push notifications, in both languages. The domain's words come from the one
 * vocabulary (core/terms.ts, councilTerms) as on the screen and in the minutes; the sentences
 * around them are the notifications' own. Each notification is a title (what happened, where) and a
 * body (the thing itself: a meeting's title and time, an item's title and due date).
 */
import { termsIn, type Locale } from '@dr/shared';
import { councilTerms, type PushKind } from '@dr/shared/council';

const ZH_COUNCIL = councilTerms('zh-CN');
const EN_COUNCIL = councilTerms('en');

export interface PushWords {
  /** The title of each kind of notification; `where` is the council's name. */
  title: Record<PushKind, (where: string) => string>;
  /** "Meeting title · when". */
  meeting: (title: string, when: string) => string;
  /** "Item title · due date: YYYY-MM-DD". */
  action: (title: string, dueDate: string) => string;
  /** The notice of a meeting: its title. */
  notice: (title: string) => string;
}

const ZH_TERMS = termsIn('zh-CN');
const EN_TERMS = termsIn('en');

const ZH: PushWords = {
  title: {
    meetingCalled: (where) => `${where}：召开${ZH_COUNCIL.meeting}`,
    meetingTomorrow: (where) => `${where}：明天开会`,
    actionAssigned: (where) => `${where}：您是新的${ZH_TERMS.record.owner}`,
    actionDueSoon: (where) => `${where}：${ZH_TERMS.record.dueDate}将到`,
    actionOverdue: (where) => `${where}：已超过${ZH_TERMS.record.dueDate}`,
    actionToConfirm: (where) => `${where}：待您作为${ZH_COUNCIL.supervisor}确认`,
    noticePublished: (where) => `${where}：发布公示`,
  },
  meeting: (title, when) => `${title} · ${when}`,
  action: (title, dueDate) => `${title} · ${ZH_TERMS.record.dueDate}：${dueDate}`,
  notice: (title) => `${title}的决议与${ZH_TERMS.record.actionItems}已公示`,
};

const EN: PushWords = {
  title: {
    meetingCalled: (where) => `${where}: ${EN_COUNCIL.meeting.toLowerCase()} called`,
    meetingTomorrow: (where) => `${where}: meeting tomorrow`,
    actionAssigned: (where) => `${where}: you are the ${EN_TERMS.record.owner.toLowerCase()} of an item`,
    actionDueSoon: (where) => `${where}: ${EN_TERMS.record.dueDate.toLowerCase()} is near`,
    actionOverdue: (where) => `${where}: past its ${EN_TERMS.record.dueDate.toLowerCase()}`,
    actionToConfirm: (where) => `${where}: ready for you to confirm as ${EN_COUNCIL.supervisor.toLowerCase()}`,
    noticePublished: (where) => `${where}: notice published`,
  },
  meeting: (title, when) => `${title} · ${when}`,
  action: (title, dueDate) => `${title} · ${EN_TERMS.record.dueDate}: ${dueDate}`,
  notice: (title) => `The decisions and ${EN_TERMS.record.actionItems.toLowerCase()} of ${title} are public`,
};

export const PUSH_WORDS: Readonly<Record<Locale, PushWords>> = { 'zh-CN': ZH, en: EN };

/** A meeting's time as people read it, in the council's time zone and the subscriber's language. */
export function meetingTime(at: number, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
