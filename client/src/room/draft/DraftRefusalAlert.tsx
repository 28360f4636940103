import { refusalText, type RefusalParams } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../i18n/language';
import { Alert } from '../../ui/Alert';
import type { DraftRefusal } from './roomDrafts';

/**
 * Why the server did not keep this person's last change to this draft (it is locked, or at its
 * size cap), in the reader's language; the change itself is already undone in the editor.
 */
export function DraftRefusalAlert({
  refusal,
  itemId,
  onDismiss,
}: {
  refusal: DraftRefusal | null;
  itemId: string;
  onDismiss: () => void;
}) {
  const { i18n } = useTranslation();
  if (!refusal || refusal.itemId !== itemId) return null;
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const params: RefusalParams = refusal.limit ? { limit: Math.round(refusal.limit / 1000) } : {};
  return <Alert key={refusal.serial} message={refusalText(refusal.reason, locale, params)} onDismiss={onDismiss} />;
}
