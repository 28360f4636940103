/**
 * The paper forms' own words (issue 28: the notice poster, the sign-in sheet, the paper ballot), in
 * both languages; the domain's words come from the one vocabulary (core/terms.ts) and the minutes'
 * strings, so paper says what the screen says.
 */
import { termsIn, type Locale } from '@dr/shared';

export interface PaperStrings {
  noticePoster: string;
  signInSheet: string;
  paperBallot: string;
  /** 公示期: when the notice went up, and when this copy was printed. */
  period: string;
  /** The notice's days on the board (公示期): first and last day, inclusive, and how many. */
  postedFor: (first: string, last: string, days: number) => string;
  printedAt: string;
  summary: (s: { decisions: number; adopted: number; actions: number; done: number }) => string;
  votes: string;
  /** The counts per level, strongest support first, and their total. */
  tally: (levels: readonly string[], counts: readonly number[]) => string;
  qrCaption: string;
  number: string;
  name: string;
  group: string;
  household: string;
  signature: string;
  signInHint: string;
  headcountLine: string;
  ballotHint: string;
  textFingerprint: string;
  mark: string;
  item: string;
}

const ZH: PaperStrings = {
  noticePoster: termsIn('zh-CN').record.noticePoster,
  signInSheet: termsIn('zh-CN').record.signInSheet,
  paperBallot: termsIn('zh-CN').record.paperBallot,
  period: '公示期：',
  postedFor: (first, last, days) => `${first}至${last}（${days}天）`,
  printedAt: '本稿打印于：',
  summary: (s) => `决议 ${s.decisions} 项，通过 ${s.adopted} 项；落实事项 ${s.actions} 项，已办结 ${s.done} 项。`,
  votes: '表决情况：',
  tally: (levels, counts) =>
    `${[5, 4, 3, 2, 1, 0].map((l) => `${levels[l]} ${counts[l] ?? 0}`).join('，')}（共 ${counts.reduce((a, b) => a + b, 0)} 人）`,
  qrCaption: '手机扫码查看网上公示和最新办理进展',
  number: '序号',
  name: '姓名',
  group: '身份',
  household: termsIn('zh-CN').record.household,
  signature: '本人签名',
  signInHint: '请在本人姓名后签名。名单上没有的到会人员请写在最后几行。',
  headcountLine: '签到人数合计（无手机入会者）：________ 人。主持人将此数录入会议的“现场人数”。',
  ballotHint: '请在您的选择后的方框内打“√”，只选一项。',
  textFingerprint: '文本指纹：',
  mark: '选择',
  item: '议题：',
};

const EN: PaperStrings = {
  noticePoster: termsIn('en').record.noticePoster,
  signInSheet: termsIn('en').record.signInSheet,
  paperBallot: termsIn('en').record.paperBallot,
  period: 'Disclosure period:',
  postedFor: (first, last, days) => `${first} to ${last} (${days} ${days === 1 ? 'day' : 'days'})`,
  printedAt: 'Printed:',
  summary: (s) => `${s.decisions} decisions, ${s.adopted} adopted; ${s.actions} action items, ${s.done} done.`,
  votes: 'Votes:',
  tally: (levels, counts) =>
    `${[5, 4, 3, 2, 1, 0].map((l) => `${levels[l]} ${counts[l] ?? 0}`).join(', ')} (${counts.reduce((a, b) => a + b, 0)} in all)`,
  qrCaption: 'Scan with a phone for the notice online and the latest progress',
  number: 'No.',
  name: 'Name',
  group: 'Group',
  household: termsIn('en').record.household,
  signature: 'Signature',
  signInHint: 'Please sign after your name. People not on the list write their name on the last rows.',
  headcountLine: 'Signed in without a phone, in all: ________. The host enters this as the hall count.',
  ballotHint: 'Tick the box after your choice (√), one only.',
  textFingerprint: 'Text fingerprint:',
  mark: 'Choice',
  item: 'Item:',
};

export const PAPER_STRINGS: Readonly<Record<Locale, PaperStrings>> = { 'zh-CN': ZH, en: EN };
