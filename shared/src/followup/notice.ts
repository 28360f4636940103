/**
 * The public notice (公示办理结果): what anyone may read once the host publishes it. It is built
 * from names and outcomes only: no member ids, no ballots (so nothing of an anonymous round's
 * votes), no reasons tied to people, and nothing secret (the state holds no secret to begin with).
 */
import { z } from 'zod';
import { ownEntries } from '../core/own.js';
import { Locale, RoomPhase } from '../core/vocabulary.js';
import { participation } from '../queue/participation.js';
import type { RoomState } from '../model/state.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';
import type { ActionUpdateView, ActionView } from './actionView.js';
import { DecisionView, presentDecision } from './decisionView.js';
import { attendanceOf } from './indicators.js';
import { conveners } from '../meeting/conveners.js';
import { ItemFactsView } from '../agenda/factView.js';
import { factsOnRecord } from '../agenda/presentFact.js';
import { RoundRecord, roundsOnRecord } from '../consensus/roundRecord.js';
import { proxyList } from '../meeting/proxyList.js';
import { noticePeriod } from './noticePeriod.js';

/** The notice's names for the views it shows (the same views the minutes and the screen show). */
export type NoticeTimelineEntry = ActionUpdateView;
export type NoticeAction = ActionView;
export type NoticeDecision = DecisionView;

/**
 * A stream's chain head (村务档案, issue 27): the last event's `seq`, its SHA-256 `hash` (hex) and the
 * short `fingerprint` (`3fa9-c2e1-07bd`) the minutes end with; both null before the chain began.
 */
export const ChainHead = z.object({
  seq: z.number().int().nonnegative(),
  hash: z.string().nullable(),
  fingerprint: z.string().nullable(),
});
export type ChainHead = z.infer<typeof ChainHead>;

export const Notice = z.object({
  roomId: z.string(),
  title: z.string(),
  locale: Locale,
  phase: RoomPhase,
  publishedAt: z.number().nullable(),
  /**
   * Its time on the board (公示期): the days it was published for and its first and last day
   * (`YYYY-MM-DD`, inclusive, in the meeting's time zone); null while it is not published.
   */
  period: z.object({ periodDays: z.number(), firstDay: z.string(), lastDay: z.string() }).nullable(),
  /** The server time the notice was read at: overdue flags are as of then. */
  generatedAt: z.number(),
  timeZone: z.string(),
  meeting: z.object({
    place: z.string().nullable(),
    kind: z.string().nullable(),
    scheduledAt: z.number().nullable(),
    createdAt: z.number(),
    sittings: z.array(z.object({ startedAt: z.number(), endedAt: z.number().nullable() })),
  }),
  conveners: z.array(z.string()),
  attendance: z.object({ total: z.number(), inRoom: z.number(), remote: z.number() }),
  speakers: z.number(),
  /** The facts established per item (明事), retracted ones included and marked. */
  facts: z.array(ItemFactsView),
  decisions: z.array(DecisionView),
  /**
   * Every round that ended, item by item (void and superseded ones too): the preset and its source,
   * who was entitled and present, the quorum, the share, the counts, the outcome, the reasons given
   * for blocks (never who gave them; serious concerns' reasons stay in the minutes), the text and
   * its fingerprint. Open rounds are not on the notice.
   */
  rounds: z.array(RoundRecord),
  /**
   * The list of written proxies (委托名单), revoked ones included: who entrusted whom, the paper form's
   * reference, whether the host recorded it from paper, and whether it is in force (meeting/proxyList.ts).
   */
  proxies: z.array(
    z.object({
      principal: z.string(),
      holder: z.string(),
      reference: z.string().nullable(),
      byHost: z.boolean(),
      status: z.enum(['inForce', 'principalPresent', 'revoked']),
    }),
  ),
  /**
   * The record's chain head when the notice was read (the same fingerprint as the minutes' last line
   * and the archive's manifest). Set by the server's route from the stored events: `presentNotice`
   * has no hashes, so it leaves it out.
   */
  chain: ChainHead.optional(),
  summary: z.object({
    decisions: z.number(),
    adopted: z.number(),
    actions: z.number(),
    done: z.number(),
    overdue: z.number(),
  }),
});
export type Notice = z.infer<typeof Notice>;

/** The notice as of server time `now`. */
export function presentNotice(state: RoomState, now: number): Notice {
  const timeZone = roomTimeZone(state);
  const decisions = ownEntries(state.decisions, state.decisionOrder).map((d) =>
    presentDecision(state, d, now, timeZone),
  );
  const actions = decisions.flatMap((d) => d.actions);
  const { place, kind, scheduledAt } = state.details;
  return {
    roomId: state.roomId,
    title: state.title,
    locale: state.locale,
    phase: state.phase,
    publishedAt: state.notice.publishedAt,
    period: noticePeriod(state.notice, timeZone),
    generatedAt: now,
    timeZone,
    meeting: { place, kind, scheduledAt, createdAt: state.createdAt, sittings: state.sittings },
    conveners: conveners(state),
    attendance: attendanceOf(state),
    speakers: participation(state, now).distinctSpeakers,
    facts: factsOnRecord(state),
    decisions,
    rounds: ownEntries(state.items, state.itemOrder)
      .flatMap((item) => roundsOnRecord(state, item, false))
      .filter((r) => r.status !== 'open')
      .map((r) => ({ ...r, reasons: r.reasons.filter((reason) => reason.level === 0) })),
    proxies: proxyList(state).map(({ principal, holder, reference, byHost, status }) => ({
      principal,
      holder,
      reference,
      byHost,
      status,
    })),
    summary: {
      decisions: decisions.length,
      adopted: decisions.filter((d) => d.outcome === 'adopted').length,
      actions: actions.length,
      done: actions.filter((a) => a.status === 'done').length,
      overdue: actions.filter((a) => a.overdue).length,
    },
  };
}
