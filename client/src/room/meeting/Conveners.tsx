import { membersInOrder } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import './Conveners.css';

/** Who convenes the meeting (定主事): the members who joined with the host link. */
export function Conveners() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const names = membersInOrder(state)
    .filter((m) => m.role === 'host')
    .map((m) => m.name);
  if (names.length === 0) return null;
  return <p className="conveners">{t('room.conveners.named', { names: names.join(t('common.listSeparator')) })}</p>;
}
