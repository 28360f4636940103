/** Refusals in both languages about who speaks for whom (户 · 委托): households and written proxies. */
import { refusalTable } from '../refusalTable.js';

export const REPRESENTATION_REFUSALS = refusalTable(
  {
    'proxy.off': 'This meeting’s rules do not allow voting by written proxy.',
    'proxy.self': 'A member cannot give their proxy to themselves.',
    'proxy.givenAlready': 'This member has already given their proxy; revoke it before naming someone else.',
    'proxy.chain':
      'A proxy cannot be passed on: the holder has given their own vote to someone else, or the principal holds another member’s proxy.',
    'proxy.holderFull': 'The holder already carries {{max}} proxies, the most one member may carry in this meeting.',
    'proxy.holderInterested':
      'The holder declared an interest in a topic of this meeting, so they cannot vote for others.',
    'proxy.none': 'This member has no proxy in force.',
    'proxy.unknown': 'No such proxy.',
    'proxy.revokedAlready': 'This proxy was revoked already.',
    'proxy.whose': 'Name the proxy to revoke (principalId or proxyId).',
    'round.notHolder':
      'You hold no proxy in force for this member: they are present and vote themselves, or never named you.',
    'round.principalVoted': 'This member has voted in person in this round: their own vote counts.',
    'round.principalInterested':
      'This member declared an interest in this item, and members with an interest do not vote on it, by proxy or in person.',
    'round.householdVoted':
      'Another member of household “{{household}}” has voted in this round: one household, one vote.',
  },
  {
    'proxy.off': '本次会议规则不允许书面委托投票。',
    'proxy.self': '不能委托给自己。',
    'proxy.givenAlready': '这位成员已委托他人，请先撤销原委托，再另行委托。',
    'proxy.chain': '委托不能转托：受托人本人已委托他人，或委托人正受他人委托。',
    'proxy.holderFull': '受托人已接受 {{max}} 份委托，已达本次会议每人可受托的上限。',
    'proxy.holderInterested': '受托人已申报与本次会议议题存在利益关系，不能代他人表决。',
    'proxy.none': '这位成员没有有效的委托。',
    'proxy.unknown': '找不到这份委托。',
    'proxy.revokedAlready': '这份委托已经撤销。',
    'proxy.whose': '请指明要撤销哪份委托（principalId 或 proxyId）。',
    'round.notHolder': '您没有这位成员的有效委托：其本人在场自行表决，或并未委托您。',
    'round.principalVoted': '这位成员已在本轮亲自表决，以其本人的表决为准。',
    'round.principalInterested': '这位成员已申报与本议题存在利益关系，利益相关成员回避表决，委托表决亦同。',
    'round.householdVoted': '同户（{{household}}）已有成员在本轮表决，一户一票。',
  },
);
