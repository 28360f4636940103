/**
 * Every word the minutes print, in both of the room's languages. The domain's words (phases, rules,
 * outcomes, tiers, statuses, levels, the record's nouns) come from the one vocabulary in
 * `@dr/shared` (core/terms.ts), as on the screen; the sentences around them are the minutes' own.
 */
import {
  CONSENSUS_LEVELS,
  DECISION_RULES,
  termsIn,
  type ActionStatus,
  type ActionTier,
  type DecisionRule,
  type HandKind,
  type Locale,
  type Outcome,
  type RoomPhase,
} from '@dr/shared';
import { councilTerms } from '@dr/shared/council';

export interface MinutesStrings {
  minutes: string;
  meetingFacts: string;
  date: string;
  sittings: string;
  scheduled: string;
  /** The zone every time in the minutes reads in. */
  timeZone: string;
  created: string;
  place: string;
  kind: string;
  phase: string;
  conveners: string;
  attendance: string;
  inRoom: string;
  remote: string;
  proxy: string;
  /** Said of a member the host removed during the meeting. */
  removedMember: string;
  agenda: string;
  notOnAgenda: string;
  facts: string;
  factSource: string;
  /** Who recorded a fact and when; `who` is a name or `host`. */
  factRecorded: (who: string, when: string) => string;
  /** Said after a retracted fact: who withdrew it, when, and why. */
  factRetracted: (who: string, when: string, reason: string) => string;
  /** Names a host console that acted without joining as a member. */
  host: string;
  speakers: string;
  otherSpeeches: string;
  draft: string;
  rounds: string;
  rule: string;
  tally: string;
  round: (n: number) => string;
  anonymous: string;
  responses: string;
  reasons: string;
  anonymousMember: string;
  roundOpen: string;
  roundVoid: string;
  decision: string;
  decisionText: string;
  interests: string;
  interestedMayVote: string;
  interestedMayNotVote: string;
  actions: string;
  /** A council's meeting: the heading of the open action items it reviewed. */
  reviewedActions: string;
  meeting: string;
  supervisor: string;
  confirmedBy: string;
  action: string;
  owner: string;
  tier: string;
  category: string;
  dueDate: string;
  status: string;
  progress: string;
  overdue: string;
  none: string;
  generatedAt: string;
  people: (n: number) => string;
  duration: (minutes: number, seconds: number) => string;
  listSeparator: string;
  comma: string;
  colon: string;
  /** A remark in brackets after what it qualifies. */
  paren: (text: string) => string;
  outcomes: Record<Outcome, string>;
  rules: Record<DecisionRule, string>;
  levels: readonly [string, string, string, string, string, string];
  tiers: Record<ActionTier, string>;
  statuses: Record<ActionStatus, string>;
  handKinds: Record<HandKind, string>;
  phases: Record<RoomPhase, string>;
  /** Names of the suggested meeting forms and groups (as the web app shows them); any other name prints as given. */
  meetingKinds: Record<string, string>;
  groups: Record<string, string>;
}

/** The domain's words from the one vocabulary (core/terms.ts): the minutes say what the screen says. */
function fromTerms(locale: Locale, open: string, close: string) {
  const words = termsIn(locale);
  const { record } = words;
  return {
    minutes: record.minutes,
    facts: record.facts,
    decision: record.decision,
    actions: record.actionItems,
    ...councilTerms(locale),
    owner: record.owner,
    tier: record.tier,
    dueDate: record.dueDate,
    status: record.status,
    outcomes: words.outcomes,
    rules: Object.fromEntries(
      DECISION_RULES.map((r) => [r, `${words.rules[r]}${open}${words.ruleThresholds[r]}${close}`]),
    ) as Record<DecisionRule, string>,
    levels: CONSENSUS_LEVELS.map((l) => words.levels[l]) as unknown as MinutesStrings['levels'],
    tiers: words.tiers,
    statuses: words.statuses,
    phases: words.phases,
    meetingKinds: words.meetingKinds,
    groups: words.groups,
  } satisfies Partial<MinutesStrings>;
}

const zh: MinutesStrings = {
  ...fromTerms('zh-CN', '（', '）'),
  meetingFacts: '会议概况',
  date: '日期',
  sittings: '会议时间',
  scheduled: '计划时间',
  timeZone: '时区',
  created: '创建时间',
  place: '地点',
  kind: '会议形式',
  phase: '会议状态',
  conveners: '主持人',
  attendance: '出席',
  inRoom: '现场',
  remote: '远程',
  proxy: '由主持人代为登记',
  removedMember: '会中被主持人移出',
  agenda: '议程',
  notOnAgenda: '未列入议程',
  factSource: '来源',
  factRecorded: (who, when) => `${who}记录于${when}`,
  factRetracted: (who, when, reason) => `——已撤回（${who}，${when}）：${reason}`,
  host: '主持人',
  speakers: '发言',
  otherSpeeches: '其他发言',
  draft: '决议草案',
  rounds: '表决结果',
  rule: '决策规则',
  tally: '表决票数',
  round: (n) => `第${n}轮`,
  anonymous: '匿名',
  responses: '表态人数',
  reasons: '阻止及严重关切的理由',
  anonymousMember: '匿名',
  roundOpen: '表决进行中',
  roundVoid: '已作废（草案解锁修改）',
  decisionText: '决议文本',
  interests: '利益关系申报',
  interestedMayVote: '按会议规则，申报利益关系的成员可参与表决。',
  interestedMayNotVote: '按会议规则，申报利益关系的成员回避表决。',
  action: '事项',
  category: '类别',
  progress: '进度',
  overdue: '已逾期',
  none: '无',
  generatedAt: '生成时间',
  people: (n) => `${n}人`,
  duration: (m, s) => (m > 0 ? `${m}分${s}秒` : `${s}秒`),
  listSeparator: '、',
  comma: '，',
  colon: '：',
  paren: (text) => `（${text}）`,
  handKinds: { speak: '发言', reply: '回应', pointOfOrder: '程序问题' },
};

const en: MinutesStrings = {
  ...fromTerms('en', ' (', ')'),
  meetingFacts: 'The meeting',
  date: 'Date',
  sittings: 'Held',
  scheduled: 'Scheduled for',
  timeZone: 'Time zone',
  created: 'Created',
  place: 'Place',
  kind: 'Form of meeting',
  phase: 'Status',
  conveners: 'Hosts',
  attendance: 'Attendance',
  inRoom: 'In the room',
  remote: 'Remote',
  proxy: 'registered by the host',
  removedMember: 'removed by the host during the meeting',
  agenda: 'Agenda',
  notOnAgenda: 'not on the agenda',
  factSource: 'Source',
  factRecorded: (who, when) => `recorded by ${who}, ${when}`,
  factRetracted: (who, when, reason) => ` — retracted by ${who}, ${when}: ${reason}`,
  host: 'the host',
  speakers: 'Speakers',
  otherSpeeches: 'Other speeches',
  draft: 'Draft resolution',
  rounds: 'Consensus rounds',
  rule: 'Decision rule',
  tally: 'Responses by level',
  round: (n) => `Round ${n}`,
  anonymous: 'anonymous',
  responses: 'Responses',
  reasons: 'Reasons given for blocks and serious concerns',
  anonymousMember: 'anonymous',
  roundOpen: 'still open',
  roundVoid: 'void (the draft was unlocked for changes)',
  decisionText: 'Text decided on',
  interests: 'Declared interests',
  interestedMayVote: 'By the meeting rules, members who declared an interest may vote on it.',
  interestedMayNotVote: 'By the meeting rules, members who declared an interest do not vote on it.',
  action: 'Action',
  category: 'Category',
  progress: 'Progress',
  overdue: 'overdue',
  none: 'none',
  generatedAt: 'Generated',
  people: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  duration: (m, s) => (m > 0 ? `${m} min ${s} s` : `${s} s`),
  listSeparator: ', ',
  comma: ', ',
  colon: ': ',
  paren: (text) => ` (${text})`,
  handKinds: { speak: 'speech', reply: 'reply', pointOfOrder: 'point of order' },
};

export const MINUTES_STRINGS: Record<Locale, MinutesStrings> = { 'zh-CN': zh, en };
