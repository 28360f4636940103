/**
 * The meeting's time zone (定主事: when and where the meeting is). The room's creator may give one
 * (`room.created`), the host may set or clear it with the meeting's details (`room.setDetails`,
 * meeting/detailsRules.ts); both fold in meeting/meetingFold.ts. Every date and time the room shows
 * or judges (due dates, overdue items, the notice, the minutes) is read in this zone. Pure.
 */
import type { RoomState } from '../model/state.js';

/**
 * The meeting's time zone (IANA): the one set, else the locale's usual one. A Chinese room defaults
 * to China Standard Time, where a due date of "today" ends at local midnight; an English room has no
 * single likely zone, so UTC.
 */
export function roomTimeZone(state: Pick<RoomState, 'details' | 'locale'>): string {
  return state.details.timeZone ?? (state.locale === 'zh-CN' ? 'Asia/Shanghai' : 'UTC');
}
