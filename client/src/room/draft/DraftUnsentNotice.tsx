import type { AgendaItem, RoomState } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { currentRound } from '../consensus/rounds';
import type { DraftStatus } from './roomDrafts';

/**
 * A consensus round freezes the text the server has: edits still only on this device (made while
 * the draft was offline) are not in it, and the person must not believe they are voting on them.
 */
export function DraftUnsentNotice({
  state,
  item,
  status,
}: {
  state: RoomState;
  item: AgendaItem;
  status: DraftStatus;
}) {
  const { t } = useTranslation();
  if (!status.unsent || currentRound(state, item.id)?.status !== 'open') return null;
  return (
    <p className="notice" role="status">
      {t('draft.unsentDuringRound')}
    </p>
  );
}
