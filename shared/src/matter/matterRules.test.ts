import { describe, expect, it } from 'vitest';
import { foldMatter } from './matterFold.js';
import {
  judgeDecision,
  judgeDisclosure,
  lastPassedText,
  openStep,
  roundKeepsRules,
  type RoundFacts,
} from './matterRules.js';
import { emptyMatter, type MatterEvent, type MatterEventBody, type MatterState } from './matterState.js';
import { fourDeliberations, procedureFault, type ProcedureStep } from './procedure.js';

const steps = fourDeliberations({
  proposal: 'party',
  consultation: 'committees',
  review: 'members',
  resolution: 'reps',
  disclosure: 'committees',
});

function fold(state: MatterState, ...bodies: MatterEventBody[]): MatterState {
  const events = bodies.map((body, i) => ({
    ...body,
    seq: state.seq + i + 1,
    at: 1000 * (state.seq + i + 1),
    actor: null,
  }));
  return foldMatter(state, events as MatterEvent[]);
}

function opened(procedure: ProcedureStep[] = steps): MatterState {
  return fold(emptyMatter('m1'), {
    type: 'matter.opened',
    matterId: 'm1',
    councilId: 'party',
    title: '修建村道',
    category: 'publicWelfare',
    proposedBy: '村党支部',
    description: '',
    preset: 'fourDeliberations',
    steps: procedure,
    topicId: 't1',
  });
}

/** A round as the room holds it: adopted by a majority of those present unless told otherwise. */
function round(over: Partial<RoundFacts> = {}): RoundFacts {
  return {
    roomId: 'r1',
    itemId: 'i1',
    roundId: 'c1',
    status: 'closed',
    outcome: 'adopted',
    rule: 'majority',
    quorum: { share: 2 / 3 },
    quorumOf: 'present',
    majorityOf: 'present',
    counts: [0, 0, 1, 0, 4, 2],
    present: 7,
    text: '修建村道，预算十万元。',
    textHash: 'h1',
    closedAt: 500,
    ...over,
  };
}

/** The council holding the open step (the one that may record it). */
const holder = (state: MatterState) => openStep(state)?.step.councilId ?? '';

/** Records the open step's decision by `facts`, or fails the test with the refusal. */
function decide(
  state: MatterState,
  facts: RoundFacts,
  amended = false,
  topicId: string | null = 't-next',
): MatterState {
  const judged = judgeDecision(state, holder(state), facts, amended);
  if (!judged.ok) throw new Error(judged.reason);
  return fold(state, {
    type: 'matter.decided',
    index: judged.index,
    result: judged.result,
    next: judged.next,
    topicId,
  });
}

describe('a matter through 四议两公开', () => {
  it('advances on each passed step, then records both disclosures and is done', () => {
    let state = opened();
    expect(openStep(state)?.step.kind).toBe('proposal');
    state = decide(state, round());
    state = decide(state, round());
    expect(openStep(state)?.step).toMatchObject({ kind: 'review', councilId: 'members' });
    state = decide(state, round());
    state = decide(state, round({ quorum: { share: 1 / 2, moreThan: true } })); // 村民会议 art. 22
    expect(openStep(state)?.step.kind).toBe('resolutionDisclosure');
    expect(judgeDecision(state, holder(state), round(), false)).toMatchObject({
      ok: false,
      reason: 'matter.isDisclosure',
    });
    for (const publishedAt of [10, 20]) {
      const judged = judgeDisclosure(state, 'committees', { publishedAt, link: 'https://example.org/notice' });
      if (!judged.ok) throw new Error(judged.reason);
      state = fold(state, { type: 'matter.disclosed', index: judged.index, result: judged.result, next: judged.next });
    }
    expect(state.status).toBe('done');
    expect(state.path.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(openStep(state)).toBeNull();
    expect(judgeDisclosure(state, 'committees', { publishedAt: 1, link: 'https://x.org' })).toMatchObject({
      reason: 'matter.closed',
    });
  });

  it('sends a failed review back to the consultation, which holds it again', () => {
    let state = decide(decide(opened(), round()), round());
    state = decide(state, round({ outcome: 'not_adopted', counts: [0, 3, 2, 1, 1, 0] }));
    expect(state.status).toBe('open');
    expect(state.path.at(-2)).toMatchObject({ index: 2, next: 1, result: { passed: false } });
    expect(openStep(state)?.step.kind).toBe('consultation');
    expect(state.path.map((r) => r.index)).toEqual([0, 1, 2, 1]);
  });

  it('counts a round without its quorum as a failure, and ends a matter whose proposal fails', () => {
    const state = decide(opened(), round({ outcome: 'no_quorum' }));
    expect(state.status).toBe('ended');
    expect(state.path).toHaveLength(1);
    expect(state.path[0]).toMatchObject({ next: 'end', result: { outcome: 'no_quorum', passed: false } });
  });

  it('refuses a review held under other rules than the 党员大会’s, a round still open, and another council', () => {
    const state = decide(decide(opened(), round()), round());
    expect(judgeDecision(state, 'committees', round(), false)).toMatchObject({
      code: 'forbidden',
      reason: 'matter.notHolder',
    });
    expect(judgeDecision(state, holder(state), round({ quorum: null }), false)).toMatchObject({
      reason: 'matter.rulesNotMet',
    });
    expect(judgeDecision(state, holder(state), round({ majorityOf: 'responses' }), false)).toMatchObject({
      reason: 'matter.rulesNotMet',
    });
    expect(judgeDecision(state, holder(state), round({ status: 'open', outcome: null }), false)).toMatchObject({
      reason: 'matter.notDecided',
    });
    expect(judgeDecision(state, holder(state), null, false)).toMatchObject({ reason: 'matter.notDecided' });
    expect(roundKeepsRules('own', round({ rule: 'consensus', quorum: null }))).toBe(true);
    expect(roundKeepsRules('villagersOrRepresentatives', round({ quorum: { share: 1 / 2, moreThan: true } }))).toBe(
      true,
    );
    expect(roundKeepsRules('villagersOrRepresentatives', round({ quorum: { count: 5 } }))).toBe(false);
  });

  it('takes the earlier passed text, or a changed one only as a visible amendment', () => {
    let state = decide(opened(), round());
    const changed = round({ text: '修建村道，预算十二万元。', textHash: 'h2' });
    expect(judgeDecision(state, holder(state), changed, false)).toMatchObject({
      ok: false,
      reason: 'matter.textChanged',
    });
    state = decide(state, changed, true);
    expect(state.path[1]!.result).toMatchObject({
      text: '修建村道，预算十二万元。',
      amends: { text: '修建村道，预算十万元。', textHash: 'h1' },
    });
    expect(lastPassedText(state)).toEqual({ text: '修建村道，预算十二万元。', textHash: 'h2' });
    // The same text again is no amendment, even if declared one.
    state = decide(state, round({ text: '修建村道，预算十二万元。', textHash: 'h2' }), true);
    expect(state.path[2]!.result).toMatchObject({ amends: null });
  });

  it('keeps the last passed text when a failed step sends the matter back', () => {
    let state = decide(decide(opened(), round()), round());
    state = decide(state, round({ outcome: 'not_adopted', text: '别的', textHash: 'h9' }), true);
    expect(lastPassedText(state)?.textHash).toBe('h1');
  });
});

describe('a custom procedure', () => {
  it('is checked: a deliberation first, failures only back to an earlier deliberation, no rules on a disclosure', () => {
    const d = (over: Partial<ProcedureStep> = {}): ProcedureStep => ({
      kind: 'consultation',
      councilId: 'a',
      rules: 'own',
      onFail: 'end',
      ...over,
    });
    expect(procedureFault([d(), d({ kind: 'resolution', onFail: 0 }), d({ kind: 'resolutionDisclosure' })])).toBeNull();
    expect(procedureFault([])).toMatchObject({ params: { n: 1 } });
    expect(procedureFault([d({ kind: 'resultDisclosure' })])).toMatchObject({ params: { n: 1 } });
    expect(procedureFault([d(), d({ onFail: 1 })])).toMatchObject({ params: { n: 2 } });
    expect(procedureFault([d(), d({ kind: 'resolutionDisclosure' }), d({ onFail: 1 })])).toMatchObject({
      params: { n: 3 },
    });
    expect(procedureFault([d(), d({ kind: 'resolutionDisclosure', rules: 'villagersMeeting' })])).toMatchObject({
      params: { n: 2 },
    });
  });

  it('ends on a failure when its step says so, and is done after its last step', () => {
    const custom: ProcedureStep[] = [
      { kind: 'consultation', councilId: 'a', rules: 'own', onFail: 'end' },
      { kind: 'resolution', councilId: 'b', rules: 'landContracting', onFail: 0 },
    ];
    let state = decide(opened(custom), round());
    expect(judgeDecision(state, holder(state), round(), false)).toMatchObject({ reason: 'matter.rulesNotMet' });
    const land = round({ quorum: null, rule: 'supermajority', majorityOf: 'eligible' });
    state = decide(state, land, false, null);
    expect(state.status).toBe('done');
  });
});
