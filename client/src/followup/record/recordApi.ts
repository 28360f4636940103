/**
 * The record's HTTP doors (issue 27) as the screens use them: the chain's check and erasing a
 * person. Answers are read by hand: the room's shared schemas for them live on the server only.
 */
import { request, type Answer } from '../../live/request';

/** `GET …/verify`, what a screen shows of it: the verdict, the chain head's fingerprint, the sentences. */
export interface RecordCheck {
  ok: boolean;
  fingerprint: string | null;
  words: { 'zh-CN': string[]; en: string[] };
}

/** `POST …/erase`: the pseudonym the person is shown as from now on. */
export interface Erased {
  pseudonym: string;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function readCheck(body: unknown): RecordCheck | null {
  const b = body as { ok?: unknown; head?: { fingerprint?: unknown } | null; words?: Record<string, unknown> } | null;
  if (typeof b?.ok !== 'boolean' || !strings(b.words?.['zh-CN']) || !strings(b.words?.en)) return null;
  const fingerprint = b.head?.fingerprint;
  return {
    ok: b.ok,
    fingerprint: typeof fingerprint === 'string' ? fingerprint : null,
    words: { 'zh-CN': b.words['zh-CN'], en: b.words.en },
  };
}

function readErased(body: unknown): Erased | null {
  const pseudonym = (body as { pseudonym?: unknown } | null)?.pseudonym;
  return typeof pseudonym === 'string' ? { pseudonym } : null;
}

const room = (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}`;
const council = (councilId: string) => `/api/councils/${encodeURIComponent(councilId)}`;
const member = (memberId: string) => `/members/${encodeURIComponent(memberId)}/erase`;

export const recordApi = {
  roomArchive: (roomId: string) => `${room(roomId)}/archive`,
  councilArchive: (councilId: string) => `${council(councilId)}/archive`,
  check: (roomId: string, token: string): Promise<Answer<RecordCheck>> =>
    request(readCheck, `${room(roomId)}/verify`, token),
  eraseInRoom: (roomId: string, token: string, memberId: string): Promise<Answer<Erased>> =>
    request(readErased, room(roomId) + member(memberId), token, {}),
  eraseInCouncil: (councilId: string, token: string, memberId: string): Promise<Answer<Erased>> =>
    request(readErased, council(councilId) + member(memberId), token, {}),
};
