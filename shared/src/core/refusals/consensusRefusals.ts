/** Refusals in both languages, for drafts, consensus rounds, declared interests and decisions (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const CONSENSUS_REFUSALS = refusalTable({
  'draft.alreadyLocked': { en: 'This draft is locked already.', 'zh-CN': '草案已经锁定。' },
  'draft.notLocked': { en: 'This draft is not locked.', 'zh-CN': '草案没有锁定。' },
  'draft.empty': { en: 'The draft is empty: write the resolution first.', 'zh-CN': '草案是空的，请先起草决议。' },
  // Parts of a draft edit the room did not keep (the draft endpoint's refusal notices)
  'draft.notADraft': {
    en: 'Only the drafts of this room’s agenda items can be edited; that change was not kept.',
    'zh-CN': '只能编辑本议事室议题的决议草案，这处修改未被保存。',
  },
  'draft.badContent': {
    en: 'That change holds something a draft cannot hold; it was not kept.',
    'zh-CN': '这处修改包含草案不能容纳的内容，未被保存。',
  },
  'draft.lockedEdit': {
    en: 'The draft was locked before your last change arrived; that change was not kept.',
    'zh-CN': '您的最后一处修改送达前草案已被锁定，这处修改未被保存。',
  },
  'draft.tooLarge': {
    en: 'This draft has reached its size limit ({{limit}} KB); your last change was not kept. Shorten the text to go on.',
    'zh-CN': '本草案已达到大小上限（{{limit}} KB），您的最后一处修改未被保存。请精简文字后再继续。',
  },
  'draft.roomFull': {
    en: 'This room’s drafts have reached their total size limit ({{limit}} KB); your last change was not kept.',
    'zh-CN': '本议事室的草案总量已达上限（{{limit}} KB），您的最后一处修改未被保存。',
  },
  'round.unknown': { en: 'No such consensus round.', 'zh-CN': '找不到这一轮表决。' },
  'round.openAlready': { en: 'A round on this item is open already.', 'zh-CN': '这个议题已有一轮表决正在进行。' },
  'round.closed': { en: 'This round is closed.', 'zh-CN': '这一轮表决已经结束。' },
  'round.closedAlready': { en: 'This round is closed already.', 'zh-CN': '这一轮表决已经结束。' },
  'round.reasonNeeded': {
    en: 'A block or a serious concern needs a reason the meeting can read.',
    'zh-CN': '表示阻止或严重关切时，请写明理由，供大家参考。',
  },
  'round.tallyAbovePresent': {
    en: 'The room count ({{count}}) is more than the {{present}} people marked in the room who have not voted by phone. Check the count, or confirm it to count them anyway.',
    'zh-CN': '现场计票（{{count}} 人）多于登记在场且未用手机表决的 {{present}} 人。请核对计票，或确认后照此计入。',
  },
  'round.needsEligible': {
    en: 'A land-contracting plan needs two thirds of all who are entitled: set their number (eligibleCount) first.',
    'zh-CN': '土地承包方案须经应到人数的三分之二以上同意：请先填写应到人数（eligibleCount）。',
  },
  'round.interested': {
    en: 'You declared an interest in this item ({{note}}), and the meeting rules say members with an interest do not vote on it.',
    'zh-CN': '您已申报与本议题存在利益关系（{{note}}），按会议规则，利益相关成员回避本议题的表决。',
  },
  'interest.whose': {
    en: 'Name the member (memberId) whose interest this is.',
    'zh-CN': '请指明是哪位成员的利益关系（memberId）。',
  },
  'interest.none': {
    en: 'This member has declared no interest in this item.',
    'zh-CN': '这位成员没有申报与本议题的利益关系。',
  },
  'decision.closeFirst': {
    en: 'Close the round before recording its decision.',
    'zh-CN': '请先结束表决，再记录决议。',
  },
  'decision.recordedAlready': { en: 'This round’s decision is recorded already.', 'zh-CN': '这一轮的决议已经记录。' },
  'decision.unknown': { en: 'No such decision.', 'zh-CN': '找不到这项决议。' },
});
