/**
 * The web app's i18next resources: its own sentences (the JSON files) with the domain's words put
 * in from the one vocabulary in `@dr/shared` (core/terms.ts), at the keys the views already read
 * (`phases.in_session`, `tiers.committee` …). So the screen, the minutes, the notice and refusals say
 * the same word, and a term is translated in one place only.
 */
import { CONSENSUS_LEVELS, DECISION_RULES, ITEM_STEPS, termsIn, type Locale, type TermsIn } from '@dr/shared';
import type { AppStrings } from './appStrings';
// Only its shape: the follow-up's strings are fetched with its screens (followupStrings.ts).
import type followupEn from './followup.en.json';
// Only its shape too: the law's words come with the follow-up's strings (lawStrings.ts).
import type { lawStrings } from './lawStrings';
import type { supervisionTerms } from './supervisionTerms';
import type councilEn from './council.en.json';
import type matterEn from './matter.en.json';
import type officeEn from './office.en.json';
// The same for written proxies (proxyStrings.ts).
import type { proxyWithTerms } from './proxyStrings';
// And for the record's controls (recordStrings.ts).
import type { recordWithTerms } from './recordStrings';
// And for what the read-aloud button says (room/readAloud/run.ts).
import type readAloudEn from './readAloud.en.json';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `extra` laid over it, objects merged key by key. */
function deepMerge<A extends Obj, B extends Obj>(base: A, extra: B): A & B {
  const out: Obj = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const prior = out[key];
    out[key] = isObj(prior) && isObj(value) ? deepMerge(prior, value) : value;
  }
  return out as A & B;
}

const byKey = <K extends string | number, V>(keys: readonly K[], value: (k: K) => V) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

/** The terms at the keys of the app's translation namespace. */
function appTerms(words: TermsIn) {
  return {
    phases: words.phases,
    role: words.roles,
    groups: words.groups,
    steps: byKey(ITEM_STEPS, (s) => ({ name: words.steps[s], short: words.stepsShort[s] })),
    decisionRules: byKey(DECISION_RULES, (r) => ({ name: words.rules[r], help: words.ruleThresholds[r] })),
    consensus: {
      levels: byKey(CONSENSUS_LEVELS, (l) => ({ name: words.levels[l] })),
      outcome: words.outcomes,
    },
    room: { facts: { heading: words.record.facts }, proxies: { heading: words.record.proxy } },
  };
}

/** The terms at the keys of the follow-up namespace. */
function followupTerms(words: TermsIn) {
  return {
    outcomes: words.outcomes,
    rules: words.rules,
    levels: words.levels,
    tiers: words.tiers,
    statuses: words.statuses,
    kinds: words.meetingKinds,
    actions: {
      heading: words.record.actionItems,
      owner: words.record.owner,
      tier: words.record.tier,
      due: words.record.dueDate,
    },
    minutes: { heading: words.record.minutes },
    publicNotice: { itemFacts: words.record.facts },
  };
}

/** The follow-up's strings (fetched later) with the terms put in, for `addResourceBundle`. */
export function followupWithTerms(locale: Locale, followup: typeof followupEn) {
  return deepMerge(followup, followupTerms(termsIn(locale)));
}

/** The app's sentences in `locale` with the domain's terms put in: its `translation` namespace. */
export function translationFor(locale: Locale, app: AppStrings) {
  return deepMerge(app, appTerms(termsIn(locale)));
}

export interface AppResources {
  translation: ReturnType<typeof translationFor>;
  followup: ReturnType<typeof followupWithTerms> & ReturnType<typeof lawStrings> & ReturnType<typeof supervisionTerms>;
  council: typeof councilEn;
  office: typeof officeEn;
  matter: typeof matterEn;
  proxy: ReturnType<typeof proxyWithTerms>;
  record: ReturnType<typeof recordWithTerms>;
  readAloud: typeof readAloudEn;
}
