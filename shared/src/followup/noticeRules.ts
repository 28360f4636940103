/** Rules for the public notice (公示办理结果): the host puts it up and takes it down. */
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { commandRules } from '../model/commandRules.js';
import type { CommandOf } from '../model/commands.js';

/**
 * The period a notice stays on the board unless the host or the council says otherwise (days). Here,
 * not in noticePeriod.ts, so the phone's `decide` does not carry the period's date helpers.
 */
export const DISCLOSURE_PERIOD_DAYS = 7;

/**
 * Publishes the notice for the period the host gave, else the council's default (`inputs`, read by
 * the server), else 7 days: the period is fixed when it is published, whatever the council says later.
 */
export function publish({ state, inputs }: RuleContext, command: CommandOf<'notice.publish'>): Ruling {
  if (state.notice.published) return refuse('conflict', 'notice.publishedAlready');
  const periodDays = command.periodDays ?? inputs.noticePeriodDays ?? DISCLOSURE_PERIOD_DAYS;
  return accept([{ type: 'notice.published', periodDays }]);
}

export function unpublish({ state }: RuleContext): Ruling {
  if (!state.notice.published) return refuse('conflict', 'notice.notPublished');
  return accept([{ type: 'notice.unpublished' }]);
}

/** The notice's commands: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const NOTICE_COMMANDS = commandRules({
  'notice.publish': { access: 'host', rule: publish },
  'notice.unpublish': { access: 'host', rule: unpublish },
});
