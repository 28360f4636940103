/**
 * Why a command was refused, in both languages. Every refusal names a key here; the error value
 * carries the key and its parameters, so each client shows the reason in its own language, and
 * `message` carries the English text for logs and other clients. `{{name}}` marks a parameter.
 */
import { own } from './own.js';
import type { Locale } from './vocabulary.js';
import { termInSentence, termOf, type TermFamily } from './terms.js';

export const REFUSALS = {
  // The boundary
  'command.notObject': { en: 'A command must be an object with a "type".', 'zh-CN': '指令必须是带有 "type" 的对象。' },
  'command.tooLarge': {
    en: 'A command may be at most {{limit}} bytes (got {{size}}).',
    'zh-CN': '指令最多 {{limit}} 字节（收到 {{size}}）。',
  },
  'command.unknown': { en: 'Unknown command type {{type}}.', 'zh-CN': '未知的指令类型 {{type}}。' },
  'command.invalid': { en: 'Invalid command: {{detail}}', 'zh-CN': '指令内容不正确：{{detail}}' },
  'command.requestId': {
    en: 'A requestId must be a string of 8 to 64 characters.',
    'zh-CN': 'requestId 必须是 8 到 64 个字符的字符串。',
  },
  'command.requestReused': {
    en: 'This requestId was already used for a different command.',
    'zh-CN': '这个 requestId 已用于另一条指令。',
  },
  'sync.invalid': {
    en: 'sync needs { afterSeq: integer ≥ 0 }.',
    'zh-CN': '同步请求需要 { afterSeq: 不小于 0 的整数 }。',
  },
  'rate.commands': { en: 'Too many actions at once; wait a moment.', 'zh-CN': '操作太频繁，请稍等片刻。' },
  'rate.joins': {
    en: 'Many people are joining this room right now; trying again in a moment.',
    'zh-CN': '正在加入这个议事室的人很多，稍后会自动重试。',
  },
  'rate.requests': { en: 'Too many requests; wait a moment.', 'zh-CN': '请求太频繁，请稍等片刻。' },
  'server.saveFailed': {
    en: 'The room could not save that; please try again.',
    'zh-CN': '议事室未能保存这一操作，请重试。',
  },
  'server.raced': {
    en: 'The room changed at the same moment; please try again.',
    'zh-CN': '议事室刚好同时发生了变化，请重试。',
  },
  'server.failed': { en: 'Something went wrong on the server.', 'zh-CN': '服务器出了问题。' },
  'server.historyFailed': { en: 'Could not read the room history.', 'zh-CN': '无法读取议事记录。' },
  'server.foldFailed': {
    en: 'The room could not take in that change, so nothing was changed.',
    'zh-CN': '议事室无法处理这项更改，未作任何改动。',
  },
  'server.draftUnreadable': { en: 'The draft text could not be read.', 'zh-CN': '无法读取决议草案的文本。' },

  // Doors: links, join codes, HTTP requests and their limits
  'room.unknown': { en: 'No such room.', 'zh-CN': '找不到这个议事室。' },
  'room.titleNeeded': {
    en: 'A room needs a title of 1 to {{max}} characters; its language is zh-CN or en.',
    'zh-CN': '议事室需要 1 到 {{max}} 个字的名称；语言为 zh-CN 或 en。',
  },
  'room.badTimeZone': {
    en: 'Not a known time zone: use an IANA name such as Asia/Shanghai or Australia/Sydney.',
    'zh-CN': '无法识别的时区：请使用 IANA 名称，例如 Asia/Shanghai 或 Australia/Sydney。',
  },
  'access.malformed': {
    en: 'Missing or malformed room link: it needs a room and a token.',
    'zh-CN': '议事室链接不完整或格式不对：需要议事室编号和令牌。',
  },
  'access.badLink': {
    en: 'This room link or join code is not valid (it may have been replaced).',
    'zh-CN': '这个议事室链接或参会码无效（可能已被更换）。',
  },
  'access.hostLinkNeeded': {
    en: 'This needs the host link’s token (Authorization: Bearer …).',
    'zh-CN': '这需要主持人链接的令牌（Authorization: Bearer …）。',
  },
  'access.rejoin': {
    en: 'Your saved place in this room was not recognised: please join again.',
    'zh-CN': '未能识别你在这个议事室的身份，请重新加入。',
  },
  'access.nameRequired': { en: 'Tell the room your name to join.', 'zh-CN': '请填写姓名加入议事室。' },
  'access.joinMalformed': {
    en: 'A join needs a name (and may say where you are).',
    'zh-CN': '加入需要姓名（可注明参会方式）。',
  },
  'access.joinGone': { en: 'The connection closed: please join again.', 'zh-CN': '连接已断开，请重新加入。' },
  'access.joined': { en: 'This connection has joined already.', 'zh-CN': '这个连接已经加入。' },
  'access.outdated': { en: 'This page is out of date: please reload.', 'zh-CN': '页面已过期，请刷新。' },
  'access.tooManyGuesses': {
    en: 'Too many wrong join codes were tried from this network. Wait a minute and try again, or scan the QR code.',
    'zh-CN': '这个网络尝试的错误参会码太多。请等一分钟再试，或扫描二维码加入。',
  },
  'rate.roomsCreated': {
    en: 'Too many rooms were created from this network. Wait a few minutes and try again.',
    'zh-CN': '这个网络创建的议事室太多。请等几分钟再试。',
  },
  'links.badRole': {
    en: 'The role is host, participant or observer.',
    'zh-CN': '角色只能是主持人、参与者或旁听者。',
  },
  'links.unreadable': { en: 'The room’s links could not be opened.', 'zh-CN': '无法读取议事室的链接。' },
  'request.tooLarge': { en: 'The request is too large.', 'zh-CN': '请求内容过大。' },
  'request.badJson': { en: 'The request body is not valid JSON.', 'zh-CN': '请求内容不是有效的 JSON。' },
  'request.unknown': { en: 'There is nothing at this address.', 'zh-CN': '这个地址没有内容。' },
  'request.unknownField': {
    en: 'The request has a field this server does not know: {{field}}.',
    'zh-CN': '请求中有服务器不认识的字段：{{field}}。',
  },
  'server.storeDown': { en: 'The store is not reachable.', 'zh-CN': '无法连接数据存储。' },
  'server.roomFailed': {
    en: 'The server could not open this room; please try again.',
    'zh-CN': '服务器未能打开这个议事室，请重试。',
  },

  // Who may do what
  'role.observer': { en: 'Observers can watch but not take part.', 'zh-CN': '旁听者只能观看，不能参与操作。' },
  'role.observerJoin': { en: 'Observers watch without joining as members.', 'zh-CN': '旁听者无需以成员身份加入。' },
  'role.hostOnly': { en: 'Only the host can do that.', 'zh-CN': '只有主持人可以这样做。' },
  'role.joinFirst': { en: 'Join the room with your name first.', 'zh-CN': '请先填写姓名加入议事室。' },
  'role.hostForOthers': { en: 'Only the host can act for someone else.', 'zh-CN': '只有主持人可以代他人操作。' },
  'role.hostEditsItem': { en: 'Only the host can edit this item.', 'zh-CN': '只有主持人可以修改这个议题。' },
  'role.hostSetsGroup': {
    en: 'Only the host can set another member’s group.',
    'zh-CN': '只有主持人可以设置他人的身份类别。',
  },
  'role.endTurn': {
    en: 'Only the host or the speaker can end this turn.',
    'zh-CN': '只有主持人或发言人本人可以结束这次发言。',
  },
  'role.actionSupervisor': { en: 'Only its supervisor can confirm it.', 'zh-CN': '只有监督人可以确认。' },
  'role.actionOwner': {
    en: 'Only the host or the owner of this action item can update it.',
    'zh-CN': '只有主持人或该事项的负责人可以更新它。',
  },

  // The room, its members and rules
  'room.closed': { en: 'The meeting is closed.', 'zh-CN': '会议已结束。' },
  'room.samePhase': { en: 'The meeting is already {{phase}}.', 'zh-CN': '会议当前已是“{{phase}}”。' },
  'room.badPhaseMove': {
    en: 'The meeting cannot go from {{from}} to {{to}}.',
    'zh-CN': '会议不能从“{{from}}”转为“{{to}}”。',
  },
  'room.nameNeeded': {
    en: 'A name of 1 to {{max}} characters is needed to join.',
    'zh-CN': '加入需要填写 1 到 {{max}} 个字的姓名。',
  },
  'rules.nothing': { en: 'rules.set needs at least one rule to change.', 'zh-CN': '请至少修改一条会议规则。' },
  'rules.quorumNeedsEligible': {
    en: 'A quorum given as a share needs the number of people entitled to take part (eligibleCount).',
    'zh-CN': '按比例设定法定人数时，需要先填写应参会人数（eligibleCount）。',
  },
  'rules.quorumAboveEligible': {
    en: 'A quorum of {{count}} can never be reached with {{eligible}} people entitled to take part.',
    'zh-CN': '应参会人数只有 {{eligible}} 人，法定人数 {{count}} 人永远无法达到。',
  },
  'details.nothing': { en: 'room.setDetails needs at least one field.', 'zh-CN': '请至少填写一项会议信息。' },
  'member.unknown': { en: 'No such member.', 'zh-CN': '找不到这位成员。' },
  'member.removed': {
    en: 'This member was removed from the meeting.',
    'zh-CN': '这位成员已被移出会议。',
  },
  'member.removedAlready': { en: 'This member was removed already.', 'zh-CN': '这位成员已经被移出。' },
  'member.removeSelf': {
    en: 'You cannot remove yourself; another host can.',
    'zh-CN': '不能移出自己，可由其他主持人操作。',
  },
  'room.full': {
    en: 'This room has its {{max}} members already; the host can remove someone to make room.',
    'zh-CN': '这个议事室已有 {{max}} 位成员，已满；主持人可移出成员后再加入。',
  },
  'member.namePresence': { en: 'Name the member to move.', 'zh-CN': '请指明要更改哪位成员。' },
  'member.presenceInQueue': {
    en: 'Not while your hand is up or you speak: turns alternate by it.',
    'zh-CN': '举手或发言期间不能更改：发言按现场与远程轮流。',
  },
  'member.samePresence': {
    en: 'This member takes part from there already.',
    'zh-CN': '这位成员已经是这种参会方式。',
  },
  'member.mergeSame': { en: 'A member cannot be merged into themselves.', 'zh-CN': '不能把成员合并到其本人。' },
  'member.mergeSelf': {
    en: 'You cannot merge away the membership you are using; merge the other one into it.',
    'zh-CN': '不能合并掉您正在使用的成员身份，请把另一个合并到这个身份。',
  },
  'member.noNameAlert': {
    en: 'This member’s name is not flagged as a duplicate.',
    'zh-CN': '这位成员的姓名没有被标记为重名。',
  },
  'member.nameWhose': { en: 'Name the member whose group to set.', 'zh-CN': '请指明要设置哪位成员的身份类别。' },

  // The agenda
  'fact.unknown': { en: 'No such fact on this item.', 'zh-CN': '这个议题下没有这条事实。' },
  'fact.alreadyRetracted': { en: 'This fact was retracted already.', 'zh-CN': '这条事实已经撤回。' },
  'item.unknown': { en: 'No such agenda item.', 'zh-CN': '找不到这个议题。' },
  'item.rejected': { en: 'This topic was not taken up.', 'zh-CN': '这个议题未被采纳。' },
  'item.editNothing': {
    en: 'agenda.edit needs a title, description or timeboxSec to change.',
    'zh-CN': '请修改议题的标题、说明或时限中的至少一项。',
  },
  'item.notScheduled': { en: 'This item is not on the agenda.', 'zh-CN': '这个议题不在议程上。' },
  'item.reorderUnscheduled': {
    en: 'Only items on the agenda can be reordered.',
    'zh-CN': '只有议程上的议题可以调整顺序。',
  },
  'item.alreadyRejected': { en: 'This item was rejected already.', 'zh-CN': '这个议题已经被驳回。' },
  'item.activateRejected': {
    en: 'A rejected item cannot be discussed; schedule it first.',
    'zh-CN': '被驳回的议题不能讨论，请先把它排入议程。',
  },
  'item.alreadyActive': { en: 'This item is already being discussed.', 'zh-CN': '这个议题正在讨论中。' },
  'item.noneActive': { en: 'No item is being discussed.', 'zh-CN': '当前没有正在讨论的议题。' },
  'item.sameStep': { en: 'This item is already at “{{step}}”.', 'zh-CN': '这个议题已处于“{{step}}”阶段。' },

  // The queue and the floor
  'queue.whose': {
    en: 'Name the member (memberId) whose hand this is.',
    'zh-CN': '请指明为哪位成员举手（memberId）。',
  },
  'queue.alreadyRaised': { en: 'This hand is already raised.', 'zh-CN': '已经举手了。' },
  'queue.notRaised': { en: 'This hand is not raised.', 'zh-CN': '还没有举手。' },
  'queue.hasFloor': { en: 'This member has the floor already.', 'zh-CN': '这位成员正在发言。' },
  'queue.noPointsOfOrder': {
    en: 'The meeting rules do not allow points of order.',
    'zh-CN': '会议规则不允许提程序问题。',
  },
  'queue.turnCap': {
    en: 'The meeting rules allow {{cap}} turn(s) per member on this item.',
    'zh-CN': '会议规则规定每人在本议题上最多发言 {{cap}} 次。',
  },
  'queue.stale': {
    en: 'The floor or the queue changed before this arrived (someone acted first), so nothing was changed. Look again and retry if still needed.',
    'zh-CN':
      '在这一操作送达之前，发言或排队情况已经变化（有人先操作了），因此未作任何改动。请重新查看，如仍需要再操作。',
  },
  'queue.empty': { en: 'Nobody is waiting to speak.', 'zh-CN': '目前没有人排队等待发言。' },
  'speaker.none': { en: 'Nobody has the floor.', 'zh-CN': '当前没有人发言。' },
  'speaker.alreadyPaused': { en: 'The speaker’s time is already paused.', 'zh-CN': '发言计时已经暂停。' },
  'speaker.notPaused': { en: 'The speaker’s time is not paused.', 'zh-CN': '发言计时没有暂停。' },

  // Drafts and consensus
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

  // After the meeting
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
} as const satisfies Record<string, Record<Locale, string>>;

/** Parameters that name a domain value (a phase, a step): said with the terms' words (core/terms.ts). */
const TERM_PARAMS: Readonly<Record<string, TermFamily>> = {
  phase: 'phases',
  from: 'phases',
  to: 'phases',
  step: 'steps',
};

export type RefusalKey = keyof typeof REFUSALS;
export type RefusalParams = Record<string, string | number>;

/** The refusal `key` in `locale`, with its parameters filled in. */
export function refusalText(key: RefusalKey, locale: Locale, params: RefusalParams = {}): string {
  return REFUSALS[key][locale].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = String(params[name] ?? '');
    const family = own(TERM_PARAMS, name);
    const word = family && termOf(family, value, locale);
    if (!word) return value;
    // A phase reads inside the sentence ("already in session"); a step is quoted as its name.
    return family === 'phases' ? termInSentence(word, locale) : word;
  });
}
