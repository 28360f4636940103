/** Rules for the draft resolution: the host locks and unlocks it, and saves named versions of its text. */
import { findItem } from '../agenda/agendaRules.js';
import { openRoundOf } from '../consensus/consensusRules.js';
import type { CommandOf } from '../model/commands.js';
import type { EventBody } from '../model/events.js';
import { accept, nextId, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { commandRules, type MayContext } from '../model/commandRules.js';

export function lock({ state }: RuleContext, command: CommandOf<'draft.lock'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  if (found.value.draftLocked) return refuse('conflict', 'draft.alreadyLocked');
  return accept([{ type: 'draft.locked', itemId: command.itemId }]);
}

/** Unlocking a draft under an open round voids the round: its votes were for the frozen text. */
export function unlock({ state }: RuleContext, command: CommandOf<'draft.unlock'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  if (!found.value.draftLocked) return refuse('conflict', 'draft.notLocked');
  const open = openRoundOf(state, found.value);
  const events: EventBody[] = open ? [{ type: 'consensus.voided', roundId: open.id }] : [];
  events.push({ type: 'draft.unlocked', itemId: command.itemId });
  return accept(events);
}

/** Saves the draft's current text under a name, from the same server rendering a round freezes. */
export function saveVersion({ state, inputs }: RuleContext, command: CommandOf<'draft.saveVersion'>): Ruling {
  const barred = maySaveVersion({ state }, command);
  if (barred) return barred;
  const frozen = inputs.frozenDraft;
  if (!frozen) return refuse('internal', 'server.draftUnreadable');
  const versionId = nextId(state, 'v');
  return accept(
    [{ type: 'draft.versionSaved', itemId: command.itemId, versionId, name: command.name, text: frozen.text }],
    versionId,
  );
}

/** Whether a version of item `itemId`'s draft may be saved now, before the server reads the draft: the item exists. */
export function maySaveVersion({ state }: Pick<MayContext, 'state'>, { itemId }: { itemId: string }): Ruling | null {
  const found = findItem(state, itemId);
  return found.ok ? null : found.decision;
}

/** The draft's commands: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const DRAFT_COMMANDS = commandRules({
  'draft.lock': { access: 'host', rule: lock },
  'draft.unlock': { access: 'host', rule: unlock },
  'draft.saveVersion': { access: 'host', may: maySaveVersion, rule: saveVersion },
});
