/**
 * Every word the minutes print, in both of the room's languages. The minutes are rendered on the
 * server (Markdown and Word), so they carry their own small dictionary instead of the web app's.
 */
import type { ActionStatus, ActionTier, DecisionRule, HandKind, Locale, Outcome, RoomPhase } from '@dr/shared';

export interface MinutesStrings {
  minutes: string;
  meetingFacts: string;
  date: string;
  sittings: string;
  scheduled: string;
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
  actions: string;
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

const zh: MinutesStrings = {
  minutes: '会议纪要',
  meetingFacts: '会议概况',
  date: '日期',
  sittings: '会议时间',
  scheduled: '计划时间',
  created: '创建时间',
  place: '地点',
  kind: '会议形式',
  phase: '会议状态',
  conveners: '主持人/召集人',
  attendance: '出席',
  inRoom: '现场',
  remote: '远程',
  proxy: '由主持人代为登记',
  removedMember: '会中被主持人移出',
  agenda: '议程',
  notOnAgenda: '未列入议程',
  facts: '明事：已查明的情况',
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
  decision: '决议',
  decisionText: '决议文本',
  actions: '行动事项',
  action: '事项',
  owner: '负责人',
  tier: '层级',
  category: '类别',
  dueDate: '截止日期',
  status: '状态',
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
  outcomes: { adopted: '通过', not_adopted: '未通过' },
  rules: {
    consensus: '共识（无人阻止，且四分之三以上可以接受）',
    supermajority: '三分之二多数支持',
    majority: '过半数支持',
  },
  levels: ['阻止', '严重关切', '有些顾虑', '可以接受', '支持', '强烈支持'],
  tiers: { residents: '居民自办', committee: '村(社区)两委', township: '乡镇(街道)', department: '职能部门' },
  statuses: { planned: '计划中', in_progress: '办理中', done: '已办结', blocked: '受阻' },
  handKinds: { speak: '发言', reply: '回应', pointOfOrder: '程序问题' },
  phases: { preparing: '筹备中', in_session: '会议进行中', adjourned: '已休会', closed: '已结束' },
  meetingKinds: {
    houseYardTalk: '屋场恳谈会',
    courtyardCouncil: '小院议事厅',
    benchCouncil: '板凳议事会',
    roundTable: '圆桌调事',
    branchTalk: '支部说事',
    gridTalk: '网格管事',
  },
  groups: {
    resident: '村民',
    partyMember: '党员',
    expert: '专家',
    propertyOffice: '物业',
    committee: '居委会/村委会',
    official: '干部',
  },
};

const en: MinutesStrings = {
  minutes: 'Minutes',
  meetingFacts: 'The meeting',
  date: 'Date',
  sittings: 'Held',
  scheduled: 'Scheduled for',
  created: 'Created',
  place: 'Place',
  kind: 'Form of meeting',
  phase: 'Status',
  conveners: 'Conveners',
  attendance: 'Attendance',
  inRoom: 'In the room',
  remote: 'Remote',
  proxy: 'registered by the host',
  removedMember: 'removed by the host during the meeting',
  agenda: 'Agenda',
  notOnAgenda: 'not on the agenda',
  facts: 'Facts',
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
  decision: 'Decision',
  decisionText: 'Text decided on',
  actions: 'Action items',
  action: 'Action',
  owner: 'Owner',
  tier: 'Tier',
  category: 'Category',
  dueDate: 'Due date',
  status: 'Status',
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
  outcomes: { adopted: 'adopted', not_adopted: 'not adopted' },
  rules: {
    consensus: 'consensus (no block, three quarters can live with it)',
    supermajority: 'two-thirds support',
    majority: 'majority support',
  },
  levels: ['block', 'serious concerns', 'some concerns', 'can live with it', 'support', 'strong support'],
  tiers: {
    residents: 'residents themselves',
    committee: 'village/community committee',
    township: 'township/street office',
    department: 'government department',
  },
  statuses: { planned: 'planned', in_progress: 'in progress', done: 'done', blocked: 'blocked' },
  handKinds: { speak: 'speech', reply: 'reply', pointOfOrder: 'point of order' },
  phases: { preparing: 'preparing', in_session: 'in session', adjourned: 'adjourned', closed: 'closed' },
  meetingKinds: {
    houseYardTalk: 'House-yard talk (屋场恳谈会)',
    courtyardCouncil: 'Courtyard council (小院议事厅)',
    benchCouncil: 'Bench council (板凳议事会)',
    roundTable: 'Round-table mediation (圆桌调事)',
    branchTalk: 'Party branch talk (支部说事)',
    gridTalk: 'Grid talk (网格管事)',
  },
  groups: {
    resident: 'Resident',
    partyMember: 'Party member',
    expert: 'Expert',
    propertyOffice: 'Property office',
    committee: 'Residents’/village committee',
    official: 'Official',
  },
};

export const MINUTES_STRINGS: Record<Locale, MinutesStrings> = { 'zh-CN': zh, en };
