/** A short meeting in Chinese with a decision, an action item and an anonymous round: what the archive tests read. */
import type { createRoom } from './clients.js';
import { ok, type TestClient, openRoom, activeItem } from './clients.js';
import { writeDraft } from './draftClients.js';

export interface ArchivedMeeting {
  room: Awaited<ReturnType<typeof createRoom>>;
  host: TestClient;
  wang: TestClient;
  li: TestClient;
  /** The decided text. */
  text: string;
  close(): void;
}

export async function archivedMeeting(url: string): Promise<ArchivedMeeting> {
  const { room, join } = await openRoom(url, '东巷停车', 'zh-CN');
  const host = await join(room.tokens.host, { name: '张主任' });
  const wang = await join(room.tokens.participant, { name: '王秀英' });
  const li = await join(room.tokens.participant, { name: '李建国' });
  const itemId = await activeItem(host, '东巷单行');
  await ok(wang, { type: 'interest.declare', itemId, note: '我家开小卖部，就在东巷口' });
  const text = '东巷自五月一日起改为由南向北单行。';
  await writeDraft(url, room.roomId, room.tokens.participant, itemId, text);
  const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
  await ok(host, { type: 'consensus.vote', roundId, level: 4 });
  await ok(li, { type: 'consensus.vote', roundId, level: 5 });
  await ok(host, { type: 'consensus.close', roundId });
  const decisionId = (await ok(host, { type: 'decision.record', roundId, statement: '东巷单行' }))!;
  await ok(host, {
    type: 'action.create',
    decisionId,
    title: '设置单行标志',
    owner: '李建国',
    ownerMemberId: li.welcome.you.memberId,
    tier: 'committee',
    dueDate: '2027-05-01',
  });
  const secret = (await ok(host, { type: 'consensus.open', itemId, anonymous: true }))!;
  await ok(li, { type: 'consensus.vote', roundId: secret, level: 2 });
  await ok(host, { type: 'consensus.close', roundId: secret });
  return { room, host, wang, li, text, close: () => [host, wang, li].forEach((c) => c.close()) };
}
