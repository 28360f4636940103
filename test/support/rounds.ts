/** Where the black-box tests of ballots start: a topic with a draft and a round open on it. */
import { activeItem, ok, type CreatedRoom, type TestClient } from './clients.js';
import { writeDraft } from './draftClients.js';

/**
 * `host` proposes `topic` and makes it the item under discussion, the draft reads `text` (written
 * through the participant link) and a consensus round opens on it with `round`'s options
 * (`anonymous`…); gives the item's and the round's ids.
 */
export async function roundOn(
  url: string,
  room: CreatedRoom,
  host: TestClient,
  topic: string,
  text: string,
  round: Record<string, unknown> = {},
): Promise<{ itemId: string; roundId: string }> {
  const itemId = await activeItem(host, topic);
  await writeDraft(url, room.roomId, room.tokens.participant, itemId, text);
  const roundId = (await ok(host, { type: 'consensus.open', itemId, ...round }))!;
  return { itemId, roundId };
}

/**
 * A council meeting's decision on one topic: `host` proposes `topic`, opens the meeting and takes the
 * topic up, the draft reads `text` (written with `draft.token`), `voter` supports it (4), the round
 * closes and the host records `statement`; gives the ids.
 */
export async function decisionOn(
  url: string,
  draft: { roomId: string; token: string },
  host: TestClient,
  voter: TestClient,
  { topic, text, statement }: { topic: string; text: string; statement: string },
): Promise<{ itemId: string; roundId: string; decisionId: string }> {
  const itemId = (await ok(host, { type: 'agenda.propose', title: topic }))!;
  await ok(host, { type: 'room.setPhase', phase: 'in_session' });
  await ok(host, { type: 'agenda.activate', itemId });
  await writeDraft(url, draft.roomId, draft.token, itemId, text);
  const roundId = (await ok(host, { type: 'consensus.open', itemId }))!;
  await ok(voter, { type: 'consensus.vote', roundId, level: 4 });
  await ok(host, { type: 'consensus.close', roundId });
  const decisionId = (await ok(host, { type: 'decision.record', roundId, statement }))!;
  return { itemId, roundId, decisionId };
}
