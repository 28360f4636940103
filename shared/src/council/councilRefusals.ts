/**
 * Why a council's or an office's door refused, in both languages (issue 18): a `refusalTable` like
 * the room's areas' (core/refusalTable.ts), kept apart from the room's (core/refusals.ts) so a phone
 * on its way into a meeting never loads it: only the server and the council and office pages read
 * these. A council answer's `reason` is a key of either table; `councilRefusalText` reads both.
 */
import { protocolError, type ErrorCode, type ProtocolError } from '../core/errors.js';
import { isRefusalKey, REFUSALS, type RefusalKey, type RefusalParams } from '../core/refusals.js';
import { fillRefusal, refusalTable } from '../core/refusalTable.js';
import type { Locale } from '../core/vocabulary.js';
import { hasOwnEntry, own } from '../core/own.js';

export const COUNCIL_REFUSALS = refusalTable(
  {
    'council.unknown': 'No such council.',
    'council.nameNeeded':
      'A name of 1 to {{max}} characters is needed (a council also needs a language and a time zone).',
    'council.meetingInvalid': 'A meeting needs a title of 1 to {{max}} characters and a time (scheduledAt, ms).',
    'council.linkNeeded': 'This needs a council or office link (Bearer token).',
    'council.meetingUnknown': 'Not a meeting of this council.',
    'council.rejoin': 'Not a member of this council.',
    'council.unchanged': 'Nothing to change.',
    'council.joinFirst': 'Join the council with your name first.',
    'council.topicNotInPool': 'Topic {{topic}} is not in the pool.',
    'council.meetingOver': 'This meeting is over: put the topic on the next one.',
    'council.topicsNeeded': 'Choose at least one topic from the pool.',
    'topic.unknown': 'No such topic.',
    'topic.settled': 'This topic is decided.',
    'topic.supportedAlready': 'You support it already.',
    'topic.notSupported': 'You do not support it.',
    'office.unknown': 'No such office.',
    'office.badToken': 'Not this office’s token.',
    'matter.unknown': 'No such matter.',
    'matter.invalid':
      'A matter needs a title of 1 to {{max}} characters, who proposed it and a procedure (the preset with its councils, or steps).',
    'matter.procedureInvalid':
      'Step {{n}} cannot be followed: a matter starts with a deliberation, a failed step goes back only to an earlier deliberation, and a disclosure has no rules.',
    'matter.councilUnknown': 'No council {{council}} to hold a step.',
    'matter.closed': 'This matter has finished its procedure.',
    'matter.notHolder': 'Only the host of the council holding the open step records it.',
    'matter.isDisclosure': 'The open step is a disclosure: record when and where it was published.',
    'matter.notDisclosure': 'The open step is decided in a meeting: record the meeting’s outcome.',
    'matter.notDecided': 'No meeting of this council has closed a round on the matter’s topic yet.',
    'matter.rulesNotMet':
      'The round was not held under this step’s rules: set the meeting’s rules and hold the round again.',
    'matter.textChanged': 'The text decided differs from the one the earlier step passed: record it as an amendment.',
    'matter.disclosureInvalid': 'A disclosure needs its publication date (publishedAt, ms) and an http(s) link.',
    'matter.outcomeInvalid': 'Say only whether the text is an amendment (amended: true or false).',
    'roster.notSpreadsheet': 'Not a roster file: send a CSV or an Excel (.xlsx) file.',
    'roster.unreadable': 'This file could not be read near line {{line}} (a quotation mark not closed?).',
    'roster.encoding': 'This CSV file is in an encoding that could not be read: save it as UTF-8 (or GBK) CSV.',
    'roster.empty': 'The file has no rows below its header.',
    'roster.columnMissing': 'The file has no {{column}} column.',
    'roster.columnTwice': 'The column {{column}} is there twice.',
    'roster.tooManyRows': 'At most {{max}} rows can be imported at once.',
    'push.subscriptionInvalid':
      'A push subscription needs an https endpoint (up to {{max}} characters) and its p256dh and auth keys.',
    'push.tooManyDevices': 'At most {{max}} devices per member receive notifications: switch one off first.',
    'push.unavailable': 'Notifications are not set up on this server.',
  },
  {
    'council.unknown': '找不到这个议事会。',
    'council.nameNeeded': '需要 1 到 {{max}} 个字的名称（议事会还需语言和时区）。',
    'council.meetingInvalid': '会议需要 1 到 {{max}} 个字的标题和时间（scheduledAt，毫秒）。',
    'council.linkNeeded': '需要议事会或街镇的链接凭证。',
    'council.meetingUnknown': '不是本议事会的会议。',
    'council.rejoin': '不是本议事会的成员。',
    'council.unchanged': '没有需要修改的内容。',
    'council.joinFirst': '请先填写姓名加入议事会。',
    'council.topicNotInPool': '议题 {{topic}} 不在议题池中。',
    'council.meetingOver': '这次会议已结束，请把议题列入下次会议。',
    'council.topicsNeeded': '请从议题池中至少选择一个议题。',
    'topic.unknown': '找不到这个议题。',
    'topic.settled': '这个议题已议定。',
    'topic.supportedAlready': '您已附议。',
    'topic.notSupported': '您尚未附议。',
    'office.unknown': '找不到这个街镇。',
    'office.badToken': '不是该街镇的凭证。',
    'matter.unknown': '找不到这个议事事项。',
    'matter.invalid': '议事事项需要 1 到 {{max}} 个字的标题、提议人和议事程序（预设程序及其议事会，或逐步列出）。',
    'matter.procedureInvalid':
      '第 {{n}} 步无法执行：议事事项须从议事步骤开始，未通过的步骤只能退回到此前的议事步骤，公开步骤不设表决规则。',
    'matter.councilUnknown': '找不到承担步骤的议事会 {{council}}。',
    'matter.closed': '这个议事事项的程序已结束。',
    'matter.notHolder': '只有承担当前步骤的议事会主持人可以登记。',
    'matter.isDisclosure': '当前步骤是公开，请登记公开的日期和地址。',
    'matter.notDisclosure': '当前步骤须由会议议定，请登记会议结果。',
    'matter.notDecided': '本议事会尚无会议就该议事事项完成表决。',
    'matter.rulesNotMet': '这轮表决未按本步骤的规则进行，请设置会议规则后重新表决。',
    'matter.textChanged': '表决的文本与上一步通过的文本不同，请登记为修改。',
    'matter.disclosureInvalid': '公开需要公开日期（publishedAt，毫秒）和 http(s) 地址。',
    'matter.outcomeInvalid': '只需说明文本是否修改（amended：true 或 false）。',
    'roster.notSpreadsheet': '不是花名册文件，请上传 CSV 或 Excel（.xlsx）文件。',
    'roster.unreadable': '这个文件第 {{line}} 行附近无法读取（引号没有配对？）。',
    'roster.encoding': '无法识别这个 CSV 文件的编码，请另存为 UTF-8（或 GBK）编码的 CSV。',
    'roster.empty': '文件的表头下面没有数据。',
    'roster.columnMissing': '文件中没有“{{column}}”列。',
    'roster.columnTwice': '“{{column}}”列出现了两次。',
    'roster.tooManyRows': '一次最多导入 {{max}} 行。',
    'push.subscriptionInvalid': '推送订阅需要 https 地址（最多 {{max}} 个字符）及其 p256dh 和 auth 密钥。',
    'push.tooManyDevices': '每位成员最多 {{max}} 台设备接收通知，请先关闭其中一台。',
    'push.unavailable': '本服务器未开启通知。',
  },
);

export type CouncilRefusalKey = keyof typeof COUNCIL_REFUSALS;

/** Whether `key` is a council's or an office's refusal key (own keys only). */
export function isCouncilRefusalKey(key: string): key is CouncilRefusalKey {
  return hasOwnEntry(COUNCIL_REFUSALS, key);
}

/** A refusal of a council's door: `reason` is a key of this table or of the room's. */
export interface CouncilError extends Omit<ProtocolError, 'reason'> {
  reason?: CouncilRefusalKey | RefusalKey;
}

/**
 * The one lookup for every refusal, a room's, a council's or an office's: the text of `key` in
 * `locale` with its parameters, or null for a key neither table has (a newer server's, say; own
 * keys only: `constructor` is none). Here, not in core/, so that the phone's path never carries it.
 */
export function councilRefusalText(key: string, locale: Locale, params: RefusalParams = {}): string | null {
  const texts = own<Readonly<Record<Locale, string>>>(COUNCIL_REFUSALS, key) ?? own(REFUSALS, key);
  return texts ? fillRefusal(texts, locale, params) : null;
}

/** Makes a council's error value from a key of either table. */
export function councilError(
  code: ErrorCode,
  reason: CouncilRefusalKey | RefusalKey,
  params?: RefusalParams,
): CouncilError {
  if (isRefusalKey(reason)) return protocolError(code, reason, params);
  return { code, message: councilRefusalText(reason, 'en', params) ?? reason, reason, ...(params ? { params } : {}) };
}
