/**
 * A village's bodies for the matter tests: councils with a chair (joined through the host link) and
 * two members each, and a meeting of one of them that decides a pool topic in one round, through
 * the real server with real clients (HTTP, Socket.IO, the draft's y-websocket).
 */
import { CreatedCouncil, CreatedMeeting, JoinedCouncil } from '@dr/shared/council';
import { expect } from 'vitest';
import { connect, httpCall, ok, type TestClient } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';

export interface Body {
  council: CreatedCouncil;
  people: JoinedCouncil[];
}

/** A council named `name` with its chair and two members on the roster. */
export async function body(url: string, name: string, names: [string, string, string]): Promise<Body> {
  const made = await httpCall(url, 'POST', '/api/councils', { name, locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
  expect(made.status, made.text).toBe(201);
  const council = CreatedCouncil.parse(made.json);
  const people: JoinedCouncil[] = [];
  for (const [i, person] of names.entries()) {
    const token = i === 0 ? council.tokens.host : council.tokens.member;
    const joined = await httpCall(url, 'POST', `/api/councils/${council.councilId}/members`, { name: person }, token);
    expect(joined.status, joined.text).toBe(201);
    people.push(JoinedCouncil.parse(joined.json));
  }
  return { council, people };
}

/** A meeting of a body on one pool topic, its three people in the room, the draft written. */
export interface Meeting {
  meeting: CreatedMeeting;
  /** One round on the topic's item in which the three respond with `levels` (chair first), after the chair sets `rules`. */
  round(levels: [number, number, number], rules?: Record<string, unknown>): Promise<void>;
  /** Adjourns and leaves. */
  close(): Promise<void>;
}

/** The body's host calls a meeting with `topicId` from its pool; its three people come; the draft gets `text`. */
export async function meet(url: string, { council, people }: Body, topicId: string, text: string): Promise<Meeting> {
  const called = await httpCall(
    url,
    'POST',
    `/api/councils/${council.councilId}/meetings`,
    { title: '议事会议', scheduledAt: Date.UTC(2026, 11, 1, 11), topicIds: [topicId] },
    council.tokens.host,
  );
  expect(called.status, called.text).toBe(201);
  const meeting = CreatedMeeting.parse(called.json);
  const itemId = meeting.topics.find((t) => t.topicId === topicId)!.itemId;
  const clients: TestClient[] = [];
  for (const [i, person] of people.entries()) {
    const { memberId, memberSecret, meetingToken } = person;
    const token = i === 0 ? council.tokens.host : meetingToken;
    clients.push(await connect(url, { roomId: meeting.roomId, token, memberId, memberSecret, presence: 'in_room' }));
  }
  const [chair] = clients as [TestClient];
  await ok(chair, { type: 'room.setPhase', phase: 'in_session' });
  await ok(chair, { type: 'agenda.activate', itemId });
  await writeDraft(url, meeting.roomId, council.tokens.member, itemId, text);
  return {
    meeting,
    async round(levels, rules) {
      if (rules) await ok(chair, { type: 'rules.set', ...rules });
      const roundId = (await ok(chair, { type: 'consensus.open', itemId }))!;
      for (const [i, client] of clients.entries())
        await ok(client, { type: 'consensus.vote', roundId, level: levels[i] });
      await ok(chair, { type: 'consensus.close', roundId });
    },
    async close() {
      await ok(chair, { type: 'room.setPhase', phase: 'adjourned' });
      for (const client of clients) client.close();
    },
  };
}

/** A meeting on the topic that holds one round and adjourns (`meet`, then `round`). */
export async function hold(
  url: string,
  body: Body,
  topicId: string,
  text: string,
  levels: [number, number, number],
  rules?: Record<string, unknown>,
): Promise<CreatedMeeting> {
  const held = await meet(url, body, topicId, text);
  try {
    await held.round(levels, rules);
  } finally {
    await held.close();
  }
  return held.meeting;
}
