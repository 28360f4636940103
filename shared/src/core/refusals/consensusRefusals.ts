/** Refusals in both languages, for drafts, consensus rounds, declared interests and decisions (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const CONSENSUS_REFUSALS = refusalTable(
  {
    'draft.alreadyLocked': 'This draft is locked already.',
    'draft.notLocked': 'This draft is not locked.',
    'draft.empty': 'The draft is empty: write the resolution first.',
    'draft.notADraft': 'Only the drafts of this room’s agenda items can be edited; that change was not kept.',
    'draft.badContent': 'That change holds something a draft cannot hold; it was not kept.',
    'draft.lockedEdit': 'The draft was locked before your last change arrived; that change was not kept.',
    'draft.tooLarge':
      'This draft has reached its size limit ({{limit}} KB); your last change was not kept. Shorten the text to go on.',
    'draft.roomFull':
      'This room’s drafts have reached their total size limit ({{limit}} KB); your last change was not kept.',
    'round.unknown': 'No such consensus round.',
    'round.openAlready': 'A round on this item is open already.',
    'round.closed': 'This round is closed.',
    'round.closedAlready': 'This round is closed already.',
    'round.reasonNeeded': 'A block or a serious concern needs a reason the meeting can read.',
    'round.tallyAbovePresent':
      'The room count ({{count}}) is more than the {{present}} people marked in the room who have not voted by phone. Check the count, or confirm it to count them anyway.',
    'round.needsEligible':
      'A land-contracting plan needs two thirds of all who are entitled: set their number (eligibleCount) first.',
    'round.interested':
      'You declared an interest in this item ({{note}}), and the meeting rules say members with an interest do not vote on it.',
    'interest.whose': 'Name the member (memberId) whose interest this is.',
    'interest.none': 'This member has declared no interest in this item.',
    'decision.closeFirst': 'Close the round before recording its decision.',
    'decision.recordedAlready': 'This round’s decision is recorded already.',
    'decision.unknown': 'No such decision.',
  },
  {
    'draft.alreadyLocked': '草案已经锁定。',
    'draft.notLocked': '草案没有锁定。',
    'draft.empty': '草案是空的，请先起草决议。',
    'draft.notADraft': '只能编辑本议事室议题的决议草案，这处修改未被保存。',
    'draft.badContent': '这处修改包含草案不能容纳的内容，未被保存。',
    'draft.lockedEdit': '您的最后一处修改送达前草案已被锁定，这处修改未被保存。',
    'draft.tooLarge': '本草案已达到大小上限（{{limit}} KB），您的最后一处修改未被保存。请精简文字后再继续。',
    'draft.roomFull': '本议事室的草案总量已达上限（{{limit}} KB），您的最后一处修改未被保存。',
    'round.unknown': '找不到这一轮表决。',
    'round.openAlready': '这个议题已有一轮表决正在进行。',
    'round.closed': '这一轮表决已经结束。',
    'round.closedAlready': '这一轮表决已经结束。',
    'round.reasonNeeded': '表示阻止或严重关切时，请写明理由，供大家参考。',
    'round.tallyAbovePresent':
      '现场计票（{{count}} 人）多于登记在场且未用手机表决的 {{present}} 人。请核对计票，或确认后照此计入。',
    'round.needsEligible': '土地承包方案须经应到人数的三分之二以上同意：请先填写应到人数（eligibleCount）。',
    'round.interested': '您已申报与本议题存在利益关系（{{note}}），按会议规则，利益相关成员回避本议题的表决。',
    'interest.whose': '请指明是哪位成员的利益关系（memberId）。',
    'interest.none': '这位成员没有申报与本议题的利益关系。',
    'decision.closeFirst': '请先结束表决，再记录决议。',
    'decision.recordedAlready': '这一轮的决议已经记录。',
    'decision.unknown': '找不到这项决议。',
  },
);
