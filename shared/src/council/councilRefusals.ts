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

export const COUNCIL_REFUSALS = refusalTable({
  'council.unknown': { en: 'No such council.', 'zh-CN': '找不到这个议事会。' },
  'council.nameNeeded': {
    en: 'A name of 1 to {{max}} characters is needed (a council also needs a language and a time zone).',
    'zh-CN': '需要 1 到 {{max}} 个字的名称（议事会还需语言和时区）。',
  },
  'council.meetingInvalid': {
    en: 'A meeting needs a title of 1 to {{max}} characters and a time (scheduledAt, ms).',
    'zh-CN': '会议需要 1 到 {{max}} 个字的标题和时间（scheduledAt，毫秒）。',
  },
  'council.linkNeeded': {
    en: 'This needs a council or office link (Bearer token).',
    'zh-CN': '需要议事会或街镇的链接凭证。',
  },
  'council.rejoin': { en: 'Not a member of this council.', 'zh-CN': '不是本议事会的成员。' },
  'council.unchanged': { en: 'Nothing to change.', 'zh-CN': '没有需要修改的内容。' },
  'council.joinFirst': { en: 'Join the council with your name first.', 'zh-CN': '请先填写姓名加入议事会。' },
  'council.topicNotInPool': { en: 'Topic {{topic}} is not in the pool.', 'zh-CN': '议题 {{topic}} 不在议题池中。' },
  'council.meetingUnknown': { en: 'No such meeting of this council.', 'zh-CN': '本议事会没有这次会议。' },
  'council.meetingOver': {
    en: 'This meeting is over: put the topic on the next one.',
    'zh-CN': '这次会议已结束，请把议题列入下次会议。',
  },
  'council.topicsNeeded': { en: 'Choose at least one topic from the pool.', 'zh-CN': '请从议题池中至少选择一个议题。' },
  'topic.unknown': { en: 'No such topic.', 'zh-CN': '找不到这个议题。' },
  'topic.settled': { en: 'This topic is decided.', 'zh-CN': '这个议题已议定。' },
  'topic.supportedAlready': { en: 'You support it already.', 'zh-CN': '您已附议。' },
  'topic.notSupported': { en: 'You do not support it.', 'zh-CN': '您尚未附议。' },
  'office.unknown': { en: 'No such office.', 'zh-CN': '找不到这个街镇。' },
  'office.badToken': { en: 'Not this office’s token.', 'zh-CN': '不是该街镇的凭证。' },
});

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
