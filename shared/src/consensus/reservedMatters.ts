/**
 * Matters the law reserves to the 村民会议 (村民委员会组织法 art. 24): a topic's `category`. A round on
 * such a topic under rules that are not the 村民会议's warns the host; a land-contracting plan
 * (农村土地承包法 art. 19) is always decided by two thirds of all eligible, whatever the room's preset.
 * Pure.
 */
import type { RulePreset, Rules } from '../core/vocabulary.js';
import type { AgendaItem } from '../model/state.js';
import { PRESET_RULES } from '../meeting/presets.js';

/**
 * Whether `preset` may decide a topic of `item`'s category:
 * - `competent`: an ordinary topic, or a reserved one under the 村民会议's rules (or a land plan
 *   under its own);
 * - `ifAuthorised`: a reserved matter under the 村民代表会议's rules, competent only where the
 *   村民会议 authorised it (art. 24, last paragraph);
 * - `notCompetent`: a reserved matter under rules that decide nothing in law (consent, custom).
 */
export type Competence = 'competent' | 'ifAuthorised' | 'notCompetent';

export function competence(preset: RulePreset, item: Pick<AgendaItem, 'category'>): Competence {
  if (item.category === null || preset === 'villagersMeeting') return 'competent';
  if (preset === 'landContracting' || item.category === 'landContracting') {
    // A land plan is decided by its own rule (see roundRules), in the villagers' or representatives' meeting.
    return preset === 'representativesMeeting' || preset === 'landContracting' ? 'competent' : 'notCompetent';
  }
  return preset === 'representativesMeeting' ? 'ifAuthorised' : 'notCompetent';
}

/**
 * The rules a round on `item` opens with: the room's, except that a land-contracting plan takes the
 * `landContracting` preset's (two thirds of all eligible) whatever the room's preset says.
 */
export function roundRules(rules: Rules, item: Pick<AgendaItem, 'category'>): Rules {
  if (item.category !== 'landContracting') return rules;
  return { ...rules, ...PRESET_RULES.landContracting, preset: 'landContracting' };
}
