/** The office page's sentences in both languages (kept beside the page, loaded only with it). */
import type { Locale } from '@dr/shared';

const zh = {
  loading: '正在载入街镇汇总…',
  failed: '无法载入街镇汇总',
  retry: '重试',
  colon: '：',
  heading: (name: string) => `${name} · 议事会对比`,
  council: '议事会',
  meetings: '已召开 / 已召集',
  speakers: '发言人数（跨会议去重）',
  inRoomRemote: '现场 / 线上',
  groups: '发言群体数',
  decisions: '决议（有 / 无落实事项）',
  overdue: '逾期事项',
  score: '平均得分',
  chart: '各议事会对比图',
  common: '多数议事会的共性问题（得分低于 60% 的指标）',
  inCouncils: (n: number) => `${n} 个议事会`,
  noCommon: '暂无共性问题。',
  noCouncils: '还没有议事会属于本街镇。',
  chartLabels: { meetingsHeld: '已召开会议', distinctSpeakers: '发言人数', actionsOverdue: '逾期事项' },
};

const en: typeof zh = {
  loading: 'Loading the office’s overview…',
  failed: 'The overview could not be loaded',
  retry: 'Try again',
  colon: ': ',
  heading: (name) => `${name} · councils compared`,
  council: 'Council',
  meetings: 'Held / called',
  speakers: 'Speakers (each person once)',
  inRoomRemote: 'In the room / remote',
  groups: 'Groups heard',
  decisions: 'Decisions (with / without actions)',
  overdue: 'Overdue items',
  score: 'Mean score',
  chart: 'Councils compared',
  common: 'Weak points most councils share (indicators below 60%)',
  inCouncils: (n) => `${n} ${n === 1 ? 'council' : 'councils'}`,
  noCommon: 'No common weak points yet.',
  noCouncils: 'No council belongs to this office yet.',
  chartLabels: { meetingsHeld: 'Meetings held', distinctSpeakers: 'Speakers', actionsOverdue: 'Overdue items' },
};

export type OfficeText = typeof zh;

export function officeText(locale: string | undefined): OfficeText {
  const lang: Locale = locale === 'en' ? 'en' : 'zh-CN';
  return lang === 'en' ? en : zh;
}
