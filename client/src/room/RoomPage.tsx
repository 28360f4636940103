import { isCurrentMember } from '@dr/shared';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidLinkPage } from '../ui/InvalidLinkPage';
import { LinkTokenPage } from '../ui/LinkTokenPage';
import { MessagePage } from '../ui/MessagePage';
import { errorMessage } from '../live/errorMessage';
import { useRefusalTexts } from '../live/refusalTexts';
import { removeEarlyJoin } from '../live/earlyJoin';
import { JoinScreen } from './JoinScreen';
import { liveRoomView, RoomViewProvider } from '../live/RoomContext';
import { RoomView } from './RoomView';
import { useRoom } from '../live/useRoom';
import { useRoomTitle } from '../live/useRoomTitle';
import { useSavedRoom } from '../live/useSavedRoom';
import { SavedRoomView } from './SavedRoomView';

/** `/r/<roomId>#t=<token>`: without a token there is nothing to connect with. */
export function RoomPage({ roomId }: { roomId: string }) {
  return <LinkTokenPage>{(token) => <ConnectedRoom roomId={roomId} token={token} />}</LinkTokenPage>;
}

function ConnectedRoom({ roomId, token }: { roomId: string; token: string }) {
  const { t, i18n } = useTranslation();
  const room = useRoom(roomId, token);
  useRefusalTexts(); // a refusal said before a language switch is said again once the texts come
  const saved = useSavedRoom(roomId, room);
  const say = (refusal: typeof room.refusal) => (refusal ? errorMessage(t, i18n.resolvedLanguage, refusal) : null);
  const { status, state, you } = room;
  const joining = status === 'join' || status === 'joining';
  const roomTitle = useRoomTitle(joining ? roomId : null);
  // The early join form (shown before the app came) gives way once this page shows more than
  // "Connecting…": the join screen (which takes what was typed in it) or the room.
  useLayoutEffect(() => {
    if (status !== 'connecting') removeEarlyJoin();
  }, [status]);

  if (status === 'invalid_link') return <InvalidLinkPage />;
  if (status === 'outdated') {
    return (
      <MessagePage heading={t('outdated.heading')} body={t('outdated.body')}>
        <button type="button" className="button button--primary button--big" onClick={() => window.location.reload()}>
          {t('outdated.reload')}
        </button>
      </MessagePage>
    );
  }
  if (joining) {
    return (
      <JoinScreen
        roomTitle={state?.title ?? roomTitle}
        busy={status === 'joining'}
        error={say(room.joinError)}
        onJoin={room.join}
        onCancel={you?.role === 'host' ? room.cancelJoin : undefined}
      />
    );
  }
  if (state && you) {
    const youId = isCurrentMember(state, you.memberId) ? you.memberId : null;
    return (
      <RoomViewProvider value={liveRoomView(roomId, token, room, state, you, youId)}>
        <RoomView
          roomId={roomId}
          token={token}
          status={status}
          presence={room.presence}
          onRetry={room.retry}
          onAskToJoin={room.askToJoin}
        />
      </RoomViewProvider>
    );
  }
  // No connection yet (no signal, or a slow one): the room as this device last saw it, read-only.
  if (saved && (status === 'connecting' || status === 'reconnecting')) {
    return (
      <SavedRoomView
        roomId={roomId}
        token={token}
        saved={saved}
        status={status}
        onRetry={room.retry}
        send={room.send}
        outbox={room.outbox}
        dismissOutbox={room.dismissOutbox}
      />
    );
  }
  if (status === 'waiting') {
    return <MessagePage heading={t('join.waitingHeading')} body={t('join.waitingBody')} />;
  }
  if (status === 'stopped') {
    return (
      <MessagePage heading={t('connection.stopped')} body={say(room.refusal) ?? ''}>
        <button type="button" className="button button--primary button--big" onClick={room.retry}>
          {t('connection.retry')}
        </button>
      </MessagePage>
    );
  }
  return <MessagePage heading={t('connection.connecting')} body="" />;
}
