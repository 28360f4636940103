/**
 * Where a matter meets its councils: a deliberation step opens as a topic in its council's pool (the
 * council's own `topic.propose`, as its host would put it there), so the council's host calls a
 * meeting with it like any pool topic; the step's outcome is read back from the last round that
 * meeting closed on the topic's agenda item.
 */
import { own } from '@dr/shared';
import { decideCouncil, type CouncilError, type CouncilState } from '@dr/shared/council';
import { isDeliberation, lastPassedText, type MatterState, type RoundFacts } from '@dr/shared/matter';
import { LIMITS } from '@dr/shared';
import type { CouncilBook } from '../council/councilBook.js';
import type { RoomRegistry } from '../room/roomRegistry.js';

/**
 * Puts step `index` of the matter in its council's pool: the matter's title, and the text the last
 * passed step decided (else the matter's description), which the meeting then decides on. Resolves
 * the topic's id, or null for a disclosure (no meeting); rejects with the council's refusal.
 */
export async function openStepTopic(
  councils: CouncilBook,
  matter: Pick<MatterState, 'title' | 'description' | 'steps' | 'path' | 'status'>,
  index: number,
): Promise<{ ok: true; topicId: string | null } | { ok: false; error: CouncilError }> {
  const step = matter.steps[index];
  if (!step || !isDeliberation(step.kind)) return { ok: true, topicId: null };
  const text = lastPassedText(matter as MatterState)?.text ?? matter.description;
  const ack = await councils.run(step.councilId, null, (state) =>
    decideCouncil(
      state,
      { role: 'host', memberId: null },
      { type: 'topic.propose', title: matter.title, description: text.slice(0, LIMITS.description) },
    ),
  );
  if (!ack.ok) return { ok: false, error: ack.error };
  return { ok: true, topicId: ack.id ?? null };
}

/**
 * The last round closed (or still open) on the topic's agenda item in the council's latest meeting
 * that had it, or null when no meeting took the topic or none held a round on it.
 */
export async function stepRound(
  registry: RoomRegistry,
  council: CouncilState,
  topicId: string,
): Promise<RoundFacts | null> {
  for (const meeting of [...council.meetings].reverse()) {
    const placed = meeting.topics.filter((t) => t.topicId === topicId).at(-1);
    if (!placed) continue;
    const room = await registry.get(meeting.roomId);
    const state = room?.current;
    const item = state && own(state.items, placed.itemId);
    if (!state || !item) continue;
    const rounds = item.roundIds.map((id) => own(state.rounds, id)).filter((r) => r && r.status !== 'void');
    const round = rounds.at(-1);
    if (!round) continue;
    return {
      roomId: meeting.roomId,
      itemId: item.id,
      roundId: round.id,
      status: round.status,
      outcome: round.result?.outcome ?? null,
      rule: round.rule,
      quorum: round.quorum,
      quorumOf: round.quorumOf,
      majorityOf: round.majorityOf,
      counts: round.result ? [...round.result.counts] : [0, 0, 0, 0, 0, 0],
      present: round.result?.attendance?.present ?? null,
      text: round.text,
      textHash: round.textHash,
      closedAt: round.closedAt,
    };
  }
  return null;
}
