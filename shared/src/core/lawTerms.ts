/**
 * The law's words, once, in both languages: the presets (the body whose rules a room follows) and
 * the legal source of each, the matters the law reserves to the 村民会议 (a topic's category), and
 * what a quorum or a share is taken of. The host console, the board, the minutes and the notice read
 * them here. Beside core/terms.ts, not in it, so the phone's first page does not carry them
 * (docs/performance.md); `lawTerms.test.ts` checks both languages.
 */
import type { ItemCategory, Locale, MajorityBase, RulePreset } from './vocabulary.js';
import type { Term } from './terms.js';

const term = (zh: string, en: string): Term => ({ 'zh-CN': zh, en });

/** The law's families of words, keyed by the domain's values. */
export interface LawTerms {
  /** The body whose rules the room follows (meeting/presets.ts holds the rules). */
  presets: Readonly<Record<RulePreset, Term>>;
  /** Where each preset's rules come from: the law and its article, and what it says (none for `consent`, `custom`). */
  presetSources: Readonly<Record<RulePreset, Term>>;
  /** The law and article alone, for a short line (the board). */
  presetArticles: Readonly<Record<RulePreset, Term>>;
  /** Matters the law reserves to the 村民会议 (村民委员会组织法 art. 24). */
  categories: Readonly<Record<ItemCategory, Term>>;
  /** What a share is taken of, as a noun ("responses", "present", "eligible"). */
  bases: Readonly<Record<MajorityBase, Term>>;
}

export const LAW_TERMS: LawTerms = {
  presets: {
    villagersMeeting: term('村民会议', 'Villagers’ meeting'),
    representativesMeeting: term('村民代表会议', 'Villagers’ representatives’ meeting'),
    landContracting: term('土地承包方案表决', 'Land-contracting plan'),
    consent: term('协商议事（不作法定表决）', 'Consultation (no decision in law)'),
    custom: term('自定规则', 'Custom rules'),
  },
  presetSources: {
    villagersMeeting: term(
      '《村民委员会组织法》第二十二条：十八周岁以上村民过半数（或三分之二以上户的代表）到会，决定经到会人员过半数通过',
      'Organic Law of Villagers’ Committees, art. 22: more than half of the adults (or two thirds of the households’ representatives) attend; decisions need more than half of those present',
    ),
    representativesMeeting: term(
      '《村民委员会组织法》第二十五条至第二十六条：三分之二以上组成人员到会，决定经到会人员过半数同意',
      'Organic Law of Villagers’ Committees, arts. 25–26: at least two thirds of the representatives attend; decisions need more than half of those present',
    ),
    landContracting: term(
      '《农村土地承包法》第十九条：经村民会议三分之二以上成员或者三分之二以上村民代表同意',
      'Rural Land Contracting Law, art. 19: two thirds of all members of the villagers’ meeting, or of all representatives, agree',
    ),
    consent: term('不适用法定表决规则', 'No legal voting rule applies'),
    custom: term('由主持人自行设定', 'Set by the host'),
  },
  presetArticles: {
    villagersMeeting: term('《村民委员会组织法》第二十二条', 'Organic Law of Villagers’ Committees, art. 22'),
    representativesMeeting: term(
      '《村民委员会组织法》第二十五条至第二十六条',
      'Organic Law of Villagers’ Committees, arts. 25–26',
    ),
    landContracting: term('《农村土地承包法》第十九条', 'Rural Land Contracting Law, art. 19'),
    consent: term('不适用法定表决规则', 'No legal voting rule applies'),
    custom: term('由主持人自行设定', 'Set by the host'),
  },
  categories: {
    allowances: term('误工补贴人数及补贴标准', 'Allowances for lost work time'),
    collectiveIncome: term('集体经济所得收益的使用', 'Use of collective income'),
    publicWelfare: term(
      '兴办公益事业的筹资筹劳及建设承包方案',
      'Public-welfare projects: funding, labour and contracts',
    ),
    landContracting: term('土地承包经营方案', 'Land-contracting plan'),
    collectiveProjects: term('集体经济项目的立项、承包方案', 'Collective economic projects'),
    homestead: term('宅基地的使用方案', 'Homestead allocation'),
    compensation: term('征地补偿费的使用、分配方案', 'Use of land-requisition compensation'),
    collectiveProperty: term('以借贷、租赁等方式处分村集体财产', 'Disposal of collective property'),
  },
  bases: {
    responses: term('表态人数', 'responses'),
    present: term('实到人数', 'present'),
    eligible: term('应到人数', 'eligible'),
  },
};

/** The word for `key` of `family` in `locale`. */
export function lawTerm<F extends keyof LawTerms>(family: F, key: keyof LawTerms[F], locale: Locale): string {
  return (LAW_TERMS[family][key] as Term)[locale];
}
