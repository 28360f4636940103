import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { stepLabel } from './stepLabel';
import './ActiveItemLine.css';

/** One line at the top of a phone: the topic under discussion and its step; details further down. */
export function ActiveItemLine() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  if (!item) return null;
  return (
    <p className="active-line">
      <span className="active-line__label">{t('room.active.heading')}</span>
      {/* Not an in-page link: the room's token lives in the URL fragment. */}
      <span className="active-line__title">{item.title}</span>
      <span className="active-line__step">{stepLabel(t, item.step)}</span>
    </p>
  );
}
