/**
 * A council's calendar (五定: 定时间, issue 29) as iCalendar text (RFC 5545), written by
 * ical-generator: its meetings at their times, and its disclosures (村务公开) as all-day events —
 * a published one over its period on the board (公示期), one not yet published on its due day. Every
 * time is in the council's time zone: the VTIMEZONE comes from @touch4it/ical-timezones, and the
 * times are given as luxon DateTimes in that zone so ical-generator writes them with its TZID (a
 * plain Date would be written in the server's own zone).
 */
import type { Locale } from '@dr/shared';
import { councilTerms, type CouncilMeetingView, type CouncilSummary, type DisclosureView } from '@dr/shared/council';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';

/** A meeting's length when nothing says otherwise: the event needs an end (ms). */
export const MEETING_LENGTH_MS = 2 * 60 * 60 * 1000;

/** Ids stable across requests, so a calendar app updates an event instead of adding it again. */
const uid = (kind: string, councilId: string, id: string) => `${kind}-${id}.${councilId}@deliberation-room`;

const WORDS: Record<Locale, { due: (title: string) => string; calendar: (name: string) => string }> = {
  'zh-CN': { due: (title) => `公示截止：${title}`, calendar: (name) => `${name} · 会议与公示` },
  en: { due: (title) => `Disclosure due: ${title}`, calendar: (name) => `${name} · meetings and disclosures` },
};

export interface CalendarInput {
  summary: CouncilSummary;
  /** The council page's address (no token), for each event's URL. */
  pageUrl: string;
  /** The server's time (ms): each event's DTSTAMP. */
  now: number;
}

/**
 * The zone the events are written in: the council's, when there is a VTIMEZONE for it; else none,
 * and times go out in UTC (`Z`), never as a TZID no VTIMEZONE defines (RFC 5545 3.2.19) nor as a
 * floating time (ical-generator writes UTC as one).
 */
function zoneOf(timeZone: string): string | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return null;
  return getVtimezoneComponent(timeZone) ? timeZone : null;
}

function calendarOf({ summary }: CalendarInput): ICalCalendar {
  const calendar = ical({
    name: WORDS[summary.locale].calendar(summary.name),
    prodId: '//Deliberation Room//Council calendar//EN',
  });
  const zone = zoneOf(summary.timeZone);
  if (zone) {
    calendar.timezone({ name: zone, generator: getVtimezoneComponent });
    calendar.x('X-WR-TIMEZONE', zone);
  }
  return calendar;
}

function addMeeting(calendar: ICalCalendar, input: CalendarInput, meeting: CouncilMeetingView): void {
  const { summary, pageUrl, now } = input;
  const zone = zoneOf(summary.timeZone);
  const start = DateTime.fromMillis(meeting.scheduledAt, { zone: zone ?? 'utc' });
  calendar.createEvent({
    id: uid('meeting', summary.councilId, meeting.roomId),
    start,
    end: start.plus({ milliseconds: MEETING_LENGTH_MS }),
    timezone: zone,
    stamp: DateTime.fromMillis(now, { zone: 'utc' }),
    summary: meeting.title,
    location: summary.place,
    description: summary.name,
    url: pageUrl,
  });
}

function addDisclosure(calendar: ICalCalendar, input: CalendarInput, d: DisclosureView): void {
  const { summary, pageUrl, now } = input;
  const locale = summary.locale;
  const word = councilTerms(locale)[d.kind === 'resolution' ? 'resolutionDisclosure' : 'resultDisclosure'];
  const day = (date: string) => DateTime.fromISO(date, { zone: summary.timeZone });
  // All-day events end on the day after their last (RFC 5545 3.6.1: DTEND is not part of the event).
  const colon = locale === 'zh-CN' ? '：' : ': ';
  const [first, endAfter, title] = d.board
    ? [d.board.firstDay, day(d.board.lastDay).plus({ days: 1 }), `${word}${colon}${d.title}`]
    : [d.dueDate!, day(d.dueDate!).plus({ days: 1 }), WORDS[locale].due(`${word} · ${d.title}`)];
  calendar.createEvent({
    id: uid(d.kind, summary.councilId, d.roomId),
    start: day(first),
    end: endAfter,
    allDay: true,
    timezone: zoneOf(summary.timeZone),
    stamp: DateTime.fromMillis(now, { zone: 'utc' }),
    summary: title,
    description: summary.name,
    url: pageUrl,
  });
}

/** The council's whole calendar: every meeting, and every disclosure published or due. */
export function councilCalendar(input: CalendarInput): string {
  const calendar = calendarOf(input);
  for (const meeting of input.summary.meetings) addMeeting(calendar, input, meeting);
  for (const d of input.summary.disclosures) if (d.board || d.dueDate) addDisclosure(calendar, input, d);
  return calendar.toString();
}

/** One meeting alone ("add to calendar"): the same event as in the council's calendar. */
export function meetingCalendar(input: CalendarInput, roomId: string): string | null {
  const meeting = input.summary.meetings.find((m) => m.roomId === roomId);
  if (!meeting) return null;
  const calendar = calendarOf(input);
  addMeeting(calendar, input, meeting);
  return calendar.toString();
}
