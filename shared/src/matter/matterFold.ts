/** Folds a matter's events into its state (pure; throws on an event that does not fit, so it is never stored). */
import { assertNever } from '../core/errors.js';
import type { MatterEvent, MatterState, StepRecord } from './matterState.js';

export function foldMatter(state: MatterState, events: readonly MatterEvent[]): MatterState {
  return events.reduce(foldOne, state);
}

function foldOne(state: MatterState, event: MatterEvent): MatterState {
  if (event.seq !== state.seq + 1) throw new Error(`matter ${state.matterId}: seq ${event.seq} after ${state.seq}`);
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case 'matter.opened': {
      const { councilId, title, category, proposedBy, description, preset, steps, topicId } = event;
      const first: StepRecord = { index: 0, openedAt: event.at, topicId, result: null, recordedAt: null, next: null };
      return {
        ...next,
        councilId,
        title,
        category,
        proposedBy,
        description,
        preset,
        steps,
        path: [first],
        createdAt: event.at,
      };
    }
    case 'matter.decided':
    case 'matter.disclosed': {
      const open = state.path.at(-1);
      if (state.status !== 'open' || !open || open.index !== event.index || open.result)
        throw new Error('matter: no such open step');
      const held: StepRecord = { ...open, result: event.result, recordedAt: event.at, next: event.next };
      const path = [...state.path.slice(0, -1), held];
      if (typeof event.next !== 'number') return { ...next, path, status: event.next === 'done' ? 'done' : 'ended' };
      if (!state.steps[event.next]) throw new Error('matter: no such step');
      const topicId = event.type === 'matter.decided' ? event.topicId : null;
      const opened: StepRecord = {
        index: event.next,
        openedAt: event.at,
        topicId,
        result: null,
        recordedAt: null,
        next: null,
      };
      return { ...next, path: [...path, opened] };
    }
    default:
      return assertNever(event);
  }
}
