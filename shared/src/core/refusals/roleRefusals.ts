/** Refusals in both languages, for who may do what (the permission `decide` applies first; core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const ROLE_REFUSALS = refusalTable(
  {
    'role.observer': 'Observers can watch but not take part.',
    'role.observerJoin': 'Observers watch without joining as members.',
    'role.hostOnly': 'Only the host can do that.',
    'role.joinFirst': 'Join the room with your name first.',
    'role.hostForOthers': 'Only the host can act for someone else.',
    'role.hostEditsItem': 'Only the host can edit this item.',
    'role.hostSetsGroup': 'Only the host can set another member’s group.',
    'role.endTurn': 'Only the host or the speaker can end this turn.',
    'role.actionSupervisor': 'Only its supervisor can confirm it.',
    'role.actionOwner': 'Only the host or the owner of this action item can update it.',
  },
  {
    'role.observer': '旁听者只能观看，不能参与操作。',
    'role.observerJoin': '旁听者无需以成员身份加入。',
    'role.hostOnly': '只有主持人可以这样做。',
    'role.joinFirst': '请先填写姓名加入议事室。',
    'role.hostForOthers': '只有主持人可以代他人操作。',
    'role.hostEditsItem': '只有主持人可以修改这个议题。',
    'role.hostSetsGroup': '只有主持人可以设置他人的身份类别。',
    'role.endTurn': '只有主持人或发言人本人可以结束这次发言。',
    'role.actionSupervisor': '只有监督人可以确认。',
    'role.actionOwner': '只有主持人或该事项的负责人可以更新它。',
  },
);
