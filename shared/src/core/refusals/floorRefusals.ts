/** Refusals in both languages, for the queue and the floor (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const FLOOR_REFUSALS = refusalTable(
  {
    'queue.whose': 'Name the member (memberId) whose hand this is.',
    'queue.alreadyRaised': 'This hand is already raised.',
    'queue.notRaised': 'This hand is not raised.',
    'queue.hasFloor': 'This member has the floor already.',
    'queue.noPointsOfOrder': 'The meeting rules do not allow points of order.',
    'queue.turnCap': 'The meeting rules allow {{cap}} turn(s) per member on this item.',
    'queue.stale':
      'The floor or the queue changed before this arrived (someone acted first), so nothing was changed. Look again and retry if still needed.',
    'queue.empty': 'Nobody is waiting to speak.',
    'speaker.none': 'Nobody has the floor.',
    'speaker.alreadyPaused': 'The speaker’s time is already paused.',
    'speaker.notPaused': 'The speaker’s time is not paused.',
  },
  {
    'queue.whose': '请指明为哪位成员举手（memberId）。',
    'queue.alreadyRaised': '已经举手了。',
    'queue.notRaised': '还没有举手。',
    'queue.hasFloor': '这位成员正在发言。',
    'queue.noPointsOfOrder': '会议规则不允许提程序问题。',
    'queue.turnCap': '会议规则规定每人在本议题上最多发言 {{cap}} 次。',
    'queue.stale':
      '在这一操作送达之前，发言或排队情况已经变化（有人先操作了），因此未作任何改动。请重新查看，如仍需要再操作。',
    'queue.empty': '目前没有人排队等待发言。',
    'speaker.none': '当前没有人发言。',
    'speaker.alreadyPaused': '发言计时已经暂停。',
    'speaker.notPaused': '发言计时没有暂停。',
  },
);
