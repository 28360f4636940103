/**
 * Why a command was refused, in both languages. Every refusal names a key here; the error value
 * carries the key and its parameters, so each client shows the reason in its own language, and
 * `message` carries the English text for logs and other clients. `{{name}}` marks a parameter.
 * The texts live by area in core/refusals/ (one `refusalTable` each, core/refusalTable.ts); a
 * council's and an office's refusals are council/councilRefusals.ts, read through the same lookup.
 */
import { hasOwnEntry } from './own.js';
import { AGENDA_REFUSALS } from './refusals/agendaRefusals.js';
import { BOUNDARY_REFUSALS } from './refusals/boundaryRefusals.js';
import { CONSENSUS_REFUSALS } from './refusals/consensusRefusals.js';
import { DOOR_REFUSALS } from './refusals/doorRefusals.js';
import { FLOOR_REFUSALS } from './refusals/floorRefusals.js';
import { FOLLOW_UP_REFUSALS } from './refusals/followUpRefusals.js';
import { MEETING_REFUSALS } from './refusals/meetingRefusals.js';
import { ROLE_REFUSALS } from './refusals/roleRefusals.js';
import { REPRESENTATION_REFUSALS } from './refusals/representationRefusals.js';
import { fillRefusal, type RefusalParams, type RefusalTable } from './refusalTable.js';
import type { Locale } from './vocabulary.js';

export type { RefusalParams } from './refusalTable.js';

/** Every refusal a room's doors and rules give: the areas' tables joined (a key in two fails refusals.test.ts). */
export const REFUSALS = {
  ...BOUNDARY_REFUSALS,
  ...DOOR_REFUSALS,
  ...ROLE_REFUSALS,
  ...MEETING_REFUSALS,
  ...AGENDA_REFUSALS,
  ...FLOOR_REFUSALS,
  ...CONSENSUS_REFUSALS,
  ...FOLLOW_UP_REFUSALS,
  ...REPRESENTATION_REFUSALS,
} satisfies RefusalTable;

/** The areas' tables of a room's refusals, for the test that no key is in two. */
export const ROOM_REFUSAL_AREAS = [
  BOUNDARY_REFUSALS,
  DOOR_REFUSALS,
  ROLE_REFUSALS,
  MEETING_REFUSALS,
  AGENDA_REFUSALS,
  FLOOR_REFUSALS,
  CONSENSUS_REFUSALS,
  FOLLOW_UP_REFUSALS,
  REPRESENTATION_REFUSALS,
] as const;

export type RefusalKey = keyof typeof REFUSALS;

/** Whether `key` is a room's refusal key (own keys only: `constructor` is none). */
export function isRefusalKey(key: string): key is RefusalKey {
  return hasOwnEntry(REFUSALS, key);
}

/** The refusal `key` in `locale`, with its parameters filled in. */
export function refusalText(key: RefusalKey, locale: Locale, params: RefusalParams = {}): string {
  return fillRefusal(REFUSALS[key], locale, params);
}
