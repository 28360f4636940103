/** Rules for the agenda (定议题 · 定议程) and each item's six steps (六步). */
import type { CommandOf } from '../model/commands.js';
import { accept, findOwn, nextId, refuse, type Found, type Ruling, type RuleContext } from '../model/ruling.js';
import type { EventBody } from '../model/events.js';
import type { AgendaItem, RoomState } from '../model/state.js';
import { ITEM_STEPS } from '../core/vocabularyLists.js';
import type { ItemStep } from '../core/vocabulary.js';
import { commandRules, type MayContext } from '../model/commandRules.js';

/** The room's own item `itemId`, or `not_found`. */
export function findItem(state: RoomState, itemId: string): Found<AgendaItem> {
  return findOwn(state.items, itemId, 'item.unknown');
}

/** Moves an item forward to `step`, never back (六步 run in order). */
export function advance(item: AgendaItem, step: ItemStep): EventBody[] {
  return ITEM_STEPS.indexOf(item.step) < ITEM_STEPS.indexOf(step)
    ? [{ type: 'agenda.stepSet', itemId: item.id, step }]
    : [];
}

/** Whether an item may be proposed now, before its title is read: not once the meeting has closed. */
export function mayPropose({ state }: Pick<MayContext, 'state'>): Ruling | null {
  return state.phase === 'closed' ? refuse('conflict', 'room.closed') : null;
}

export function propose({ state, actor }: RuleContext, command: CommandOf<'agenda.propose'>): Ruling {
  const barred = mayPropose({ state });
  if (barred) return barred;
  const itemId = nextId(state, 'i');
  const description = command.description ?? '';
  return accept(
    [
      {
        type: 'agenda.proposed',
        itemId,
        title: command.title,
        description,
        proposedBy: actor.memberId,
        category: command.category ?? null,
      },
    ],
    itemId,
  );
}

/** Supporting twice withdraws the support, so one button toggles it. */
export function support({ state, actor }: RuleContext, command: CommandOf<'agenda.support'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  if (found.value.status === 'rejected') return refuse('conflict', 'item.rejected');
  const memberId = actor.memberId!;
  const type = found.value.supporters.includes(memberId) ? 'agenda.unsupported' : 'agenda.supported';
  return accept([{ type, itemId: command.itemId, memberId }]);
}

/** The host edits any item; whoever proposed it may edit it while it is still only proposed. */
export function edit({ state, actor }: RuleContext, command: CommandOf<'agenda.edit' | 'agenda.update'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  const item = found.value;
  const ownProposal = item.proposedBy !== null && item.proposedBy === actor.memberId && item.status === 'proposed';
  if (actor.role !== 'host' && !ownProposal) return refuse('forbidden', 'role.hostEditsItem');
  const { title, description, timeboxSec, category } = command;
  if (title === undefined && description === undefined && timeboxSec === undefined && category === undefined) {
    return refuse('invalid', 'item.editNothing');
  }
  return accept([
    {
      type: 'agenda.edited',
      itemId: item.id,
      title: command.title ?? item.title,
      description: command.description ?? item.description,
      timeboxSec: command.timeboxSec === undefined ? item.timeboxSec : command.timeboxSec,
      category: category === undefined ? item.category : category,
    },
  ]);
}

/** Puts an item on the agenda at `position` (default: the end); an item already there moves. */
export function schedule({ state }: RuleContext, command: CommandOf<'agenda.schedule'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  const itemId = command.itemId;
  if (found.value.status === 'scheduled') {
    return accept([{ type: 'agenda.reordered', itemId, position: clamp(command.position, state.agenda.length - 1) }]);
  }
  return accept([{ type: 'agenda.scheduled', itemId, position: clamp(command.position, state.agenda.length) }]);
}

export function unschedule({ state }: RuleContext, command: CommandOf<'agenda.unschedule'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  if (found.value.status !== 'scheduled') return refuse('conflict', 'item.notScheduled');
  return accept([...deactivateIfActive(state, command.itemId), { type: 'agenda.unscheduled', itemId: command.itemId }]);
}

export function reorder({ state }: RuleContext, command: CommandOf<'agenda.reorder'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  if (found.value.status !== 'scheduled') return refuse('conflict', 'item.reorderUnscheduled');
  const position = clamp(command.position, state.agenda.length - 1);
  return accept([{ type: 'agenda.reordered', itemId: command.itemId, position }]);
}

export function reject({ state }: RuleContext, command: CommandOf<'agenda.reject'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  if (found.value.status === 'rejected') return refuse('conflict', 'item.alreadyRejected');
  const itemId = command.itemId;
  return accept([...deactivateIfActive(state, itemId), { type: 'agenda.rejected', itemId, reason: command.reason }]);
}

/**
 * Makes one item the one being discussed: the previous one is deactivated, a proposed item is put
 * on the agenda, and an item still collecting or investigating moves on to deliberating.
 */
export function activate({ state }: RuleContext, command: CommandOf<'agenda.activate'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  const item = found.value;
  if (item.status === 'rejected') return refuse('conflict', 'item.activateRejected');
  if (state.activeItemId === item.id) return refuse('conflict', 'item.alreadyActive');
  const events: EventBody[] = [];
  if (state.activeItemId) events.push({ type: 'agenda.deactivated', itemId: state.activeItemId });
  if (item.status === 'proposed')
    events.push({ type: 'agenda.scheduled', itemId: item.id, position: state.agenda.length });
  events.push(...advance(item, 'deliberating'));
  events.push({ type: 'agenda.activated', itemId: item.id });
  return accept(events);
}

export function deactivate({ state }: RuleContext): Ruling {
  if (!state.activeItemId) return refuse('conflict', 'item.noneActive');
  return accept([{ type: 'agenda.deactivated', itemId: state.activeItemId }]);
}

export function setStep({ state }: RuleContext, command: CommandOf<'agenda.setStep'>): Ruling {
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  if (found.value.step === command.step) return refuse('conflict', 'item.sameStep', { step: command.step });
  return accept([{ type: 'agenda.stepSet', itemId: command.itemId, step: command.step }]);
}

/** Whether a fact may be added to item `itemId` now, before its text is read: the item exists and is not rejected. */
export function mayAddFact({ state }: Pick<MayContext, 'state'>, { itemId }: { itemId: string }): Ruling | null {
  const found = findItem(state, itemId);
  if (!found.ok) return found.decision;
  return found.value.status === 'rejected' ? refuse('conflict', 'item.rejected') : null;
}

/** A fact with its source (明事); the first one moves a collecting item on to investigating. */
export function addFact({ state }: RuleContext, command: CommandOf<'agenda.addFact'>): Ruling {
  const barred = mayAddFact({ state }, command);
  if (barred) return barred;
  const found = findItem(state, command.itemId);
  if (!found.ok) return found.decision;
  const itemId = command.itemId;
  const factId = nextId(state, 'f');
  const events: EventBody[] = [
    { type: 'agenda.factAdded', itemId, factId, text: command.text, source: command.source ?? '' },
  ];
  if (found.value.step === 'collecting') events.push({ type: 'agenda.stepSet', itemId, step: 'investigating' });
  return accept(events, factId);
}

/** The host withdraws a wrong fact (明事 must be true); it stays in the record, marked retracted. */
export function retractFact({ state }: RuleContext, command: CommandOf<'agenda.retractFact'>): Ruling {
  const barred = mayRetractFact({ state }, command);
  if (barred) return barred;
  const { itemId, factId } = command;
  return accept([{ type: 'agenda.factRetracted', itemId, factId, reason: command.reason }]);
}

/** Whether fact `factId` of item `itemId` may be retracted now, before the reason is read: it exists and stands. */
export function mayRetractFact(
  { state }: Pick<MayContext, 'state'>,
  target: { itemId: string; factId: string },
): Ruling | null {
  const found = findItem(state, target.itemId);
  if (!found.ok) return found.decision;
  const fact = found.value.facts.find((f) => f.id === target.factId);
  if (!fact) return refuse('not_found', 'fact.unknown');
  return fact.retracted ? refuse('conflict', 'fact.alreadyRetracted') : null;
}

function deactivateIfActive(state: RoomState, itemId: string): EventBody[] {
  return state.activeItemId === itemId ? [{ type: 'agenda.deactivated', itemId }] : [];
}

/** A requested position, or the end, never past `max`. */
function clamp(position: number | undefined, max: number): number {
  return Math.max(0, Math.min(position ?? max, max));
}

/** The agenda's commands: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const AGENDA_COMMANDS = commandRules({
  'agenda.propose': { access: 'member', may: mayPropose, rule: propose },
  'agenda.support': { access: 'member', rule: support },
  'agenda.edit': { access: 'memberOrHost', rule: edit },
  'agenda.update': { access: 'memberOrHost', rule: edit },
  'agenda.schedule': { access: 'host', rule: schedule },
  'agenda.unschedule': { access: 'host', rule: unschedule },
  'agenda.reorder': { access: 'host', rule: reorder },
  'agenda.reject': { access: 'host', rule: reject },
  'agenda.activate': { access: 'host', rule: activate },
  'agenda.deactivate': { access: 'host', rule: deactivate },
  'agenda.setStep': { access: 'host', rule: setStep },
  'agenda.addFact': { access: 'memberOrHost', may: mayAddFact, rule: addFact },
  'agenda.retractFact': { access: 'host', may: mayRetractFact, rule: retractFact },
});
