/**
 * A roster import judged against the council (`POST /api/councils/:councilId/roster/import`): each
 * row of the file matched to a roster member (by name and household, `nameKey`), its problems, and
 * what importing it does. The file is the record for the columns it has: a column it lacks leaves
 * that field as it is. Rows with an error are left out; a warning (a group not on the roster yet)
 * is shown and imported. Importing the same file again finds every row unchanged. Pure.
 */
import { LIMITS } from '../core/limits.js';
import { nameText, optionalNameText } from '../core/names.js';
import { nameKey } from '../core/normalizeName.js';
import { own } from '../core/own.js';
import { councilError } from './councilRefusals.js';
import type { CouncilEventBody } from './councilEvents.js';
import type { CouncilRuling } from './councilRules.js';
import type { CouncilMember, CouncilState } from './councilState.js';
import { readRepresentative, type RosterSheet, type RosterSheetRow } from './rosterSheet.js';

/** Rows one import takes (a large village's adults); the file's bytes are capped by the route. */
export const ROSTER_MAX_ROWS = 2000;

/** A row's problem: errors leave the row out, warnings do not. */
export const ROSTER_PROBLEMS = {
  nameMissing: 'error',
  nameInvalid: 'error',
  fieldTooLong: 'error',
  duplicate: 'error',
  phoneInvalid: 'error',
  representativeUnclear: 'error',
  representativeWithoutHousehold: 'error',
  secondRepresentative: 'error',
  newGroup: 'warning',
} as const;
export type RosterProblemKey = keyof typeof ROSTER_PROBLEMS;

/** A problem of one row, with what its sentence names (the first row of a duplicate, the household). */
export interface RosterProblem {
  key: RosterProblemKey;
  params?: { line?: number; household?: string; group?: string; column?: string };
}

/** What importing the row does: a new member, a change to one, nothing, or left out (an error). */
export type RosterOutcome = 'join' | 'update' | 'same' | 'skip';

/** One row judged. `memberId` is the matched member's (null for a new one or a skipped row). */
export interface RosterPlanRow {
  line: number;
  name: string;
  group: string | null;
  household: string | null;
  representative: boolean;
  /** As written, digits and + only; validated, not stored (no personal data the meeting does not need). */
  phone: string | null;
  outcome: RosterOutcome;
  memberId: string | null;
  problems: RosterProblem[];
}

/** A mobile (11 digits from 1), a landline with or without its area code, or an international number. */
// Made once: a zod schema is compiled on first use, too slow to make again for each of 2,000 rows.
const NAME = nameText(LIMITS.name);
const TEXT = { group: optionalNameText(LIMITS.group), household: optionalNameText(LIMITS.household) };

const PHONE = /^(1\d{10}|0\d{9,11}|\d{7,8}|\+\d{8,15})$/;
const identity = (name: string, household: string | null) =>
  `${nameKey(name)}\u0000${household ? nameKey(household) : ''}`;

/** Judges every row of `sheet` against `state`'s roster. */
export function planRosterImport(state: CouncilState, sheet: RosterSheet): RosterPlanRow[] {
  const has = new Set(sheet.columns);
  const members = Object.values(state.members).sort((a, b) => a.joinedAt - b.joinedAt);
  const byIdentity = new Map<string, CouncilMember>();
  for (const m of members)
    if (!byIdentity.has(identity(m.name, m.household ?? null)))
      byIdentity.set(identity(m.name, m.household ?? null), m);
  const knownGroups = new Set(members.flatMap((m) => (m.group ? [nameKey(m.group)] : [])));
  const seen = new Map<string, number>();
  const matched = new Set<string>();
  const rows = sheet.rows.map((row) => judgeRow(row, has, members, byIdentity, seen, matched));
  for (const row of rows) {
    if (row.group && !knownGroups.has(nameKey(row.group)))
      row.problems.push({ key: 'newGroup', params: { group: row.group } });
  }
  markSecondRepresentatives(rows, members, matched);
  for (const row of rows) row.outcome = outcomeOf(row, state);
  return rows;
}

function judgeRow(
  { line, cells }: RosterSheetRow,
  has: Set<string>,
  members: readonly CouncilMember[],
  byIdentity: Map<string, CouncilMember>,
  seen: Map<string, number>,
  matched: Set<string>,
): RosterPlanRow {
  const problems: RosterProblem[] = [];
  const name = NAME.safeParse(cells.name ?? '');
  if (!name.success) problems.push({ key: (cells.name ?? '').trim() === '' ? 'nameMissing' : 'nameInvalid' });
  const text = (column: 'group' | 'household') => {
    const read = TEXT[column].safeParse(cells[column] ?? '');
    if (!read.success) problems.push({ key: 'fieldTooLong', params: { column } });
    return read.success && read.data !== '' ? read.data : null;
  };
  const group = text('group');
  const household = text('household');
  const representative = readRepresentative(cells.representative ?? '');
  if (representative === null) problems.push({ key: 'representativeUnclear' });
  if (representative && !household) problems.push({ key: 'representativeWithoutHousehold' });
  const phone = (cells.phone ?? '').replace(/[\s\-()（）]/gu, '');
  if (phone !== '' && !PHONE.test(phone)) problems.push({ key: 'phoneInvalid' });
  const row: RosterPlanRow = {
    line,
    name: name.success ? name.data : (cells.name ?? '').trim(),
    group: has.has('group') ? group : null,
    household: has.has('household') ? household : null,
    representative: representative === true,
    phone: phone === '' ? null : phone,
    outcome: 'skip',
    memberId: null,
    problems,
  };
  if (!name.success) return row;
  const key = identity(row.name, household);
  const first = seen.get(key);
  if (first !== undefined) {
    problems.push({ key: 'duplicate', params: { line: first } });
    return row;
  }
  seen.set(key, line);
  const member = byIdentity.get(key) ?? onlyWithoutHousehold(members, row.name, household, matched);
  if (member && !matched.has(member.id)) {
    matched.add(member.id);
    row.memberId = member.id;
  }
  // A column the file lacks leaves the member's field as it is.
  if (member && !has.has('group')) row.group = member.group;
  if (member && !has.has('household')) row.household = member.household ?? null;
  if (member && !has.has('representative')) row.representative = member.representative === true;
  return row;
}

/** A row with a household matches the one member of that name who has none yet (they joined by name). */
function onlyWithoutHousehold(
  members: readonly CouncilMember[],
  name: string,
  household: string | null,
  matched: Set<string>,
): CouncilMember | undefined {
  if (!household) return undefined;
  const same = members.filter((m) => nameKey(m.name) === nameKey(name) && !m.household && !matched.has(m.id));
  return same.length === 1 ? same[0] : undefined;
}

/** One representative a household: a second one (in the file, or besides a member the file leaves alone) is an error. */
function markSecondRepresentatives(rows: RosterPlanRow[], members: readonly CouncilMember[], matched: Set<string>) {
  const taken = new Map<string, number | null>();
  for (const m of members) {
    if (m.representative && m.household && !matched.has(m.id)) taken.set(nameKey(m.household), null);
  }
  for (const row of rows) {
    if (!row.representative || !row.household || isError(row)) continue;
    const key = nameKey(row.household);
    if (taken.has(key)) {
      const line = taken.get(key);
      row.problems.push({
        key: 'secondRepresentative',
        params: { household: row.household, ...(line ? { line } : {}) },
      });
    } else taken.set(key, row.line);
  }
}

const isError = (row: RosterPlanRow) => row.problems.some((p) => ROSTER_PROBLEMS[p.key] === 'error');

function outcomeOf(row: RosterPlanRow, state: CouncilState): RosterOutcome {
  if (isError(row)) return 'skip';
  const member = row.memberId ? own(state.members, row.memberId) : undefined;
  if (!member) return 'join';
  const same =
    member.group === row.group &&
    (member.household ?? null) === row.household &&
    (member.representative === true) === row.representative;
  return same ? 'same' : 'update';
}

/**
 * The events of an import (`plan` made against this `state`): one `council.memberJoined` for each
 * new member (id `cm<seq>`, the seq its event gets; its secret's hash from `secretHashFor`, the
 * server's), one `council.memberUpdated` for each change; refused `council.unchanged` when nothing changes.
 */
export function decideRosterImport(
  state: CouncilState,
  plan: readonly RosterPlanRow[],
  secretHashFor: (memberId: string) => string,
): CouncilRuling {
  const events: CouncilEventBody[] = [];
  for (const row of plan) {
    const { name, group, household, representative } = row;
    if (row.outcome === 'join') {
      const memberId = `cm${state.seq + events.length + 1}`;
      events.push({
        type: 'council.memberJoined',
        memberId,
        name,
        group,
        household,
        ...(representative ? { representative } : {}),
        expert: false,
        supervisor: false,
        host: false,
        secretHash: secretHashFor(memberId),
      });
    } else if (row.outcome === 'update' && row.memberId) {
      const expert = own(state.members, row.memberId)?.expert ?? false;
      events.push({ type: 'council.memberUpdated', memberId: row.memberId, group, expert, household, representative });
    }
  }
  if (events.length === 0) return { ok: false, error: councilError('conflict', 'council.unchanged') };
  return { ok: true, events };
}
