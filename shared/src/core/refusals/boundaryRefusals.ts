/** Refusals in both languages, for the boundary: commands and messages as they arrive, rates, and the server failing (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const BOUNDARY_REFUSALS = refusalTable({
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
  'members.invalid': {
    en: 'members needs { from: integer ≥ 0 }.',
    'zh-CN': '成员分页请求需要 { from: 不小于 0 的整数 }。',
  },
  'rate.commands': { en: 'Too many actions at once; wait a moment.', 'zh-CN': '操作太频繁，请稍等片刻。' },
  'rate.joins': {
    en: 'Many people are joining this room right now. Wait a few seconds, then try again; your name is kept.',
    'zh-CN': '正在加入这个议事室的人很多。请等几秒再试一次，已填的姓名会保留。',
  },
  'rate.deviceJoins': {
    en: 'This phone has already added {{max}} people to this meeting. Anyone else joins on their own phone, or the host adds them by name.',
    'zh-CN': '这部手机已为本次会议加入了 {{max}} 人。其他人请用自己的手机加入，或请主持人按姓名添加。',
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
});
