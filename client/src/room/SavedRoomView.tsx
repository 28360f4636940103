/**
 * The room as this device last saw it, while there is no connection (a reload with no signal, or
 * the first seconds of a slow one): the same views, read-only (every control is disabled by the
 * fieldset), under a status line that says it is offline and how old the picture is. One thing
 * can still be done: a member raises or lowers their hand (or ends their turn), above the room; the
 * command waits in the outbox, kept on the device across reloads (live/outboxStore.ts), and goes
 * out by itself when the signal is back. The outbox's notice says what waits.
 */
import { isCurrentMember } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../live/outbox';
import { RoomViewProvider } from '../live/RoomContext';
import type { SavedRoom } from '../live/savedRoom';
import type { Send } from '../live/useCommand';
import type { RoomStatus } from '../live/roomTypes';
import { HandControls } from './queue/HandControls';
import { RoomView } from './RoomView';
import './SavedRoomView.css';

interface Props {
  roomId: string;
  token: string;
  saved: SavedRoom;
  status: RoomStatus;
  onRetry: () => void;
  /** The room's outbox (useRoom): what is sent from here waits in it for the connection. */
  send: Send;
  outbox: readonly OutboxEntry[];
  dismissOutbox: (requestId: string) => void;
}

export function SavedRoomView({ roomId, token, saved, status, onRetry, send, outbox, dismissOutbox }: Props) {
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
        send,
        clockOffset: 0,
        presence: null,
        online: false,
        outbox,
        dismissOutbox,
        // The copy has the members it had; none can be asked for without a connection.
        membersMissing: null,
        wantMembers: () => undefined,
        savedCopy: true,
      }}
    >
      {/* Offline for this view: not live, whether the phone has no signal or a slow one still connecting. */}
      <p className="saved-room__status" role="status">
        <strong>{t('offline.heading')}</strong> {t('offline.body', { time })}
      </p>
      {youId && (
        <section className="saved-room__hand" aria-label={t('offline.handLabel')}>
          <HandControls youId={youId} />
        </section>
      )}
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
