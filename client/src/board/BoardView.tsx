import { useTranslation } from 'react-i18next';
import { useRoomView } from '../live/RoomContext';
import { PhaseBadge } from '../room/meeting/PhaseBadge';
import type { RoomStatus } from '../live/roomTypes';
import { BoardItem } from './BoardItem';
import { currentRound } from '../room/consensus/rounds';
import { BoardMain } from './BoardMain';
import { BoardAttendance } from './BoardAttendance';
import { BoardQueue } from './BoardQueue';
import { BoardSpeaker } from './BoardSpeaker';
import { JoinQr } from './JoinQr';
import type { RoomLinks } from '../live/useRoomLinks';
import './BoardView.css';

interface Props {
  status: RoomStatus;
  links: RoomLinks | null;
}

/** The projector board: the whole screen, large type, nothing to press. */
export function BoardView({ status, links }: Props) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const itemId = state.activeItemId;
  // A consensus check takes the middle of the board; the speaker becomes a strip below it.
  const round = itemId ? currentRound(state, itemId) : undefined;
  const grid = [
    'board__grid',
    links ? 'board__grid--qr' : '',
    itemId ? 'board__grid--item' : '',
    round ? 'board__grid--round' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <main className="board">
      <header className="board__header">
        <h1 className="board__title">{state.title}</h1>
        <PhaseBadge size="board" />
        {status !== 'connected' && (
          <span className="board__status" role="status">
            {t('connection.reconnecting')}
          </span>
        )}
      </header>
      <BoardAttendance />
      <div className={grid}>
        <BoardItem />
        {itemId && <BoardMain itemId={itemId} />}
        <BoardSpeaker />
        <aside className="board__side">
          {links && <JoinQr links={links} />}
          <BoardQueue />
        </aside>
      </div>
    </main>
  );
}
