import { describe, expect, it } from 'vitest';
import { indicatorsOf } from '../model/rubricParts.js';
import type { Command } from '../model/commands.js';
import type { Actor } from '../model/ruling.js';
import type { RoomState } from '../model/state.js';
import { rubricInputs, rubricOf } from '../followup/rubricInputs.js';
import { decidedMeeting, FROZEN_DRAFT } from '../testing/decidedMeeting.js';
import { chairAnaBo } from '../testing/roomHarness.js';
import { decide } from './decide.js';
import { attemptRefusal, mayAttempt, type Attempt } from './mayAttempt.js';

/** Each attempt with a complete command whose content the rules accept, to ask `decide` the same. */
function attempts(state: RoomState): [Attempt, Command][] {
  const itemIds = [...state.itemOrder, 'i404'];
  const roundIds = [...Object.keys(state.rounds), 'r404'];
  const scores = indicatorsOf(rubricOf(state))
    .filter((i) => i.kind === 'base')
    .map((i) => ({ indicatorId: i.id, points: i.max, note: '' }));
  const pairs: [Attempt, Command][] = [
    [{ type: 'agenda.propose' }, { type: 'agenda.propose', title: 'Benches' }],
    [{ type: 'scorecard.submit' }, { type: 'scorecard.submit', scores }],
  ];
  for (const itemId of itemIds) {
    pairs.push([
      { type: 'agenda.addFact', itemId },
      { type: 'agenda.addFact', itemId, text: 'It floods' },
    ]);
    pairs.push([
      { type: 'draft.saveVersion', itemId },
      { type: 'draft.saveVersion', itemId, name: 'v1' },
    ]);
    pairs.push([
      { type: 'consensus.open', itemId },
      { type: 'consensus.open', itemId },
    ]);
    const facts = [...(state.items[itemId]?.facts.map((f) => f.id) ?? []), 'f404'];
    for (const factId of facts) {
      const retract = { type: 'agenda.retractFact', itemId, factId } as const;
      pairs.push([retract, { ...retract, reason: 'Wrong' }]);
    }
  }
  for (const roundId of roundIds) {
    pairs.push([
      { type: 'consensus.vote', roundId },
      { type: 'consensus.vote', roundId, level: 3 },
    ]);
    pairs.push([
      { type: 'decision.record', roundId },
      { type: 'decision.record', roundId, statement: 'Yes' },
    ]);
  }
  for (const decisionId of [...state.decisionOrder, 'd404']) {
    const command = { type: 'action.create', decisionId, title: 'Paint', owner: 'Bo', tier: 'residents' } as const;
    pairs.push([
      { type: 'action.create', decisionId },
      { ...command, dueDate: '2030-01-01' },
    ]);
  }
  for (const actionId of [...state.actionOrder, 'a404']) {
    pairs.push([
      { type: 'action.update', actionId },
      { type: 'action.update', actionId, note: 'Started' },
    ]);
  }
  return pairs;
}

function expectAgreement(state: RoomState, actors: Actor[]) {
  let offered = 0;
  for (const actor of actors) {
    for (const [attempt, command] of attempts(state)) {
      const ruling = decide(state, actor, command, state.updatedAt, {
        ...rubricInputs(command),
        frozenDraft: FROZEN_DRAFT,
      });
      expect(mayAttempt(state, actor, attempt), `${actor.role} ${actor.memberId} ${command.type}`).toBe(ruling.ok);
      expect(attemptRefusal(state, actor, attempt)).toEqual(ruling.ok ? null : ruling.error);
      if (ruling.ok) offered += 1;
    }
  }
  // Not a table of refusals only: some of each state's attempts are offered.
  expect(offered).toBeGreaterThan(0);
}

const CONSOLE: Actor = { role: 'host', memberId: null };
const OBSERVER: Actor = { role: 'observer', memberId: null };

describe('mayAttempt', () => {
  it('says what decide says of a well-formed command, before anything happened', () => {
    const { room, host, ana } = chairAnaBo();
    expectAgreement(room.state, [host, ana, CONSOLE, OBSERVER]);
  });

  it('says what decide says in a meeting with facts, rounds, a decision, an action and an interest', () => {
    const { room, host, ana, bo, itemId, decisionId } = decidedMeeting();
    room.must(host, { type: 'agenda.addFact', itemId, text: 'Lorries use it', source: 'Survey' });
    const other = room.must(ana, { type: 'agenda.propose', title: 'Lights' });
    room.must(host, { type: 'agenda.activate', itemId: other });
    room.must(host, { type: 'rules.set', interestedMayVote: false });
    room.must(bo, { type: 'interest.declare', itemId: other, note: 'My shop' });
    room.must(host, { type: 'consensus.open', itemId: other }, { frozenDraft: FROZEN_DRAFT });
    const rejected = room.must(ana, { type: 'agenda.propose', title: 'Fountain' });
    room.must(host, { type: 'agenda.reject', itemId: rejected, reason: 'No budget' });
    const command = { type: 'action.create', decisionId, title: 'Signs', owner: 'Ana', tier: 'residents' } as const;
    room.must(host, { ...command, dueDate: '2030-01-01', ownerMemberId: ana.memberId! });
    expectAgreement(room.state, [host, ana, bo, CONSOLE, OBSERVER]);
    room.must(host, { type: 'room.setPhase', phase: 'adjourned' });
    expectAgreement(room.state, [host, ana, bo, CONSOLE, OBSERVER]);
  });
});
