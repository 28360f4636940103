import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { ConnectionIndicator } from './ConnectionIndicator';
import { Conveners } from './meeting/Conveners';
import { OutboxNotice } from './OutboxNotice';
import { PhaseBadge } from './meeting/PhaseBadge';
import { useRoomView } from '../live/RoomContext';
import type { RoomStatus } from '../live/roomTypes';
import { YouLine } from './YouLine';
import { SameNameNotice } from './meeting/SameNameNotice';
import './RoomTop.css';

interface Props {
  status: RoomStatus;
  onRetry: () => void;
  onAskToJoin: () => void;
}

/** The room's title and phase, the connection, who convenes, and who you are. */
export function RoomTop({ status, onRetry, onAskToJoin }: Props) {
  const { t } = useTranslation();
  const { state, you, youId } = useRoomView();
  const me = youId ? own(state.members, youId) : undefined;
  return (
    <div className="room__top">
      <div className="room__title-row">
        <h1 className="room__title">{state.title}</h1>
        <PhaseBadge />
      </div>
      <ConnectionIndicator status={status} onRetry={onRetry} />
      <OutboxNotice />
      {state.phase === 'closed' && <p className="notice">{t('room.phase.closedNotice')}</p>}
      <Conveners />
      <YouLine name={me?.name ?? null} role={you.role} onAskToJoin={onAskToJoin} />
      <SameNameNotice />
    </div>
  );
}
