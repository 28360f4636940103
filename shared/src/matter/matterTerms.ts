/**
 * The words of a matter's path (议事事项, 四议两公开 and its steps) in both languages, said the same on
 * the council page, the matter page and in the archive. Beside the matter, not in core/terms.ts, so
 * the phone's first page does not carry them.
 */
import type { Locale } from '../core/vocabulary.js';
import type { StepKind, StepRules } from './procedure.js';
import type { MatterStatus } from './matterState.js';

type Words = Readonly<Record<Locale, string>>;
const w = (zh: string, en: string): Words => ({ 'zh-CN': zh, en });

export const MATTER_TERMS = {
  matter: w('议事事项', 'Matter'),
  matters: w('议事事项', 'Matters'),
  fourDeliberations: w('四议两公开', 'Four deliberations and two disclosures'),
  custom: w('自定程序', 'Custom procedure'),
  /** The step's short name: 提议, 商议, 审议, 决议, 决议公开, 实施结果公开. */
  steps: {
    proposal: w('提议', 'Proposal'),
    consultation: w('商议', 'Consultation'),
    review: w('审议', 'Review'),
    resolution: w('决议', 'Resolution'),
    resolutionDisclosure: w('决议公开', 'Disclosure of the resolution'),
    resultDisclosure: w('实施结果公开', 'Disclosure of the results'),
  } satisfies Record<StepKind, Words>,
  /** The body that holds each step of 四议两公开, as the procedure names it. */
  stepBodies: {
    proposal: w('村党组织提议', 'Proposed by the village party organisation'),
    consultation: w('村两委会议商议', 'Discussed by the two village committees'),
    review: w('党员大会审议', 'Reviewed by the party members’ meeting'),
    resolution: w('村民会议或村民代表会议决议', 'Resolved by the villagers’ (representatives’) meeting'),
    resolutionDisclosure: w('决议公开', 'Resolution made public'),
    resultDisclosure: w('实施结果公开', 'Results made public'),
  } satisfies Record<StepKind, Words>,
  rules: {
    own: w('本机构的议事规则', 'The body’s own rules'),
    partyMembersMeeting: w(
      '三分之二以上党员到会，到会党员过半数同意',
      'At least two thirds of the party members present, more than half of those present agree',
    ),
    villagersMeeting: w('村民会议（第二十二条）', 'Villagers’ meeting (art. 22)'),
    representativesMeeting: w('村民代表会议（第二十五条至第二十六条）', 'Representatives’ meeting (arts. 25–26)'),
    villagersOrRepresentatives: w('村民会议或村民代表会议', 'Villagers’ or representatives’ meeting'),
    landContracting: w(
      '三分之二以上同意（《农村土地承包法》第十九条）',
      'Two thirds agree (Land Contracting Law, art. 19)',
    ),
  } satisfies Record<StepRules, Words>,
  status: {
    open: w('进行中', 'In progress'),
    done: w('已完成', 'Completed'),
    ended: w('已终止', 'Ended'),
  } satisfies Record<MatterStatus, Words>,
} as const;

type Flat<T> = { [K in keyof T]: T[K] extends Words ? string : Flat<T[K]> };

/** The matter's words in `locale`, the same shape with each word in that language. */
export function matterTerms(locale: Locale): Flat<typeof MATTER_TERMS> {
  const pick = (value: object): unknown =>
    'en' in value && 'zh-CN' in value
      ? (value as Words)[locale]
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pick(v as object)]));
  return pick(MATTER_TERMS) as Flat<typeof MATTER_TERMS>;
}
