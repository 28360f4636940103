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
  create: '创建街镇',
  name: '街镇名称',
  namePlaceholder: '例如：城关街道办事处',
  submit: '创建街镇',
  creating: '正在创建…',
  createFailed: '未能创建街镇。请检查网络后重试。',
  link: '街镇链接',
  showLink: '显示街镇链接',
  linkHelp: '打开本页的唯一链接，请保存，勿外传。在本页创建的议事会归本街镇。',
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
  create: 'Create an office',
  name: 'Office name',
  namePlaceholder: 'e.g. Chengguan Street Office',
  submit: 'Create the office',
  creating: 'Creating…',
  createFailed: 'The office could not be created. Check your connection and try again.',
  link: 'The office’s link',
  showLink: 'Show the office’s link',
  linkHelp:
    'The one link to this page: keep it, and keep it private. Councils created on this page belong to the office.',
};

export type OfficeText = typeof zh;

export function officeText(locale: string | undefined): OfficeText {
  const lang: Locale = locale === 'en' ? 'en' : 'zh-CN';
  return lang === 'en' ? en : zh;
}
