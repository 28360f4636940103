/** Refusals in both languages, for the agenda and its facts (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const AGENDA_REFUSALS = refusalTable(
  {
    'fact.unknown': 'No such fact on this item.',
    'fact.alreadyRetracted': 'This fact was retracted already.',
    'item.unknown': 'No such agenda item.',
    'item.rejected': 'This topic was not taken up.',
    'item.editNothing': 'agenda.edit needs a title, description or timeboxSec to change.',
    'item.notScheduled': 'This item is not on the agenda.',
    'item.reorderUnscheduled': 'Only items on the agenda can be reordered.',
    'item.alreadyRejected': 'This item was rejected already.',
    'item.activateRejected': 'A rejected item cannot be discussed; schedule it first.',
    'item.alreadyActive': 'This item is already being discussed.',
    'item.noneActive': 'No item is being discussed.',
    'item.sameStep': 'This item is already at “{{step}}”.',
  },
  {
    'fact.unknown': '这个议题下没有这条事实。',
    'fact.alreadyRetracted': '这条事实已经撤回。',
    'item.unknown': '找不到这个议题。',
    'item.rejected': '这个议题未被采纳。',
    'item.editNothing': '请修改议题的标题、说明或时限中的至少一项。',
    'item.notScheduled': '这个议题不在议程上。',
    'item.reorderUnscheduled': '只有议程上的议题可以调整顺序。',
    'item.alreadyRejected': '这个议题已经被驳回。',
    'item.activateRejected': '被驳回的议题不能讨论，请先把它排入议程。',
    'item.alreadyActive': '这个议题正在讨论中。',
    'item.noneActive': '当前没有正在讨论的议题。',
    'item.sameStep': '这个议题已处于“{{step}}”阶段。',
  },
);
