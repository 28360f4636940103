import { lazy, Suspense } from 'react';
import { withFollowUpStrings } from '../i18n/followupStrings';
import { useRoomView } from '../live/RoomContext';
import type { HostConsoleProps } from './HostConsole';
import { MeetingView } from './MeetingView';

// Participants' phones never load the console's drag-and-drop code.
const HostConsole = lazy(withFollowUpStrings(() => import('./HostConsole').then((m) => ({ default: m.HostConsole }))));

/** The live room: the link's role picks the screen, the host console or the meeting view. */
export function RoomView({ roomId, token, ...rest }: HostConsoleProps) {
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
