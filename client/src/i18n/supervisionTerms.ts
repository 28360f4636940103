/**
 * The words of supervision (监督人, 确认人, 确认完成) for the follow-up namespace, from the one
 * vocabulary beside the council (`COUNCIL_TERMS`): loaded with the follow-up's strings, so the
 * phone's first page does not carry them.
 */
import { councilTerms } from '@dr/shared/council';
import type { Locale } from '@dr/shared';

export function supervisionTerms(locale: Locale) {
  const words = councilTerms(locale);
  return { actions: { supervisor: words.supervisor, confirmedBy: words.confirmedBy, confirmDone: words.confirmDone } };
}
