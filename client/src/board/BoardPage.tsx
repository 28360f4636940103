import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { liveRoomView, RoomViewProvider } from '../live/RoomContext';
import { useRoom } from '../live/useRoom';
import { InvalidLinkPage } from '../ui/InvalidLinkPage';
import { LinkTokenPage } from '../ui/LinkTokenPage';
import { MessagePage } from '../ui/MessagePage';
import { BoardView } from './BoardView';
import { useRoomLinks } from '../live/useRoomLinks';
import { useChainHead } from './useChainHead';

/** An unattended board reloads by itself when a newer version of the app is served. */
const RELOAD_MS = 10_000;

/** `/board/<roomId>#t=<token>`: the projector board, for a host or observer link. */
export function BoardPage({ roomId }: { roomId: string }) {
  return <LinkTokenPage>{(token) => <ConnectedBoard roomId={roomId} token={token} />}</LinkTokenPage>;
}

function ConnectedBoard({ roomId, token }: { roomId: string; token: string }) {
  const { t } = useTranslation();
  // Never as a member: the board is a screen, not a person in the meeting.
  const room = useRoom(roomId, token, { nameless: true });
  const { status, state, you } = room;
  const links = useRoomLinks(roomId, token, you?.role === 'host' && status === 'connected');
  const readsRecord = you?.role === 'host' || you?.role === 'observer';
  const chain = useChainHead(roomId, token, readsRecord && state ? state.seq : null);

  useEffect(() => {
    if (status !== 'outdated') return;
    const timer = setTimeout(() => window.location.reload(), RELOAD_MS);
    return () => clearTimeout(timer);
  }, [status]);

  if (status === 'invalid_link') return <InvalidLinkPage />;
  // A participant link asks for a name: the board is only for the host's or the observer link.
  if (status === 'join' || status === 'joining' || you?.role === 'participant') {
    return <MessagePage heading={t('board.wrongLink.heading')} body={t('board.wrongLink.body')} />;
  }
  if (state && you) {
    return (
      <RoomViewProvider value={liveRoomView(roomId, token, room, state, you, null)}>
        <BoardView status={status} links={links} chain={chain} />
      </RoomViewProvider>
    );
  }
  if (status === 'outdated') return <MessagePage heading={t('outdated.heading')} body={t('outdated.body')} />;
  return <MessagePage heading={t('connection.connecting')} body="" />;
}
