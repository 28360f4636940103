/**
 * The room as this device last saw it, while there is no connection (a reload with no signal, or
 * the first seconds of a slow one): the same views, read-only (every control is disabled by the
 * fieldset), under a status line that says it is offline and how old the picture is.
 */
import { isCurrentMember } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { RoomViewProvider } from '../live/RoomContext';
import type { SavedRoom } from '../live/savedRoom';
import { SendError, type RoomStatus } from '../live/useRoom';
import { RoomView } from './RoomView';
import './SavedRoomView.css';

interface Props {
  roomId: string;
  token: string;
  saved: SavedRoom;
  status: RoomStatus;
  onRetry: () => void;
}

// Nothing can be sent from here: the view is read-only, and a stray call says why.
const refuse = () => Promise.reject(new SendError('offline'));
// The outbox belongs to a live connection (live/outbox.ts); a saved picture has none of its own yet.
const NOTHING_WAITING: readonly never[] = [];

export function SavedRoomView({ roomId, token, saved, status, onRetry }: Props) {
  const { t, i18n } = useTranslation();
  const { state, you } = saved;
  const youId = you.memberId && isCurrentMember(state, you.memberId) ? you.memberId : null;
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { hour: '2-digit', minute: '2-digit' }).format(
    saved.savedAt,
  );
  return (
    <RoomViewProvider
      value={{
        roomId,
        token,
        state,
        you,
        youId,
        send: refuse,
        clockOffset: 0,
        presence: null,
        online: false,
        outbox: NOTHING_WAITING,
        dismissOutbox: () => undefined,
      }}
    >
      {/* Offline for this view: not live, whether the phone has no signal or a slow one still connecting. */}
      <p className="saved-room__status" role="status">
        <strong>{t('offline.heading')}</strong> {t('offline.body', { time })}
      </p>
      <fieldset disabled className="saved-room">
        <legend className="visually-hidden">{t('offline.readOnly')}</legend>
        <RoomView
          roomId={roomId}
          token={token}
          status={status}
          presence={null}
          onRetry={onRetry}
          onAskToJoin={() => undefined}
        />
      </fieldset>
    </RoomViewProvider>
  );
}
