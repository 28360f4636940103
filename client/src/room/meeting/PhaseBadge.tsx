import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import './PhaseBadge.css';

/** The meeting's phase (筹备中 · 进行中 · 休会 · 已结束), for everyone; `board` for the projector. */
export function PhaseBadge({ size = 'room' }: { size?: 'room' | 'board' }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  return <span className={`phase phase--${state.phase} phase--${size}`}>{t(`phases.${state.phase}`)}</span>;
}
