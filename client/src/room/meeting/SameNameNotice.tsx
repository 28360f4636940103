import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';

/**
 * Told to the phone that joined under a name already present (one person, one voice): the host was
 * alerted and may merge the two memberships. Gone once the host decided.
 */
export function SameNameNotice() {
  const { t } = useTranslation();
  const { state, youId } = useRoomView();
  const me = youId ? own(state.members, youId) : undefined;
  const other = me?.sameNameAs ? own(state.members, me.sameNameAs) : undefined;
  if (!me || !other || other.removedAt !== null) return null;
  return (
    <p className="notice" role="status">
      {t('room.sameName.toPhone', { name: other.name })}
    </p>
  );
}
