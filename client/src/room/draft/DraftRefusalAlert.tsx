import type { RefusalParams } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { useRefusalTexts } from '../../live/refusalTexts';
import { Alert } from '../../ui/Alert';
import type { DraftRefusal } from './roomDrafts';

/**
 * Why the server did not keep this person's last change to this draft (it is locked, or at its
 * size cap), in the reader's language; the change itself is already undone in the editor. The
 * draft's channel sends only the key, so its words come with the refusal texts (loaded when first
 * needed; the code's sentence until then).
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
  const { t, i18n } = useTranslation();
  useRefusalTexts();
  if (!refusal || refusal.itemId !== itemId) return null;
  const params: RefusalParams = refusal.limit ? { limit: Math.round(refusal.limit / 1000) } : {};
  const code = refusal.limit ? 'too_large' : 'conflict'; // the code's sentence while the texts load
  const said = errorMessage(t, i18n.language, { code, message: refusal.reason, reason: refusal.reason, params });
  return <Alert key={refusal.serial} message={said} onDismiss={onDismiss} />;
}
