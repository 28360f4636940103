import { conveners } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import './Conveners.css';

/** Who convenes the meeting (定主事): the hosts who came, as the minutes and the notice name them. */
export function Conveners() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const names = conveners(state);
  if (names.length === 0) return null;
  return <p className="conveners">{t('room.conveners.named', { names: names.join(t('common.listSeparator')) })}</p>;
}
