/**
 * The words of supervision, councils and disclosures (监督人, 确认人, 回顾的落实事项, 决议公开) in both languages, said the same
 * on the council page and in the minutes. Beside the council, not in core/terms.ts, so the phone's
 * first page does not carry them.
 */
import type { Locale } from '../core/vocabulary.js';

export const COUNCIL_TERMS = {
  supervisor: { 'zh-CN': '监督人', en: 'Supervisor' },
  confirmedBy: { 'zh-CN': '确认人', en: 'Confirmed by' },
  confirmDone: { 'zh-CN': '确认完成', en: 'Confirm done' },
  reviewedActions: { 'zh-CN': '回顾的落实事项', en: 'Action items reviewed' },
  meeting: { 'zh-CN': '会议', en: 'Meeting' },
  /** 四议两公开's two disclosures (issue 29): the resolution's (决议公开) and the result's (实施结果公开). */
  resolutionDisclosure: { 'zh-CN': '决议公开', en: 'Resolution disclosure' },
  resultDisclosure: { 'zh-CN': '实施结果公开', en: 'Result disclosure' },
  /** How long a notice stays on the board (公示期). */
  disclosurePeriod: { 'zh-CN': '公示期', en: 'Disclosure period' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The council's words in `locale`. */
export function councilTerms(locale: Locale): Record<keyof typeof COUNCIL_TERMS, string> {
  const words = {} as Record<keyof typeof COUNCIL_TERMS, string>;
  for (const key of Object.keys(COUNCIL_TERMS) as (keyof typeof COUNCIL_TERMS)[])
    words[key] = COUNCIL_TERMS[key][locale];
  return words;
}
