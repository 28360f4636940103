/** The council's and office's HTTP doors as the pages use them; every answer is parsed with the shared schema. */
import i18n from 'i18next';
import {
  AddedMeetingTopics,
  CouncilAck,
  CouncilBoard,
  type ConfirmActionRequest,
  CouncilLinks,
  councilRefusalText,
  CreatedCouncil,
  CreatedMeeting,
  CreatedOffice,
  JoinedCouncil,
  OfficeReport,
  RosterImportAnswer,
  type CreateCouncilRequest,
} from '@dr/shared/council';
import type { RulePreset } from '@dr/shared';
import { errorMessage } from '../live/errorMessage';
import type { Refusal } from '../live/refusal';
import { request } from '../live/request';

/** A council page's refusals, said with the council's table of reasons (which holds the room's too). */
export const sayRefusal = (refusal: Refusal | null, language: string | undefined, fallback: string) =>
  errorMessage(i18n.t, language, refusal, fallback, councilRefusalText);

const base = (councilId: string) => `/api/councils/${encodeURIComponent(councilId)}`;

export const standingApi = {
  board: (councilId: string, token: string) => request(CouncilBoard, `${base(councilId)}/board`, token),
  join: (councilId: string, token: string, name: string, group: string) =>
    request(JoinedCouncil, `${base(councilId)}/members`, token, { name, ...(group ? { group } : {}) }),
  command: (
    councilId: string,
    token: string,
    command: unknown,
    member: { memberId: string; memberSecret: string } | null,
  ) =>
    request(CouncilAck, `${base(councilId)}/commands`, token, {
      command,
      requestId: crypto.randomUUID(),
      ...(member ? { memberId: member.memberId, memberSecret: member.memberSecret } : {}),
    }),
  /** The supervisor confirms an item of one of the council's meetings done (行难管), exactly once. */
  confirm: (
    councilId: string,
    token: string,
    member: { memberId: string; memberSecret: string },
    item: Pick<ConfirmActionRequest, 'roomId' | 'actionId' | 'note'>,
  ) =>
    request(CouncilAck, `${base(councilId)}/actions/confirm`, token, {
      ...item,
      requestId: crypto.randomUUID(),
      memberId: member.memberId,
      memberSecret: member.memberSecret,
    }),
  callMeeting: (
    councilId: string,
    token: string,
    title: string,
    scheduledAt: number,
    topicIds: string[],
    preset?: RulePreset,
  ) =>
    request(CreatedMeeting, `${base(councilId)}/meetings`, token, {
      title,
      scheduledAt,
      topicIds,
      ...(preset ? { preset } : {}),
    }),
  addMeetingTopics: (councilId: string, token: string, roomId: string, topicIds: string[]) =>
    request(AddedMeetingTopics, `${base(councilId)}/meetings/${encodeURIComponent(roomId)}/topics`, token, {
      topicIds,
    }),
  links: (councilId: string, token: string) => request(CouncilLinks, `${base(councilId)}/links`, token),
  rotate: (councilId: string, token: string, role: keyof CouncilLinks) =>
    request(CouncilLinks, `${base(councilId)}/links/${role}/rotate`, token, {}),
  /** A roster spreadsheet (CSV or .xlsx) judged (`dryRun`: the preview, nothing stored) or imported. */
  importRoster: (councilId: string, token: string, file: Blob, dryRun: boolean) =>
    request(RosterImportAnswer, `${base(councilId)}/roster/import${dryRun ? '?dryRun=1' : ''}`, token, file),
  /** The roster as .xlsx, and its personal QR slips (PDF): downloaded with the host's token. */
  rosterXlsx: (councilId: string) => `${base(councilId)}/roster.xlsx`,
  rosterSlips: (councilId: string) => `${base(councilId)}/roster/slips.pdf`,
  /** A new council; with `officeToken` (and `officeId` in the request), one of that office. */
  create: (body: CreateCouncilRequest, officeToken: string | null) =>
    request(CreatedCouncil, '/api/councils', officeToken, body),
  createOffice: (name: string) => request(CreatedOffice, '/api/offices', null, { name }),
  officeReport: (officeId: string, token: string, signal: AbortSignal) =>
    request(OfficeReport, `/api/offices/${encodeURIComponent(officeId)}/report`, token, undefined, signal),
};

/** A link the server made (with its public address), as a path on this site: the page stays where it is served. */
export function sitePath(link: string): string {
  const url = new URL(link, window.location.href);
  return `${url.pathname}${url.search}${url.hash}`;
}
