/**
 * A land-contracting plan (农村土地承包法 art. 19), a matter reserved to the 村民会议 (art. 24), is
 * always decided by two thirds of all eligible, whatever the room's preset. Which body may decide a
 * reserved matter is in competence.ts (the host console's, off the phone's path). Pure.
 */
import type { Rules } from '../core/vocabulary.js';
import type { AgendaItem } from '../model/state.js';
import { PRESET_RULES } from '../meeting/presets.js';

/**
 * The rules a round on `item` opens with: the room's, except that a land-contracting plan takes the
 * `landContracting` preset's (two thirds of all eligible) whatever the room's preset says.
 */
export function roundRules(rules: Rules, item: Pick<AgendaItem, 'category'>): Rules {
  if (item.category !== 'landContracting') return rules;
  return { ...rules, ...PRESET_RULES.landContracting, preset: 'landContracting' };
}
