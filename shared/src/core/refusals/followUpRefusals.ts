/** Refusals in both languages, for after the meeting: action items, the notice, the scorecard (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const FOLLOW_UP_REFUSALS = refusalTable({
  'action.unknown': { en: 'No such action item.', 'zh-CN': '找不到这项行动事项。' },
  'action.nothing': {
    en: 'action.update needs a status, a progress figure or a note.',
    'zh-CN': '请填写状态、进度或说明中的至少一项。',
  },
  'action.doneIsFull': {
    en: 'A done action item is at 100%: leave progress out or send 100.',
    'zh-CN': '已完成的事项进度应为 100%。',
  },
  'action.unchanged': {
    en: 'This action item is already at that status and progress.',
    'zh-CN': '这项事项已经是这个状态和进度。',
  },
  'action.supervisorIsOwner': { en: 'The supervisor cannot be the owner.', 'zh-CN': '监督人不能是负责人。' },
  'action.supervisorInterested': {
    en: 'The supervisor declared an interest in the item.',
    'zh-CN': '监督人已申报与该议题有利害关系。',
  },
  'action.needsConfirmation': { en: 'Its supervisor confirms it done.', 'zh-CN': '须由监督人确认完成。' },
  'action.unsupervised': { en: 'It has no supervisor.', 'zh-CN': '这项事项没有监督人。' },
  'action.confirmedAlready': {
    en: 'Its supervisor has confirmed it done already.',
    'zh-CN': '监督人已经确认完成。',
  },
  'action.supervisorUnchanged': { en: 'This is its supervisor already.', 'zh-CN': '监督人没有变化。' },
  'notice.publishedAlready': { en: 'The notice is published already.', 'zh-CN': '公示已经发布。' },
  'notice.notPublished': { en: 'The notice is not published.', 'zh-CN': '公示尚未发布。' },
  'scorecard.notYet': {
    en: 'The scorecard opens once the meeting has adjourned.',
    'zh-CN': '会议休会后才能打分。',
  },
  'scorecard.rubricFixed': {
    en: 'Scoring has started: the rubric can no longer change.',
    'zh-CN': '已经开始打分，评分细则不能再修改。',
  },
  'scorecard.unknownIndicator': {
    en: 'No indicator "{{indicator}}" in this rubric.',
    'zh-CN': '评分细则中没有指标“{{indicator}}”。',
  },
  'scorecard.twice': { en: '"{{indicator}}" is scored twice.', 'zh-CN': '指标“{{indicator}}”重复打分。' },
  'scorecard.range': {
    en: '"{{indicator}}" takes 0 to {{max}} points (got {{points}}).',
    'zh-CN': '指标“{{indicator}}”的分值应在 0 到 {{max}} 之间（收到 {{points}}）。',
  },
  'scorecard.noteNeeded': {
    en: '"{{indicator}}" needs a note saying why (a deduction, a bonus, or less than full points).',
    'zh-CN': '指标“{{indicator}}”需要写明理由（扣分、加分或未得满分时）。',
  },
  'scorecard.missing': {
    en: 'Score every base indicator; missing: {{missing}}.',
    'zh-CN': '请为每个基础指标打分，缺少：{{missing}}。',
  },
});
