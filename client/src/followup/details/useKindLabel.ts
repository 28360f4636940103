/** The form of a meeting for people: a suggested kind by its name in the reader's language, any other as written. */
import { SUGGESTED_MEETING_KINDS } from '@dr/shared';
import { useTranslation } from 'react-i18next';

export type SuggestedKind = (typeof SUGGESTED_MEETING_KINDS)[number];

export function isSuggestedKind(kind: string): kind is SuggestedKind {
  return (SUGGESTED_MEETING_KINDS as readonly string[]).includes(kind);
}

export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation('followup');
  return (kind) => (isSuggestedKind(kind) ? t(`kinds.${kind}`) : kind);
}
