/** Rules for the public notice (公示办理结果): the host puts it up and takes it down. */
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { commandRules } from '../model/commandRules.js';

export function publish({ state }: RuleContext): Ruling {
  if (state.notice.published) return refuse('conflict', 'notice.publishedAlready');
  return accept([{ type: 'notice.published' }]);
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
