/**
 * What each step's rules (`StepRules`, procedure.ts) are in numbers: the meeting presets' rule sets a
 * round may have been held under. Apart from procedure.ts so that the pages, which read the
 * procedure but never judge a round, do not carry the presets' values (the phone's path shares them).
 */
import { PRESET_RULES, type PresetRules } from '../meeting/presets.js';
import type { StepRules } from './procedure.js';

/** 党员大会: ≥ ⅔ of the party members present (the quorum over those eligible), > ½ of those present agree. */
export const PARTY_MEMBERS_MEETING: PresetRules = {
  quorum: { share: 2 / 3 },
  quorumOf: 'present',
  decisionRule: 'majority',
  majorityOf: 'present',
};

/** The rule sets a round may have been held under for each name (any one; none listed: any rules). */
export const STEP_RULE_SETS: Readonly<Record<StepRules, readonly PresetRules[]>> = {
  own: [],
  partyMembersMeeting: [PARTY_MEMBERS_MEETING],
  villagersMeeting: [PRESET_RULES.villagersMeeting],
  representativesMeeting: [PRESET_RULES.representativesMeeting],
  villagersOrRepresentatives: [PRESET_RULES.villagersMeeting, PRESET_RULES.representativesMeeting],
  landContracting: [PRESET_RULES.landContracting],
};
