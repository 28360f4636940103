/**
 * The HTTP contract (shared/src/protocol/http.ts) against the real server: every JSON answer parses
 * with its route's shared schema and comes out the same, so no field the server sends is one the
 * web app would drop, and a refusal parses as a refusal.
 */
import {
  ChainHead,
  CreatedRoom,
  Health,
  HttpRefusal,
  Notice,
  RoomLinks,
  RoomSummary,
  ScorecardReport,
  DEFAULT_RUBRIC,
  indicatorsOf,
} from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { connect, createRoom, ok } from '../support/clients.js';
import { writeDraft } from '../support/draftClients.js';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

/** The JSON body of `path`, checked to parse with `schema` into exactly what was sent. */
async function answer(
  schema: { parse(body: unknown): unknown },
  path: string,
  init: RequestInit = {},
): Promise<unknown> {
  const res = await fetch(`${suite.url}${path}`, init);
  const body: unknown = await res.json();
  expect(schema.parse(body)).toEqual(body);
  return body;
}

describe('the HTTP answers keep to the shared schemas', () => {
  it('health, room creation, the summary, the links and a rotation', async () => {
    await answer(Health, '/healthz');
    const created = await answer(CreatedRoom, '/api/rooms', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'East lane', locale: 'en' }),
    });
    const room = CreatedRoom.parse(created);
    await answer(RoomSummary, `/api/rooms/${room.roomId}`);
    const bearer = { headers: { authorization: `Bearer ${room.tokens.host}` } };
    await answer(RoomLinks, `/api/rooms/${room.roomId}/links`, bearer);
    await answer(RoomLinks, `/api/rooms/${room.roomId}/links/observer/rotate`, { ...bearer, method: 'POST' });
    await answer(ChainHead, `/api/rooms/${room.roomId}/chain`, bearer);
  });

  it('the notice and the scorecard of a meeting with a decision and an action item', async () => {
    const room = await createRoom(suite.url, 'East lane', 'en');
    const host = await connect(suite.url, { roomId: room.roomId, token: room.tokens.host, name: 'Chair' });
    const itemId = (await ok(host, { type: 'agenda.propose', title: 'One-way street' }))!;
    await ok(host, { type: 'room.setPhase', phase: 'in_session' });
    await writeDraft(suite.url, room.roomId, room.tokens.participant, itemId, 'The east lane becomes one-way.');
    const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
    await ok(host, { type: 'consensus.vote', roundId, level: 4 });
    await ok(host, { type: 'consensus.close', roundId });
    const decisionId = (await ok(host, { type: 'decision.record', roundId, statement: 'One-way from May' }))!;
    const action = { type: 'action.create', decisionId, title: 'Signs', owner: 'Committee', tier: 'committee' };
    const actionId = (await ok(host, { ...action, dueDate: '2020-05-01' }))!;
    await ok(host, { type: 'action.update', actionId, progress: 40, note: 'Ordered' });
    await ok(host, { type: 'room.setPhase', phase: 'adjourned' });
    const scores = indicatorsOf(DEFAULT_RUBRIC)
      .filter((indicator) => indicator.kind === 'base')
      .map((indicator) => ({ indicatorId: indicator.id, points: indicator.max, note: 'Done as planned' }));
    await ok(host, { type: 'scorecard.submit', scores });
    await ok(host, { type: 'notice.publish' });
    const notice = Notice.parse(await answer(Notice, `/api/rooms/${room.roomId}/notice`));
    expect(notice.decisions[0]!.actions[0]!.timeline[0]).toMatchObject({ author: 'Chair', progress: 40 });
    const bearer = { headers: { authorization: `Bearer ${room.tokens.host}` } };
    const report = ScorecardReport.parse(await answer(ScorecardReport, `/api/rooms/${room.roomId}/scorecard`, bearer));
    expect(report.scores.submissions).toBe(1);
    host.close();
  });

  it('refusals', async () => {
    await answer(HttpRefusal, '/api/rooms/nope');
    await answer(HttpRefusal, '/api/rooms', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
  });
});
