/**
 * The HTTP contract shared by the server and every client: one zod schema per route for what it
 * takes (path parameters, body) and what it answers, with the type beside each. The server parses
 * each request with these and types each answer with them; the web app parses each answer with
 * them, so nothing is checked twice by hand. A refused request answers `HttpRefusal`
 * (protocol/httpRefusal.ts). Documented for other clients in docs/protocol.md, "HTTP".
 *
 * Three answers are the schemas of presenters and live beside them: `Notice` and `ChainHead`
 * (followup/notice.ts) and `ScorecardReport` (followup/scorecardReport.ts). This module imports neither, because the web
 * app loads it on its first page (room creation, the join screen's title): importing the
 * scorecard's schemas here put 2.2 KB (gzip) more on that first load, for a route the app never calls.
 *
 * | route                                          | request                       | answer             |
 * | ---------------------------------------------- | ----------------------------- | ------------------ |
 * | `GET /healthz`                                 | —                             | `Health`           |
 * | `GET /readyz`                                  | —                             | `Health`           |
 * | `POST /api/rooms`                              | `CreateRoomRequest`           | `CreatedRoom`      |
 * | `GET /api/rooms/:roomId`                       | `RoomParams`                  | `RoomSummary`      |
 * | `GET /api/rooms/:roomId/links` (host)          | `RoomParams`                  | `RoomLinks`        |
 * | `POST /api/rooms/:roomId/links/:role/rotate` (host) | `RotateLinkParams`       | `RoomLinks`        |
 * | `GET /api/rooms/:roomId/notice`                | `RoomParams`                  | `Notice`           |
 * | `GET /api/rooms/:roomId/chain` (host, observer) | `RoomParams`                 | `ChainHead`        |
 * | `GET /api/rooms/:roomId/scorecard` (host)      | `RoomParams`                  | `ScorecardReport`  |
 * | `GET /api/rooms/:roomId/minutes.{md,docx}` (host) | `RoomParams`               | a file             |
 * | `GET /j/:code`                                 | `JoinCodeParams`              | a redirect         |
 * | `GET /notice/:roomId`                          | `RoomParams`                  | the web app's page |
 */
import { z } from 'zod';
import { LIMITS } from '../core/limits.js';
import { nameText } from '../core/names.js';
import { Locale, Role, RoomPhase } from '../core/vocabulary.js';
import { TimeZoneName } from '../core/timeZone.js';

/** `:roomId` in a path: a room id is short; a longer one names no room (answered `not_found`). */
export const RoomParams = z.object({ roomId: z.string().min(1).max(64) });
export type RoomParams = z.infer<typeof RoomParams>;

/**
 * `GET /healthz`: the process lives. `GET /readyz`: it can serve (the store takes a write; Redis
 * answers on a node of a cluster), else 503 with `server.storeDown`, `server.diskFull` or `server.redisDown`.
 */
export const Health = z.object({ ok: z.literal(true) });
export type Health = z.infer<typeof Health>;

/** `POST /api/rooms`: a title (a name: normalised, 1–200 characters) and the room's language (default zh-CN). */
export const CreateRoomRequest = z.object({
  title: nameText(LIMITS.roomTitle),
  locale: Locale.optional(),
  /** The IANA zone the meeting is held in (the start page sends the browser's); else the locale's default. */
  timeZone: TimeZoneName.optional(),
});
export type CreateRoomRequest = z.input<typeof CreateRoomRequest>;

/** One URL or token per link role. */
export const LinkSet = z.object({ host: z.string(), participant: z.string(), observer: z.string() });
export type LinkSet = z.infer<typeof LinkSet>;

/**
 * `POST /api/rooms` answers 201 with the room's three links and their tokens, shown once: the
 * server keeps only their hashes. `shortUrl` is `/j/<joinCode>`, to type from a projector.
 */
export const CreatedRoom = z.object({
  roomId: z.string(),
  tokens: LinkSet,
  links: LinkSet,
  joinCode: z.string(),
  shortUrl: z.string(),
});
export type CreatedRoom = z.infer<typeof CreatedRoom>;

/** `GET /api/rooms/:roomId`: what anyone with the address may know of a room (the join screen's title). */
/** A room's public summary; `timeZone` is the zone its times read in (`roomTimeZone`). */
export const RoomSummary = z.object({
  roomId: z.string(),
  title: z.string(),
  phase: RoomPhase,
  locale: Locale,
  timeZone: z.string(),
});
export type RoomSummary = z.infer<typeof RoomSummary>;

/** `POST /api/rooms/:roomId/links/:role/rotate`: which link to replace. */
export const RotateLinkParams = RoomParams.extend({ role: Role });
export type RotateLinkParams = z.infer<typeof RotateLinkParams>;

/** The host's links (`GET …/links`, and after a rotation): the three room links and the short join address. */
export const RoomLinks = LinkSet.extend({ joinCode: z.string(), shortUrl: z.string() });
export type RoomLinks = z.infer<typeof RoomLinks>;

/** `GET /j/:code`: a join code as typed (any case, dashes or spaces); the server redirects a valid one. */
export const JoinCodeParams = z.object({ code: z.string().max(64) });
export type JoinCodeParams = z.infer<typeof JoinCodeParams>;
