/** Refusals in both languages, for the queue and the floor (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const FLOOR_REFUSALS = refusalTable({
  'queue.whose': {
    en: 'Name the member (memberId) whose hand this is.',
    'zh-CN': '请指明为哪位成员举手（memberId）。',
  },
  'queue.alreadyRaised': { en: 'This hand is already raised.', 'zh-CN': '已经举手了。' },
  'queue.notRaised': { en: 'This hand is not raised.', 'zh-CN': '还没有举手。' },
  'queue.hasFloor': { en: 'This member has the floor already.', 'zh-CN': '这位成员正在发言。' },
  'queue.noPointsOfOrder': {
    en: 'The meeting rules do not allow points of order.',
    'zh-CN': '会议规则不允许提程序问题。',
  },
  'queue.turnCap': {
    en: 'The meeting rules allow {{cap}} turn(s) per member on this item.',
    'zh-CN': '会议规则规定每人在本议题上最多发言 {{cap}} 次。',
  },
  'queue.stale': {
    en: 'The floor or the queue changed before this arrived (someone acted first), so nothing was changed. Look again and retry if still needed.',
    'zh-CN':
      '在这一操作送达之前，发言或排队情况已经变化（有人先操作了），因此未作任何改动。请重新查看，如仍需要再操作。',
  },
  'queue.empty': { en: 'Nobody is waiting to speak.', 'zh-CN': '目前没有人排队等待发言。' },
  'speaker.none': { en: 'Nobody has the floor.', 'zh-CN': '当前没有人发言。' },
  'speaker.alreadyPaused': { en: 'The speaker’s time is already paused.', 'zh-CN': '发言计时已经暂停。' },
  'speaker.notPaused': { en: 'The speaker’s time is not paused.', 'zh-CN': '发言计时没有暂停。' },
});
