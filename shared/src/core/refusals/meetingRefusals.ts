/** Refusals in both languages, for the room, its details, members and rules (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const MEETING_REFUSALS = refusalTable({
  'room.closed': { en: 'The meeting is closed.', 'zh-CN': '会议已结束。' },
  'room.samePhase': { en: 'The meeting is already {{phase}}.', 'zh-CN': '会议当前已是“{{phase}}”。' },
  'room.badPhaseMove': {
    en: 'The meeting cannot go from {{from}} to {{to}}.',
    'zh-CN': '会议不能从“{{from}}”转为“{{to}}”。',
  },
  'room.nameNeeded': {
    en: 'A name of 1 to {{max}} characters is needed to join.',
    'zh-CN': '加入需要填写 1 到 {{max}} 个字的姓名。',
  },
  'rules.nothing': { en: 'rules.set needs at least one rule to change.', 'zh-CN': '请至少修改一条会议规则。' },
  'rules.presetFixes': {
    en: 'The chosen preset fixes {{rule}} as the law gives it: leave it out, or choose the custom rules.',
    'zh-CN': '所选会议类型已按法律规定确定了 {{rule}}：请不要另行修改，或改用自定规则。',
  },
  'rules.majorityNeedsEligible': {
    en: 'A share of all who are entitled needs their number (eligibleCount).',
    'zh-CN': '按应到人数计算表决比例时，需要先填写应到人数（eligibleCount）。',
  },
  'attendance.notArrived': {
    en: 'This member has not come to the meeting, so they cannot leave it.',
    'zh-CN': '这位成员尚未到会，无法登记离会。',
  },
  'attendance.departedAlready': { en: 'This member has left already.', 'zh-CN': '这位成员已登记离会。' },
  'attendance.notDeparted': { en: 'This member has not left.', 'zh-CN': '这位成员没有离会。' },
  'rules.quorumNeedsEligible': {
    en: 'A quorum given as a share needs the number of people entitled to take part (eligibleCount).',
    'zh-CN': '按比例设定法定人数时，需要先填写应参会人数（eligibleCount）。',
  },
  'rules.quorumAboveEligible': {
    en: 'A quorum of {{count}} can never be reached with {{eligible}} people entitled to take part.',
    'zh-CN': '应参会人数只有 {{eligible}} 人，法定人数 {{count}} 人永远无法达到。',
  },
  'details.nothing': { en: 'room.setDetails needs at least one field.', 'zh-CN': '请至少填写一项会议信息。' },
  'member.unknown': { en: 'No such member.', 'zh-CN': '找不到这位成员。' },
  'member.removed': {
    en: 'This member was removed from the meeting.',
    'zh-CN': '这位成员已被移出会议。',
  },
  'joining.unchanged': {
    en: 'Joining is already as you asked.',
    'zh-CN': '加入设置已经是这样了。',
  },
  'joining.unknownRequest': {
    en: 'This person is no longer waiting to join (let in or turned away already).',
    'zh-CN': '此人已不在等待名单中（已被允许加入或已被拒绝）。',
  },
  'member.noneIdle': {
    en: 'Nobody who joined in that time is still waiting without taking part: there is no one to remove. Choose a longer time, or remove someone from the list of members.',
    'zh-CN': '这段时间内加入、尚未参与的人一个也没有，无人可移出。请选更长的时间，或在成员名单中逐一移出。',
  },
  'member.removedAlready': { en: 'This member was removed already.', 'zh-CN': '这位成员已经被移出。' },
  'member.removeSelf': {
    en: 'You cannot remove yourself; another host can.',
    'zh-CN': '不能移出自己，可由其他主持人操作。',
  },
  'room.full': {
    en: 'This room has its {{max}} members already; the host can remove someone to make room.',
    'zh-CN': '这个议事室已有 {{max}} 位成员，已满；主持人可移出成员后再加入。',
  },
  'member.namePresence': { en: 'Name the member to move.', 'zh-CN': '请指明要更改哪位成员。' },
  'member.presenceInQueue': {
    en: 'Not while your hand is up or you speak: turns alternate by it.',
    'zh-CN': '举手或发言期间不能更改：发言按现场与远程轮流。',
  },
  'member.samePresence': {
    en: 'This member takes part from there already.',
    'zh-CN': '这位成员已经是这种参会方式。',
  },
  'member.mergeSame': { en: 'A member cannot be merged into themselves.', 'zh-CN': '不能把成员合并到其本人。' },
  'member.mergeSelf': {
    en: 'You cannot merge away the membership you are using; merge the other one into it.',
    'zh-CN': '不能合并掉您正在使用的成员身份，请把另一个合并到这个身份。',
  },
  'member.noNameAlert': {
    en: 'This member’s name is not flagged as a duplicate.',
    'zh-CN': '这位成员的姓名没有被标记为重名。',
  },
  'member.nameWhose': { en: 'Name the member whose group to set.', 'zh-CN': '请指明要设置哪位成员的身份类别。' },
});
