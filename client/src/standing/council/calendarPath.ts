/**
 * The council's calendar feed and a meeting's event (`…/calendar.ics`), with the page's own link in
 * `?token=`: a calendar app subscribes by address and cannot send the token as a header.
 */
const councilBase = (councilId: string) => `/api/councils/${encodeURIComponent(councilId)}`;

export function calendarPath(councilId: string, token: string): string {
  return `${councilBase(councilId)}/calendar.ics?token=${encodeURIComponent(token)}`;
}

export function meetingCalendarPath(councilId: string, roomId: string, token: string): string {
  return `${councilBase(councilId)}/meetings/${encodeURIComponent(roomId)}/calendar.ics?token=${encodeURIComponent(token)}`;
}
