/** Refusals in both languages, for the doors: links, join codes, HTTP requests and their limits (core/refusals.ts joins the areas' tables). */
import { refusalTable } from '../refusalTable.js';

export const DOOR_REFUSALS = refusalTable({
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
  'access.waitingForHost': {
    en: 'The host has closed joining for now. You are on the waiting list; keep this page open and it opens the meeting as soon as the host lets you in.',
    'zh-CN': '主持人暂时关闭了加入。您已在等待名单上；请保持此页面打开，主持人同意后会自动进入会议。',
  },
  'access.rejoin': {
    en: 'Your saved place in this room was not recognised: please join again.',
    'zh-CN': '未能识别您在这个议事室的身份，请重新加入。',
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
  'server.diskFull': {
    en: 'The server’s disk is full, so nothing was saved. Please tell the organiser; try again once space is freed.',
    'zh-CN': '服务器磁盘已满，未保存任何内容。请告知组织方，腾出空间后再试。',
  },
  'server.redisDown': {
    en: 'This server has lost its link to the other servers (Redis).',
    'zh-CN': '这台服务器与其他服务器（Redis）的连接已断开。',
  },
  'server.roomFailed': {
    en: 'The server could not open this room; please try again.',
    'zh-CN': '服务器未能打开这个议事室，请重试。',
  },
});
