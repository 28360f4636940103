/**
 * A matter's writes, each in the matter's write queue: creating it (its first step's topic in that
 * council's pool, then `matter.opened`), recording a deliberation's outcome from its meeting (and
 * opening the step it leads to) and recording a disclosure. The rules are shared/src/matter's; this
 * reads the councils and rooms they need and writes across streams in an order that never leaves a
 * matter pointing at nothing: the next step's topic is stored before the matter names it.
 */
import { councilError, type CouncilError } from '@dr/shared/council';
import {
  judgeDecision,
  judgeDisclosure,
  openStep,
  type DisclosedStep,
  type MatterEventBody,
  type MatterRefusal,
  type MatterState,
} from '@dr/shared/matter';
import type { CouncilBook } from '../council/councilBook.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { MatterRuling } from './matterBook.js';
import { involvedCouncils } from './matterDoor.js';
import { openStepTopic, stepRound } from './stepMeetings.js';

export interface MatterStepsDeps {
  book: CouncilBook;
  registry: RoomRegistry;
}

/** A matter as it opens: its `matter.opened` event, less the first step's topic (made here). */
export type NewMatter = Omit<Extract<MatterEventBody, { type: 'matter.opened' }>, 'type' | 'topicId'>;

/** Opens a new matter (its stream must be empty: `state.seq` 0, else the id is taken). */
export async function openMatter(deps: MatterStepsDeps, state: MatterState, matter: NewMatter): Promise<MatterRuling> {
  if (state.seq > 0) return { ok: false, error: councilError('conflict', 'server.raced') };
  const topic = await openStepTopic(deps.book, { ...matter, path: [], status: 'open' }, 0);
  if (!topic.ok) return topic;
  return {
    ok: true,
    id: matter.matterId,
    events: [{ type: 'matter.opened', ...matter, topicId: topic.topicId ?? '' }],
  };
}

/** Lists the matter on each council it involves (`council.matterFiled`), once each. */
export async function fileMatter(book: CouncilBook, matter: MatterState): Promise<void> {
  for (const councilId of involvedCouncils(matter)) {
    const council = await book.load(councilId);
    if (!council || council.matters.some((m) => m.matterId === matter.matterId)) continue;
    await book.run(councilId, null, () => ({
      ok: true,
      events: [{ type: 'council.matterFiled', matterId: matter.matterId, title: matter.title }],
    }));
  }
}

/** Records the open deliberation (for the council `by`) from the last round its council's meeting held on the step's topic. */
export async function recordOutcome(
  deps: MatterStepsDeps,
  state: MatterState,
  by: string,
  amended: boolean,
): Promise<MatterRuling> {
  const open = openStep(state);
  const council = open ? await deps.book.load(open.step.councilId) : null;
  const round = council && open?.record.topicId ? await stepRound(deps.registry, council, open.record.topicId) : null;
  const judged = judgeDecision(state, by, round, amended);
  if (!judged.ok) return refused(judged);
  const topic =
    typeof judged.next === 'number' ? await openStepTopic(deps.book, withDecision(state, judged), judged.next) : null;
  if (topic && !topic.ok) return topic;
  const { index, result, next } = judged;
  const event: MatterEventBody = { type: 'matter.decided', index, result, next, topicId: topic?.topicId ?? null };
  return { ok: true, events: [event] };
}

/** Records the open disclosure's publication. */
export function recordDisclosure(state: MatterState, by: string, published: Omit<DisclosedStep, 'type'>): MatterRuling {
  const judged = judgeDisclosure(state, by, published);
  if (!judged.ok) return refused(judged);
  return {
    ok: true,
    events: [{ type: 'matter.disclosed', index: judged.index, result: judged.result, next: judged.next }],
  };
}

/** The path with the decision just judged on it, so the next step's topic carries the text it passed. */
function withDecision(
  state: MatterState,
  judged: Extract<ReturnType<typeof judgeDecision>, { ok: true }>,
): MatterState {
  const path = state.path.map((r, i) => (i === state.path.length - 1 ? { ...r, result: judged.result } : r));
  return { ...state, path };
}

function refused(refusal: MatterRefusal): { ok: false; error: CouncilError } {
  return { ok: false, error: councilError(refusal.code, refusal.reason, refusal.params) };
}
