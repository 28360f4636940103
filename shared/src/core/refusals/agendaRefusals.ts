/** Refusals in both languages, for the agenda and its facts (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const AGENDA_REFUSALS = refusalTable({
  'fact.unknown': { en: 'No such fact on this item.', 'zh-CN': '这个议题下没有这条事实。' },
  'fact.alreadyRetracted': { en: 'This fact was retracted already.', 'zh-CN': '这条事实已经撤回。' },
  'item.unknown': { en: 'No such agenda item.', 'zh-CN': '找不到这个议题。' },
  'item.rejected': { en: 'This topic was not taken up.', 'zh-CN': '这个议题未被采纳。' },
  'item.editNothing': {
    en: 'agenda.edit needs a title, description or timeboxSec to change.',
    'zh-CN': '请修改议题的标题、说明或时限中的至少一项。',
  },
  'item.notScheduled': { en: 'This item is not on the agenda.', 'zh-CN': '这个议题不在议程上。' },
  'item.reorderUnscheduled': {
    en: 'Only items on the agenda can be reordered.',
    'zh-CN': '只有议程上的议题可以调整顺序。',
  },
  'item.alreadyRejected': { en: 'This item was rejected already.', 'zh-CN': '这个议题已经被驳回。' },
  'item.activateRejected': {
    en: 'A rejected item cannot be discussed; schedule it first.',
    'zh-CN': '被驳回的议题不能讨论，请先把它排入议程。',
  },
  'item.alreadyActive': { en: 'This item is already being discussed.', 'zh-CN': '这个议题正在讨论中。' },
  'item.noneActive': { en: 'No item is being discussed.', 'zh-CN': '当前没有正在讨论的议题。' },
  'item.sameStep': { en: 'This item is already at “{{step}}”.', 'zh-CN': '这个议题已处于“{{step}}”阶段。' },
});
