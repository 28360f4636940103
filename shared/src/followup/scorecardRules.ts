/** Rules for the scorecard (打分器): the host fixes the rubric, then members score the meeting after it adjourns. */
import type { CommandOf, ScoreEntry } from '../model/commands.js';
import type { RefusalKey, RefusalParams } from '../core/refusals.js';
import type { EventBody } from '../model/events.js';
import { accept, refuse, type Ruling, type RuleContext } from '../model/ruling.js';
import { indicatorsOf } from '../model/rubricParts.js';
import type { Rubric, RubricIndicator } from '../model/rubric.js';
import { commandRules, type MayContext } from '../model/commandRules.js';

/** Changing the rubric under submitted cards would change what their points mean. */
export function setRubric({ state }: RuleContext, command: CommandOf<'scorecard.setRubric'>): Ruling {
  if (Object.keys(state.scorecard.cards).length > 0) {
    return refuse('conflict', 'scorecard.rubricFixed');
  }
  return accept([{ type: 'scorecard.rubricSet', rubric: command.rubric }]);
}

/**
 * A member's scorecard, once the meeting has adjourned: every base indicator scored, bonus items
 * and deductions where they apply, with a note wherever `noteRequired` asks for one. Sending again replaces one's own card. The
 * first card fixes the default rubric in the record, so later versions of the default change nothing.
 */
export function submit({ state, actor, inputs }: RuleContext, command: CommandOf<'scorecard.submit'>): Ruling {
  const barred = maySubmit({ state });
  if (barred) return barred;
  const rubric = state.scorecard.rubric ?? inputs.defaultRubric;
  // The server always gives the default (rubricInputs); a caller that did not cannot judge the card.
  if (!rubric) return refuse('internal', 'server.failed');
  const problem = checkScores(rubric, command.scores);
  if (problem) return refuse(problem.code, problem.reason, problem.params);
  const events: EventBody[] = state.scorecard.rubric ? [] : [{ type: 'scorecard.rubricSet', rubric }];
  const scores = command.scores.map(({ indicatorId, points, note }) => ({ indicatorId, points, note }));
  events.push({ type: 'scorecard.submitted', memberId: actor.memberId!, scores });
  return accept(events);
}

/** Whether scorecards may be submitted now, before the scores are read: once the meeting has adjourned. */
export function maySubmit({ state }: Pick<MayContext, 'state'>): Ruling | null {
  return state.phase !== 'adjourned' && state.phase !== 'closed' ? refuse('conflict', 'scorecard.notYet') : null;
}

/**
 * Whether a score must say why (the seed's rubric asks for a reason where points move away from the
 * plain case): a deduction or a bonus that takes or gives points, or a base score below the
 * indicator's maximum. A full base score, or a bonus or deduction of 0, needs no note.
 */
export function noteRequired(indicator: Pick<RubricIndicator, 'kind' | 'max'>, points: number): boolean {
  return indicator.kind === 'base' ? points < indicator.max : points > 0;
}

/**
 * Why these scores do not fit the rubric, or null when they do: `not_found` for an indicator the
 * rubric does not have, `invalid` for the rest.
 */
export function checkScores(
  rubric: Rubric,
  scores: readonly ScoreEntry[],
): { code: 'invalid' | 'not_found'; reason: RefusalKey; params: RefusalParams } | null {
  const indicators = new Map(indicatorsOf(rubric).map((i) => [i.id, i]));
  const seen = new Set<string>();
  for (const { indicatorId, points, note } of scores) {
    const indicator = indicators.get(indicatorId);
    if (!indicator)
      return { code: 'not_found', reason: 'scorecard.unknownIndicator', params: { indicator: indicatorId } };
    if (seen.has(indicatorId))
      return { code: 'invalid', reason: 'scorecard.twice', params: { indicator: indicatorId } };
    seen.add(indicatorId);
    if (points > indicator.max) {
      return {
        code: 'invalid',
        reason: 'scorecard.range',
        params: { indicator: indicatorId, max: indicator.max, points },
      };
    }
    if (noteRequired(indicator, points) && note.trim() === '') {
      return { code: 'invalid', reason: 'scorecard.noteNeeded', params: { indicator: indicatorId } };
    }
  }
  const missing = [...indicators.values()].filter((i) => i.kind === 'base' && !seen.has(i.id)).map((i) => i.id);
  if (missing.length > 0)
    return { code: 'invalid', reason: 'scorecard.missing', params: { missing: missing.join(', ') } };
  return null;
}

/** The scorecard's commands: who may send each (model/commandRules.ts `Access`) and its rule; `decide` dispatches by this list. */
export const SCORECARD_COMMANDS = commandRules({
  'scorecard.setRubric': { access: 'host', rule: setRubric },
  'scorecard.submit': { access: 'member', may: maySubmit, rule: submit },
});
