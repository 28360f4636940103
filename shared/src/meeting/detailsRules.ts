/** Rules for the meeting's facts on record (定主事): place, form, time, time zone. */
import type { CommandOf } from '../model/commands.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { commandRules } from '../model/commandRules.js';

/** Fields left out keep their value; an empty text or null clears one. */
export function setDetails({ state }: RuleContext, command: CommandOf<'room.setDetails'>): Ruling {
  const { type: _type, ...changes } = command;
  if (Object.keys(changes).length === 0) return refuse('invalid', 'details.nothing');
  const current = state.details;
  const details = {
    place: changes.place === undefined ? current.place : changes.place || null,
    kind: changes.kind === undefined ? current.kind : changes.kind || null,
    scheduledAt: changes.scheduledAt === undefined ? current.scheduledAt : changes.scheduledAt,
    timeZone: changes.timeZone === undefined ? current.timeZone : changes.timeZone || null,
  };
  return accept([{ type: 'room.detailsSet', details }]);
}

/** The meeting's details on record, its time zone among them: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const DETAILS_COMMANDS = commandRules({
  'room.setDetails': { access: 'host', rule: setDetails },
});
