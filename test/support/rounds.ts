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
