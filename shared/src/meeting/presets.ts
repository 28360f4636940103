/**
 * The meeting rules the law gives each body (定会纪 as the law writes it). A preset fixes the quorum,
 * what the quorum counts, the decision rule and what its share is of; the words for each preset and
 * its legal source, in both languages, are in core/terms.ts (`presets`, `presetSources`). Pure.
 *
 * - 村民会议 (`villagersMeeting`), 村民委员会组织法 art. 22: "召开村民会议，应当有本村十八周岁以上村民的
 *   过半数，或者本村三分之二以上的户的代表参加，村民会议所作决定应当经到会人员的过半数通过" — more than
 *   half of the adults present, and more than half of those present decide.
 * - 村民代表会议 (`representativesMeeting`), art. 25–26: "村民代表会议有三分之二以上的组成人员参加方可
 *   召开，所作决定应当经到会人员的过半数同意" — at least two thirds present, more than half of those present.
 * - 土地承包方案 (`landContracting`), 农村土地承包法 art. 19: "经本集体经济组织成员的村民会议三分之二以上
 *   成员或者三分之二以上村民代表的同意" — two thirds of all members (or of all representatives): the
 *   share is of everyone eligible, whoever came. "以上" includes the number itself.
 * - `consent`: a consultation that decides nothing in law (the default): consensus over the responses.
 * - `custom`: rules the host set by hand.
 */
import type { RulePreset, Rules } from '../core/vocabulary.js';

/** The rules a preset fixes; the others (speaking time, the queue, `eligibleCount`) stay the room's. */
export type PresetRules = Partial<Pick<Rules, 'quorum' | 'quorumOf' | 'decisionRule' | 'majorityOf'>>;

/** What each preset fixes. `custom` fixes nothing. */
export const PRESET_RULES: Readonly<Record<RulePreset, PresetRules>> = {
  // 村民委员会组织法 art. 22: quorum > ½ of the adults, present; decision > ½ of those present.
  villagersMeeting: {
    quorum: { share: 1 / 2, moreThan: true },
    quorumOf: 'present',
    decisionRule: 'majority',
    majorityOf: 'present',
  },
  // 村民委员会组织法 art. 25–26: quorum ≥ ⅔ of the representatives, present; decision > ½ of those present.
  representativesMeeting: {
    quorum: { share: 2 / 3 },
    quorumOf: 'present',
    decisionRule: 'majority',
    majorityOf: 'present',
  },
  // 农村土地承包法 art. 19: ≥ ⅔ of all members (or representatives) agree; no separate quorum.
  landContracting: { quorum: null, quorumOf: 'present', decisionRule: 'supermajority', majorityOf: 'eligible' },
  // A consultation: consensus over the responses; the quorum stays the host's choice.
  consent: { quorumOf: 'responses', decisionRule: 'consensus', majorityOf: 'responses' },
  custom: {},
};

/** The presets whose rules come from the law (each names its source in terms.ts `presetSources`). */
export const LEGAL_PRESETS: readonly RulePreset[] = ['villagersMeeting', 'representativesMeeting', 'landContracting'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The first rule of `rules` that differs from what `preset` fixes, or null when they agree. */
export function presetConflict(preset: RulePreset, rules: Partial<Rules>): keyof PresetRules | null {
  const fixed = PRESET_RULES[preset];
  const keys = Object.keys(fixed) as (keyof PresetRules)[];
  return keys.find((key) => key in rules && !same(rules[key], fixed[key])) ?? null;
}

/**
 * `rules` under `preset`: the preset's fixed rules over the rest, and the preset named. Rules that
 * leave a preset's fixed values (set by hand without naming the preset) become `custom`.
 */
export function withPreset(rules: Rules, preset: RulePreset | undefined): Rules {
  if (preset !== undefined) return { ...rules, ...PRESET_RULES[preset], preset };
  return presetConflict(rules.preset, rules) === null ? rules : { ...rules, preset: 'custom' };
}
