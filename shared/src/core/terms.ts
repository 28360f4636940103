/**
 * The domain's words, once, in both languages: phases, steps, decision rules, outcomes, action
 * tiers and statuses, roles, consensus levels, the suggested meeting forms and groups, and the
 * record's own nouns. The web app, the minutes, the notice and refusals all read them here, so a
 * phase the screen calls 会议进行中 is 会议进行中 in the minutes too (issue 14: four copies had drifted).
 * Chinese terms use Chinese punctuation; English terms carry no Chinese. `terms.test.ts` checks both.
 */
import type {
  ActionStatus,
  ActionTier,
  DecisionRule,
  ItemStep,
  Locale,
  Outcome,
  Role,
  RoomPhase,
  SUGGESTED_GROUPS,
  SUGGESTED_MEETING_KINDS,
} from './vocabulary.js';

/** One word or phrase in each language. */
export type Term = Readonly<Record<Locale, string>>;

const term = (zh: string, en: string): Term => ({ 'zh-CN': zh, en });

/** The record's nouns: what the minutes, the notice and the screen call the same things. */
export type RecordWord =
  | 'minutes'
  | 'facts'
  | 'decision'
  | 'actionItems'
  | 'owner'
  | 'tier'
  | 'dueDate'
  | 'status'
  | 'proxyList'
  | 'proxy'
  | 'principal'
  | 'holder'
  | 'household'
  | 'archive'
  | 'fingerprint'
  | 'personalInfo'
  | 'pseudonym'
  | 'noticePoster'
  | 'signInSheet'
  | 'paperBallot';

/** Every family of terms, each keyed by the domain's own values. */
export interface Terms {
  phases: Readonly<Record<RoomPhase, Term>>;
  /** The six steps (六步协商工作法) in full … */
  steps: Readonly<Record<ItemStep, Term>>;
  /** … and as one word, for a stepper. */
  stepsShort: Readonly<Record<ItemStep, Term>>;
  rules: Readonly<Record<DecisionRule, Term>>;
  /** What each rule asks for (consensus/verdict.ts holds the thresholds themselves). */
  ruleThresholds: Readonly<Record<DecisionRule, Term>>;
  outcomes: Readonly<Record<Outcome, Term>>;
  tiers: Readonly<Record<ActionTier, Term>>;
  statuses: Readonly<Record<ActionStatus, Term>>;
  roles: Readonly<Record<Role, Term>>;
  /** Consensus levels 0 (block) to 5 (strong support), by level. */
  levels: Readonly<Record<'0' | '1' | '2' | '3' | '4' | '5', Term>>;
  meetingKinds: Readonly<Record<(typeof SUGGESTED_MEETING_KINDS)[number], Term>>;
  groups: Readonly<Record<(typeof SUGGESTED_GROUPS)[number], Term>>;
  record: Readonly<Record<RecordWord, Term>>;
}

export const TERMS: Terms = {
  phases: {
    preparing: term('筹备中', 'Preparing'),
    in_session: term('会议进行中', 'In session'),
    adjourned: term('已休会', 'Adjourned'),
    closed: term('已结束', 'Closed'),
  },
  steps: {
    collecting: term('广泛征集知事', 'Collect issues widely'),
    investigating: term('深入调查明事', 'Investigate the facts'),
    deliberating: term('多元参与议事', 'Deliberate with all sides'),
    deciding: term('集体研究决事', 'Decide together'),
    acting: term('分层分类办事', 'Carry it out'),
    published: term('公示办理结果', 'Publish the results'),
  },
  stepsShort: {
    collecting: term('知事', 'Collect'),
    investigating: term('明事', 'Facts'),
    deliberating: term('议事', 'Deliberate'),
    deciding: term('决事', 'Decide'),
    acting: term('办事', 'Act'),
    published: term('公示', 'Publish'),
  },
  rules: {
    consensus: term('协商一致', 'Consensus'),
    supermajority: term('三分之二多数', 'Two-thirds majority'),
    majority: term('简单多数', 'Simple majority'),
  },
  ruleThresholds: {
    consensus: term(
      '无人阻止，且至少四分之三可以接受或更高',
      'no block, and at least three in four can live with it or better',
    ),
    supermajority: term('至少三分之二支持', 'at least two thirds support it'),
    majority: term('过半数支持', 'more than half support it'),
  },
  outcomes: {
    adopted: term('通过', 'Adopted'),
    not_adopted: term('未通过', 'Not adopted'),
    no_quorum: term('未达法定人数，未作决定', 'No quorum: not decided'),
  },
  tiers: {
    residents: term('居民自办', 'Residents themselves'),
    committee: term('村（社区）两委', 'Village or community committee'),
    township: term('乡镇（街道）', 'Township or street office'),
    department: term('职能部门', 'Government department'),
  },
  statuses: {
    planned: term('计划中', 'Planned'),
    in_progress: term('办理中', 'In progress'),
    done: term('已办结', 'Done'),
    blocked: term('受阻', 'Blocked'),
  },
  roles: {
    host: term('主持人', 'Host'),
    participant: term('参与者', 'Participant'),
    observer: term('旁听', 'Observer'),
  },
  levels: {
    '0': term('阻止', 'Block'),
    '1': term('严重关切', 'Serious concerns'),
    '2': term('有些顾虑', 'Some concerns'),
    '3': term('可以接受', 'Can live with it'),
    '4': term('支持', 'Support'),
    '5': term('强烈支持', 'Strong support'),
  },
  meetingKinds: {
    houseYardTalk: term('屋场恳谈会', 'House-yard talk'),
    courtyardCouncil: term('小院议事厅', 'Courtyard council'),
    benchCouncil: term('板凳议事会', 'Bench council'),
    roundTable: term('圆桌调事', 'Round-table mediation'),
    branchTalk: term('支部说事', 'Party branch talk'),
    gridTalk: term('网格管事', 'Neighbourhood grid talk'),
  },
  groups: {
    resident: term('村民', 'Resident'),
    partyMember: term('党员', 'Party member'),
    expert: term('专家', 'Expert'),
    propertyOffice: term('物业', 'Property office'),
    committee: term('居委会/村委会', 'Residents’ or village committee'),
    official: term('干部', 'Official'),
  },
  record: {
    minutes: term('会议纪要', 'Minutes'),
    facts: term('明事：已查明的情况', 'Facts'),
    decision: term('决议', 'Decision'),
    actionItems: term('落实事项', 'Action items'),
    owner: term('责任人', 'Owner'),
    tier: term('办理层级', 'Tier'),
    dueDate: term('办结时限', 'Due date'),
    status: term('状态', 'Status'),
    proxyList: term('委托名单', 'List of proxies'),
    proxy: term('书面委托', 'Written proxy'),
    principal: term('委托人', 'Principal'),
    holder: term('受托人', 'Proxy holder'),
    household: term('户', 'Household'),
    /** The meeting's whole record as one file for the archive (issue 27). */
    archive: term('村务档案', 'Record archive'),
    /** The hash chain's head in short (the minutes, the notice and the board end with it). */
    fingerprint: term('记录指纹', 'Record fingerprint'),
    /** 个人信息保护法's "personal information": what an erasure takes out. */
    personalInfo: term('个人信息', 'Personal information'),
    /** What an erased person's name becomes, the same in every record. */
    pseudonym: term('化名', 'Pseudonym'),
    /** The notice (公示) as an A4 poster for the village board (issue 28). */
    noticePoster: term('公示张贴稿', 'Notice poster'),
    /** The meeting's paper sign-in sheet (签到表), whose tally is the hall's headcount. */
    signInSheet: term('签到表', 'Sign-in sheet'),
    /** A round's paper ballot (选票) for residents without a phone, counted into the hall count. */
    paperBallot: term('纸质选票', 'Paper ballot'),
  },
};

export type TermFamily = keyof Terms;

/** Every family's words in one language, keyed as in `TERMS` (the shape i18next resources take). */
export type TermsIn = { readonly [F in TermFamily]: { readonly [K in keyof Terms[F]]: string } };

/** `TERMS` in `locale`. */
export function termsIn(locale: Locale): TermsIn {
  const families = Object.entries(TERMS).map(([family, words]) => [
    family,
    Object.fromEntries(Object.entries(words as Record<string, Term>).map(([key, t]) => [key, t[locale]])),
  ]);
  return Object.fromEntries(families) as TermsIn;
}

/** The word for `key` of `family` in `locale`, or undefined when the family has no such key (user-typed names). */
export function termOf(family: TermFamily, key: string, locale: Locale): string | undefined {
  const words = TERMS[family] as Readonly<Record<string, Term>>;
  return Object.hasOwn(words, key) ? words[key]![locale] : undefined;
}

/** A term inside an English sentence ("The meeting is already in session."); Chinese is unchanged. */
export function termInSentence(word: string, locale: Locale): string {
  return locale === 'en' ? word.charAt(0).toLowerCase() + word.slice(1) : word;
}
