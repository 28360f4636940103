/** The council's HTTP doors as the page uses them; every answer is parsed with the shared schema. */
import { isLocale } from '../i18n/language';
import {
  CouncilAck,
  CouncilBoard,
  CouncilLinks,
  councilRefusalText,
  CreatedCouncil,
  CreatedMeeting,
  CreatedOffice,
  JoinedCouncil,
  type CreateCouncilRequest,
} from '@dr/shared/council';

/** A refusal as a council's door sends it: its reason is a key of the council's table or the room's. */
export interface CouncilRefusal {
  code: string;
  message: string;
  reason?: string;
  params?: Record<string, string | number>;
}

/** Reads a refusal body; null when the body holds none (a proxy's page, no signal). */
export function councilRefusalOf(body: unknown): CouncilRefusal | null {
  const error = (body as { error?: Partial<CouncilRefusal> } | null)?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') return null;
  const params = typeof error.params === 'object' && error.params !== null ? error.params : undefined;
  return {
    code: error.code,
    message: error.message,
    ...(typeof error.reason === 'string' ? { reason: error.reason } : {}),
    ...(params ? { params } : {}),
  };
}

/** What to tell the reader: the reason in their language, else the server's message, else `fallback`. */
export function sayRefusal(refusal: CouncilRefusal | null, language: string | undefined, fallback: string): string {
  if (!refusal) return fallback;
  const text =
    refusal.reason && isLocale(language) ? councilRefusalText(refusal.reason, language, refusal.params) : null;
  return text ?? (language === 'en' ? refusal.message : fallback);
}

export type Answer<T> = { ok: true; value: T } | { ok: false; refusal: CouncilRefusal | null };

/** What the page needs of a shared answer schema. */
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** `token` is the council's (or, creating a council for an office, the office's); null for an open door. */
async function send<T>(schema: Schema<T>, path: string, token: string | null, body?: unknown): Promise<Answer<T>> {
  try {
    const response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) return { ok: false, refusal: councilRefusalOf(json) };
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, refusal: null };
  } catch {
    return { ok: false, refusal: null };
  }
}

const base = (councilId: string) => `/api/councils/${encodeURIComponent(councilId)}`;

export const councilApi = {
  board: (councilId: string, token: string) => send(CouncilBoard, `${base(councilId)}/board`, token),
  join: (councilId: string, token: string, name: string, group: string) =>
    send(JoinedCouncil, `${base(councilId)}/members`, token, { name, ...(group ? { group } : {}) }),
  command: (
    councilId: string,
    token: string,
    command: unknown,
    member: { memberId: string; memberSecret: string } | null,
  ) =>
    send(CouncilAck, `${base(councilId)}/commands`, token, {
      command,
      requestId: crypto.randomUUID(),
      ...(member ? { memberId: member.memberId, memberSecret: member.memberSecret } : {}),
    }),
  callMeeting: (councilId: string, token: string, title: string, scheduledAt: number, topicIds: string[]) =>
    send(CreatedMeeting, `${base(councilId)}/meetings`, token, { title, scheduledAt, topicIds }),
  links: (councilId: string, token: string) => send(CouncilLinks, `${base(councilId)}/links`, token),
  rotate: (councilId: string, token: string, role: keyof CouncilLinks) =>
    send(CouncilLinks, `${base(councilId)}/links/${role}/rotate`, token, {}),
  /** A new council; with `officeToken` (and `officeId` in the request), one of that office. */
  create: (request: CreateCouncilRequest, officeToken: string | null) =>
    send(CreatedCouncil, '/api/councils', officeToken, request),
  createOffice: (name: string) => send(CreatedOffice, '/api/offices', null, { name }),
};

/** A link the server made (with its public address), as a path on this site: the page stays where it is served. */
export function sitePath(link: string): string {
  const url = new URL(link, window.location.href);
  return `${url.pathname}${url.search}${url.hash}`;
}
