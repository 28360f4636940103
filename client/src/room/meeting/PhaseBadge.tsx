import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';

/** The meeting's phase (筹备中 · 进行中 · 休会 · 已结束), for everyone. */
export function PhaseBadge() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  return <span className={`phase phase--${state.phase}`}>{t(`phases.${state.phase}`)}</span>;
}
