/**
 * The minutes' words for a round on the record (issue 24 §6), in both languages: the preset and its
 * legal source (core/lawTerms.ts), who was entitled and present, the quorum, the share, recusals and
 * the text's fingerprint. The sentences say the numbers a person checks, as the screen does
 * (client/src/i18n: `consensus.share`, `consensus.quorum`).
 */
import {
  LAW_TERMS,
  type Attendance,
  type DecisionRule,
  type Locale,
  type MajorityBase,
  type QuorumBase,
  type ProxyListEntry,
  type RulePreset,
} from '@dr/shared';

export interface RoundLawStrings {
  preset: string;
  /** "村民会议（依据：…）" */
  presetLine: (preset: RulePreset) => string;
  attendance: string;
  attendanceLine: (eligible: number | null, a: Attendance) => string;
  noAttendance: string;
  quorum: string;
  quorumLine: (of: QuorumBase, reached: number, needed: number, met: boolean) => string;
  share: string;
  shareLine: (rule: DecisionRule, of: MajorityBase, n: number, denominator: number, needed: number) => string;
  recusals: string;
  superseded: string;
  frozenText: string;
  fingerprint: string;
  /** The list of written proxies (委托名单, 村民委员会组织法 art. 22: a villager may entrust another in writing). */
  proxies: string;
  proxyLine: (p: ProxyListEntry) => string;
}

const FRACTION_ZH: Record<DecisionRule, string> = {
  majority: '半数',
  supermajority: '三分之二',
  consensus: '四分之三',
};
const FRACTION_EN: Record<DecisionRule, string> = {
  majority: 'more than half',
  supermajority: 'at least two thirds',
  consensus: 'at least three quarters',
};

const PROXY_STATUS_ZH: Record<ProxyListEntry['status'], string> = {
  inForce: '有效',
  principalPresent: '委托人已亲自到会',
  revoked: '已撤回',
};
const PROXY_STATUS_EN: Record<ProxyListEntry['status'], string> = {
  inForce: 'in force',
  principalPresent: 'the principal came in person',
  revoked: 'revoked',
};

const zh: RoundLawStrings = {
  preset: '会议类型',
  presetLine: (p) => `${LAW_TERMS.presets[p]['zh-CN']}（依据：${LAW_TERMS.presetSources[p]['zh-CN']}）`,
  attendance: '出席人数',
  attendanceLine: (e, a) =>
    `${e === null ? '' : `应到 ${e} 人 · `}实到 ${a.present} 人（在场或在线成员 ${a.members} 人，会场清点 ${a.headcount} 人）`,
  noAttendance: '本轮结束时尚未记录出席人数',
  quorum: '法定人数',
  quorumLine: (of, reached, needed, met) =>
    `${met ? '已达到' : '未达到'}（${of === 'present' ? `实到 ${reached} 人，需 ${needed} 人` : `${reached} 份表态，需 ${needed} 份`}）`,
  share: '表决比例',
  shareLine: (rule, of, n, d, needed) => {
    const base = of === 'present' ? `实到 ${d} 人` : of === 'eligible' ? `应到 ${d} 人` : `${d} 份表态`;
    const reached = n >= needed;
    const verb = rule === 'majority' ? (reached ? '过' : '未过') : reached ? '达到' : '未达';
    const favour = rule === 'consensus' ? `可以接受及以上 ${n} 票` : `同意 ${n} 票`;
    return `${favour}，${verb}${base}的${FRACTION_ZH[rule]}（需 ${needed} 票）`;
  },
  recusals: '回避表决',
  superseded: '已被其后一轮表决取代',
  frozenText: '表决文本',
  fingerprint: '文本指纹（SHA-256）',
  proxies: '委托名单',
  proxyLine: (p) =>
    `${p.principal} 委托 ${p.holder}${p.reference ? `（委托书：${p.reference}）` : ''}${p.byHost ? '，主持人据书面委托书登记' : ''}；${PROXY_STATUS_ZH[p.status]}`,
};

const en: RoundLawStrings = {
  preset: 'Kind of meeting',
  presetLine: (p) => `${LAW_TERMS.presets[p].en} (source: ${LAW_TERMS.presetSources[p].en})`,
  attendance: 'Attendance',
  attendanceLine: (e, a) =>
    `${e === null ? '' : `entitled ${e} · `}present ${a.present} (${a.members} members here or online, ${a.headcount} counted in the hall)`,
  noAttendance: 'no attendance was recorded as the round closed',
  quorum: 'Quorum',
  quorumLine: (of, reached, needed, met) =>
    `${met ? 'met' : 'not met'} (${reached} ${of === 'present' ? 'present' : 'responded'}, ${needed} needed)`,
  share: 'Share',
  shareLine: (rule, of, n, d, needed) => {
    const base = of === 'present' ? `the ${d} present` : of === 'eligible' ? `all ${d} entitled` : `the ${d} responses`;
    const reached = n >= needed;
    const favour = rule === 'consensus' ? `${n} can live with it or better` : `${n} in favour`;
    const fraction = reached ? FRACTION_EN[rule] : `not ${FRACTION_EN[rule]}`;
    return `${favour}: ${fraction} of ${base} (${needed} needed)`;
  },
  recusals: 'Recused from the vote',
  superseded: 'superseded by a later round',
  frozenText: 'Text voted on',
  fingerprint: 'Fingerprint of the text (SHA-256)',
  proxies: 'Written proxies',
  proxyLine: (p) =>
    `${p.principal} entrusted ${p.holder}${p.reference ? ` (proxy form: ${p.reference})` : ''}${p.byHost ? ', recorded by the host from the paper form' : ''}; ${PROXY_STATUS_EN[p.status]}`,
};

export const ROUND_LAW_STRINGS: Record<Locale, RoundLawStrings> = { 'zh-CN': zh, en };
