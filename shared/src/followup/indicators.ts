/**
 * Indicators computed from the record, shown beside the scorecard so that scores can be checked
 * against what happened: who came, who spoke and how evenly, what was decided, what was carried out.
 * Shares are fractions from 0 to 1, null when there is nothing to divide by. Pure.
 */
import { z } from 'zod';
import { own, ownEntries } from '../core/own.js';
import { actionsOf, isDoneOnTime, isOverdue } from './actions.js';
import { roomTimeZone } from '../meeting/roomTimeZone.js';
import { participation } from '../queue/participation.js';
import { attendingMembers, type RoomState } from '../model/state.js';
import type { Presence } from '../core/vocabulary.js';

/** A fraction from 0 to 1, null when there is nothing to divide by. */
const fraction = z.number().nullable();

export const GroupSpeaking = z.object({
  /** The group's name; the empty string for members without one. */
  group: z.string(),
  members: z.number(),
  spokenMs: z.number(),
  /** The group's part of all time spoken. */
  share: fraction,
});
export type GroupSpeaking = z.infer<typeof GroupSpeaking>;

const PresenceSpeaking = z.object({ members: z.number(), spokenMs: z.number(), share: fraction });

export const MeetingIndicators = z.object({
  attendance: z.object({ total: z.number(), inRoom: z.number(), remote: z.number() }),
  speaking: z.object({
    distinctSpeakers: z.number(),
    /** Members who spoke at least once, of all members. */
    speakerShare: fraction,
    turns: z.number(),
    spokenMs: z.number(),
    /** The part of all time spoken that the member who spoke longest took. */
    topSpeakerShare: fraction,
    /** Gini coefficient of time spoken over all members, silent ones included: 0 is even, near 1 is one voice. */
    memberGini: fraction,
    byGroup: z.array(GroupSpeaking),
    /** Gini coefficient of each group's time per member, so a group is not counted as dominant for being large. */
    groupGini: fraction,
    byPresence: z.object({ in_room: PresenceSpeaking, remote: PresenceSpeaking }),
  }),
  decisions: z.object({ recorded: z.number(), adopted: z.number(), adoptedShare: fraction }),
  actions: z.object({
    total: z.number(),
    /** Adopted decisions with at least one action item, of all adopted decisions. */
    adoptedWithActions: z.number(),
    adoptedWithActionsShare: fraction,
    done: z.number(),
    overdue: z.number(),
    /** Items that have come due: done, or past their due date. */
    due: z.number(),
    doneOnTime: z.number(),
    /** Done on or before the due date, of the items that have come due. */
    doneOnTimeShare: fraction,
  }),
});
export type MeetingIndicators = z.infer<typeof MeetingIndicators>;

/**
 * The Gini coefficient of non-negative values: G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), computed on the
 * sorted values as G = 2 Σᵢ i·x₍ᵢ₎ / (n Σ x) − (n + 1) / n with i from 1. 0 when all are equal;
 * (n − 1) / n when one value holds everything. Null for no values or a zero sum.
 */
export function gini(values: readonly number[]): number | null {
  const n = values.length;
  const sum = values.reduce((a, b) => a + b, 0);
  if (n === 0 || sum === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((acc, x, i) => acc + (i + 1) * x, 0);
  return Math.max(0, (2 * weighted) / (n * sum) - (n + 1) / n);
}

/** The indicators at server time `now` (a turn in progress counts as far as it has gone). */
export function meetingIndicators(state: RoomState, now: number): MeetingIndicators {
  return {
    attendance: attendanceOf(state),
    speaking: speakingOf(state, now),
    decisions: decisionsOf(state),
    actions: actionFigures(state, now),
  };
}

function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Who came: every member who attended (removed ones included; one seated in advance only once they
 * arrived, `attendingMembers`), in the room and remote.
 */
export function attendanceOf(state: Pick<RoomState, 'members'>): MeetingIndicators['attendance'] {
  const members = attendingMembers(state);
  const inRoom = members.filter((m) => m.presence === 'in_room').length;
  return { total: members.length, inRoom, remote: members.length - inRoom };
}

function speakingOf(state: RoomState, now: number): MeetingIndicators['speaking'] {
  const figures = participation(state, now);
  // Shares are of the people who came: a roster member who never arrived had no chance to speak.
  const members = attendingMembers(state);
  const spokenMs = figures.total.spokenMs;
  const perMember = members.map((m) => own(figures.byMember, m.id)?.spokenMs ?? 0);
  const groups = new Map<string, { members: number; spokenMs: number }>();
  for (const [i, member] of members.entries()) {
    const group = groups.get(member.group ?? '') ?? { members: 0, spokenMs: 0 };
    groups.set(member.group ?? '', { members: group.members + 1, spokenMs: group.spokenMs + perMember[i]! });
  }
  const byGroup = [...groups.entries()].map(([group, g]) => ({ group, ...g, share: shareOf(g.spokenMs, spokenMs) }));
  const presence = (p: Presence) => {
    const count = members.filter((m) => m.presence === p).length;
    return {
      members: count,
      spokenMs: figures.byPresence[p].spokenMs,
      share: shareOf(figures.byPresence[p].spokenMs, spokenMs),
    };
  };
  return {
    distinctSpeakers: figures.distinctSpeakers,
    speakerShare: shareOf(figures.distinctSpeakers, members.length),
    turns: figures.total.turns,
    spokenMs,
    topSpeakerShare: shareOf(Math.max(0, ...perMember), spokenMs),
    memberGini: gini(perMember),
    byGroup,
    groupGini: gini(byGroup.map((g) => g.spokenMs / g.members)),
    byPresence: { in_room: presence('in_room'), remote: presence('remote') },
  };
}

function decisionsOf(state: RoomState): MeetingIndicators['decisions'] {
  const recorded = state.decisionOrder.length;
  const adopted = ownEntries(state.decisions, state.decisionOrder).filter((d) => d.outcome === 'adopted').length;
  return { recorded, adopted, adoptedShare: shareOf(adopted, recorded) };
}

function actionFigures(state: RoomState, now: number): MeetingIndicators['actions'] {
  const timeZone = roomTimeZone(state);
  const actions = ownEntries(state.actions, state.actionOrder);
  const adopted = state.decisionOrder.filter((id) => own(state.decisions, id)?.outcome === 'adopted');
  const adoptedWithActions = adopted.filter((id) => actionsOf(state, id).length > 0).length;
  const done = actions.filter((a) => a.status === 'done').length;
  const overdue = actions.filter((a) => isOverdue(a, now, timeZone)).length;
  const doneOnTime = actions.filter((a) => isDoneOnTime(a, timeZone)).length;
  return {
    total: actions.length,
    adoptedWithActions,
    adoptedWithActionsShare: shareOf(adoptedWithActions, adopted.length),
    done,
    overdue,
    due: done + overdue,
    doneOnTime,
    doneOnTimeShare: shareOf(doneOnTime, done + overdue),
  };
}
