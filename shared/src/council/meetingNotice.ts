/**
 * The notice a villagers' meeting is called with (村民委员会组织法 art. 21: villagers are told of a
 * 村民会议 ten days ahead). Calling one with less notice is allowed (the law's sanction is for
 * courts, and a council may have told people on paper first); the call answers with a warning and the
 * council page keeps showing it beside the meeting. Pure; days are calendar days in the council's zone.
 */
import { localDate } from '../followup/actions.js';
import { daysBetween } from '../followup/noticePeriod.js';
import type { RulePreset } from '../core/vocabulary.js';
import type { MeetingWarning } from './disclosureHttp.js';

/** Days of notice a 村民会议 is called with at least (art. 21). */
export const VILLAGERS_NOTICE_DAYS = 10;

/**
 * The warning for a meeting under `preset` called at `calledAt` for `scheduledAt` (ms), in
 * `timeZone`: `noticeShort` when it is a 村民会议 (`villagersMeeting`) fewer than 10 calendar days
 * ahead (called on the 1st for the 11th is ten days), else null.
 */
export function meetingNoticeWarning(
  preset: RulePreset | null,
  calledAt: number,
  scheduledAt: number,
  timeZone: string,
): MeetingWarning | null {
  if (preset !== 'villagersMeeting') return null;
  const days = daysBetween(localDate(calledAt, timeZone), localDate(scheduledAt, timeZone));
  return days < VILLAGERS_NOTICE_DAYS ? { code: 'noticeShort', days, minimum: VILLAGERS_NOTICE_DAYS } : null;
}
