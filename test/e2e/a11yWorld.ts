/**
 * What the accessibility test opens: a meeting with something on every screen (a decided topic
 * with an action item and a published notice, a second topic with an open round and a raised
 * hand), and a standing council in an office with a member, a topic and a meeting called.
 */
import { CreatedCouncil, CreatedOffice, JoinedCouncil } from '@dr/shared/council';
import type { CreatedRoom } from '@dr/shared';
import { connect, createRoom, ok, type TestClient, postJson } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';

export interface MeetingWorld {
  room: CreatedRoom;
  clients: TestClient[];
}

/** A meeting in session: topic 1 decided with an action item and the notice out, topic 2 being decided. */
export async function meetingWorld(url: string, lang: 'en' | 'zh-CN'): Promise<MeetingWorld> {
  const zh = lang === 'zh-CN';
  const room = await createRoom(url, zh ? '柳巷小院议事会' : 'Courtyard council', lang);
  const auth = (token: string, name?: string) => ({ roomId: room.roomId, token, ...(name ? { name } : {}) });
  const host = await connect(url, auth(room.tokens.host, zh ? '王主任' : 'Chair'));
  const ana = await connect(url, auth(room.tokens.participant, 'Ana'));
  await ok(host, { type: 'room.setPhase', phase: 'in_session' });
  const first = (await ok(ana, { type: 'agenda.propose', title: zh ? '修缮小院道路' : 'Fix the path' }))!;
  await ok(host, { type: 'agenda.activate', itemId: first });
  await ok(host, {
    type: 'agenda.addFact',
    itemId: first,
    text: zh ? '道路有十四处开裂。' : 'The path is cracked in 14 places.',
    source: zh ? '网格员勘查' : 'Grid member survey',
  });
  await writeDraft(url, room.roomId, room.tokens.participant, first, zh ? '秋收后修路。' : 'Repair after the harvest.');
  const decided = (await ok(host, { type: 'consensus.open', itemId: first }))!;
  await ok(ana, { type: 'consensus.vote', roundId: decided, level: 4 });
  await ok(host, { type: 'consensus.close', roundId: decided });
  const decisionId = (await ok(host, {
    type: 'decision.record',
    roundId: decided,
    statement: zh ? '秋收后修路' : 'Repair after the harvest',
  }))!;
  await ok(host, {
    type: 'action.create',
    decisionId,
    title: zh ? '买水泥' : 'Buy cement',
    owner: 'Ana',
    tier: 'residents',
    dueDate: '2099-02-01',
  });
  await ok(host, { type: 'notice.publish' });
  const second = (await ok(ana, { type: 'agenda.propose', title: zh ? '路灯' : 'Street lights' }))!;
  await ok(host, { type: 'agenda.activate', itemId: second });
  await writeDraft(url, room.roomId, room.tokens.participant, second, zh ? '装四盏路灯。' : 'Put up four lights.');
  await ok(host, { type: 'consensus.open', itemId: second });
  await ok(ana, { type: 'queue.raise' });
  return { room, clients: [host, ana] };
}

/** An office with a council: a chair and a member on its roster, a topic proposed, a meeting called. */
export async function councilWorld(url: string, lang: 'en' | 'zh-CN') {
  const zh = lang === 'zh-CN';
  const office = CreatedOffice.parse(
    await postJson(url, '/api/offices', { name: zh ? '城关街道' : 'Chengguan Street' }),
  );
  const council = CreatedCouncil.parse(
    await postJson(
      url,
      '/api/councils',
      {
        name: zh ? '东巷议事会' : 'East Lane Council',
        locale: lang,
        timeZone: 'Asia/Shanghai',
        officeId: office.officeId,
      },
      office.token,
    ),
  );
  const base = `/api/councils/${council.councilId}`;
  const join = async (token: string, name: string) =>
    JoinedCouncil.parse(await postJson(url, `${base}/members`, { name, group: 'resident' }, token));
  await join(council.tokens.host, zh ? '王主任' : 'Chair Wang');
  const ana = await join(council.tokens.member, 'Ana Wu');
  const topic = { type: 'topic.propose', title: zh ? '东巷停车' : 'Parking on East Lane' };
  await postJson(
    url,
    `${base}/commands`,
    { command: topic, memberId: ana.memberId, memberSecret: ana.memberSecret },
    council.tokens.member,
  );
  await postJson(
    url,
    `${base}/meetings`,
    { title: zh ? '一月例会' : 'January meeting', scheduledAt: Date.UTC(2099, 0, 5, 11) },
    council.tokens.host,
  );
  return { office, council };
}
