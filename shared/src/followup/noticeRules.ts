/** Rules for the public notice (公示办理结果): the host puts it up and takes it down. */
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';

export function publish({ state }: RuleContext): Ruling {
  if (state.notice.published) return refuse('conflict', 'notice.publishedAlready');
  return accept([{ type: 'notice.published' }]);
}

export function unpublish({ state }: RuleContext): Ruling {
  if (!state.notice.published) return refuse('conflict', 'notice.notPublished');
  return accept([{ type: 'notice.unpublished' }]);
}
