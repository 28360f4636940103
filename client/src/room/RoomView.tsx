import type { PresenceMessage } from '@dr/shared';
import { lazy, Suspense } from 'react';
import { withFollowUpStrings } from '../i18n/followupStrings';
import { useRoomView } from '../live/RoomContext';
import type { RoomStatus } from '../live/roomTypes';
import { MeetingView } from './MeetingView';

// Participants' phones never load the console's drag-and-drop code.
const HostConsole = lazy(withFollowUpStrings(() => import('./HostConsole').then((m) => ({ default: m.HostConsole }))));

interface Props {
  roomId: string;
  token: string;
  status: RoomStatus;
  presence: PresenceMessage | null;
  onRetry: () => void;
  onAskToJoin: () => void;
}

/** The live room: the link's role picks the screen, the host console or the meeting view. */
export function RoomView({ roomId, token, ...rest }: Props) {
  const { you } = useRoomView();
  if (you.role === 'host') {
    return (
      <Suspense fallback={null}>
        <HostConsole roomId={roomId} token={token} {...rest} />
      </Suspense>
    );
  }
  return <MeetingView {...rest} />;
}
