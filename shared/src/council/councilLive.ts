/**
 * The council page kept live (issue 26): a page holding one of the council's links opens a Socket.IO
 * connection on the `/councils` namespace (`COUNCIL_NAMESPACE`) with `CouncilWatchAuth`, and is told
 * `councilChanged` whenever its board may have changed: an event of the council's own stream (a
 * meeting called, a topic proposed, supported or added to a meeting, a roster change, a replaced
 * link) or one of its meetings' events that the board shows (`changesCouncilBoard`). The page then
 * reads the board again (`GET /api/councils/:councilId/board`): the board is a view over the council
 * and all its meetings, so the notice carries no data and nothing a link's holder may not read.
 */
import { z } from 'zod';
import type { EventBody } from '../model/events.js';

/** The Socket.IO namespace of council pages (the rooms' is the default one). */
export const COUNCIL_NAMESPACE = '/councils';

/** The handshake's `auth` on `/councils`: the council and one of its four links' token. */
export const CouncilWatchAuth = z.strictObject({
  councilId: z.string().regex(/^[\w-]{1,64}$/),
  token: z.string().min(1).max(128),
});
export type CouncilWatchAuth = z.infer<typeof CouncilWatchAuth>;

/** What the server emits on `/councils`: the council's board may have changed, read it again. */
export interface CouncilWatchEvents {
  councilChanged: (news: { councilId: string }) => void;
}

/** The room events a council's board shows (its meetings' phases, titles, decisions, actions, notices, scores). */
const BOARD_EVENTS: ReadonlySet<EventBody['type']> = new Set<EventBody['type']>([
  'room.phaseSet',
  'room.detailsSet',
  'room.councilLinked',
  'decision.recorded',
  'action.created',
  'action.updated',
  'action.confirmed',
  'notice.published',
  'notice.unpublished',
  'scorecard.submitted',
  'scorecard.rubricSet',
  'agenda.rejected',
]);

/** Whether a meeting's event changes what its council's board shows (so open council pages read it again). */
export function changesCouncilBoard(type: string): boolean {
  return BOARD_EVENTS.has(type as EventBody['type']);
}
