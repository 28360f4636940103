/**
 * Matters the law reserves to the 村民会议 (村民委员会组织法 art. 24): a topic's `category`. A round on
 * such a topic under rules that are not competent for it warns the host. Pure; kept apart from the
 * rules every phone runs (reservedMatters.ts), since only the host console asks.
 */
import type { RulePreset } from '../core/vocabulary.js';
import type { AgendaItem } from '../model/state.js';

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
  if (item.category === 'landContracting') {
    // A land plan takes its own rule (reservedMatters.ts roundRules): two thirds of all members of
    // the villagers' meeting, or of all representatives (农村土地承包法 art. 19).
    return preset === 'representativesMeeting' || preset === 'landContracting' ? 'competent' : 'notCompetent';
  }
  return preset === 'representativesMeeting' ? 'ifAuthorised' : 'notCompetent';
}
