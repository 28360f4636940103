/** Refusals in both languages, for who may do what (the permission `decide` applies first; core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const ROLE_REFUSALS = refusalTable({
  'role.observer': { en: 'Observers can watch but not take part.', 'zh-CN': '旁听者只能观看，不能参与操作。' },
  'role.observerJoin': { en: 'Observers watch without joining as members.', 'zh-CN': '旁听者无需以成员身份加入。' },
  'role.hostOnly': { en: 'Only the host can do that.', 'zh-CN': '只有主持人可以这样做。' },
  'role.joinFirst': { en: 'Join the room with your name first.', 'zh-CN': '请先填写姓名加入议事室。' },
  'role.hostForOthers': { en: 'Only the host can act for someone else.', 'zh-CN': '只有主持人可以代他人操作。' },
  'role.hostEditsItem': { en: 'Only the host can edit this item.', 'zh-CN': '只有主持人可以修改这个议题。' },
  'role.hostSetsGroup': {
    en: 'Only the host can set another member’s group.',
    'zh-CN': '只有主持人可以设置他人的身份类别。',
  },
  'role.endTurn': {
    en: 'Only the host or the speaker can end this turn.',
    'zh-CN': '只有主持人或发言人本人可以结束这次发言。',
  },
  'role.actionSupervisor': { en: 'Only its supervisor can confirm it.', 'zh-CN': '只有监督人可以确认。' },
  'role.actionOwner': {
    en: 'Only the host or the owner of this action item can update it.',
    'zh-CN': '只有主持人或该事项的负责人可以更新它。',
  },
});
