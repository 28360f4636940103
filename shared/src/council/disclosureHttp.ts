/**
 * The disclosures' shapes on the wire (村务公开, council/disclosure.ts): one disclosure of one
 * meeting, as the council page (`CouncilSummary.disclosures`) and the office's report
 * (`OfficeReport.disclosures`, with its council) show it; and the warning a meeting's call may carry.
 */
import { z } from 'zod';

/** The two disclosures of 四议两公开: the resolution (决议公开) and the result of carrying it out (实施结果公开). */
export const DisclosureKind = z.enum(['resolution', 'result']);
export type DisclosureKind = z.infer<typeof DisclosureKind>;

/** pending: its action items are not all done; due; overdue (逾期); onBoard (公示中); ended (公示期满). */
export const DisclosureStatus = z.enum(['pending', 'due', 'overdue', 'onBoard', 'ended']);
export type DisclosureStatus = z.infer<typeof DisclosureStatus>;

export const DisclosureView = z.object({
  /** The meeting (its room) the disclosure is of, and its title. */
  roomId: z.string(),
  title: z.string(),
  kind: DisclosureKind,
  /** The last day (`YYYY-MM-DD`, the council's time zone) to publish it; null while pending. */
  dueDate: z.string().nullable(),
  /** When it was published (ms); null while it is not. */
  publishedAt: z.number().nullable(),
  /** Its time on the board (公示期): days, first and last day (inclusive); null while not published. */
  board: z.object({ periodDays: z.number(), firstDay: z.string(), lastDay: z.string() }).nullable(),
  status: DisclosureStatus,
  /** Days from today to its due day (negative: overdue by that many); null while pending. */
  daysLeft: z.number().nullable(),
  /** Published after its due day. */
  late: z.boolean(),
});
export type DisclosureView = z.infer<typeof DisclosureView>;

/** A disclosure on the office's list, with its council. */
export const OfficeDisclosureView = DisclosureView.extend({ councilId: z.string(), councilName: z.string() });
export type OfficeDisclosureView = z.infer<typeof OfficeDisclosureView>;

/** The council's disclosure settings as they apply (its own, else 7 days each). */
export const DisclosureSettings = z.object({ disclosureDueDays: z.number(), disclosurePeriodDays: z.number() });
export type DisclosureSettings = z.infer<typeof DisclosureSettings>;

/**
 * A warning (not a refusal) about a meeting as called: `noticeShort`, a 村民会议 called `days` days
 * ahead, fewer than the `minimum` (10) the law asks (村民委员会组织法 art. 21).
 */
export const MeetingWarning = z.object({ code: z.literal('noticeShort'), days: z.number(), minimum: z.number() });
export type MeetingWarning = z.infer<typeof MeetingWarning>;

/**
 * Warnings about a meeting's call that still hold, on the call's answer and the meeting's view (a
 * 村民会议 called under 10 days ahead, art. 21): a warning never refuses the call.
 */
export const MeetingWarnings = z.array(MeetingWarning);

/**
 * What `CouncilSummary` (and so the board) adds for disclosures: the settings as they apply, and every
 * meeting's disclosures (决议公开, 实施结果公开) as of the answer, oldest meeting first.
 */
export const councilDisclosureFields = { settings: DisclosureSettings, disclosures: z.array(DisclosureView) };

/** The office report's: its councils' overdue disclosures (longest overdue first), and those still due (soonest first). */
export const OfficeDisclosures = z.object({
  overdue: z.array(OfficeDisclosureView),
  upcoming: z.array(OfficeDisclosureView),
});
