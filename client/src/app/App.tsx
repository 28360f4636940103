import { lazy, Suspense } from 'react';
import { RoomPage } from '../room/RoomPage';
import { routeFor } from './route';
import { withFollowUpStrings } from '../i18n/followupStrings';
import { withStandingStrings } from '../i18n/standingStrings';
import { AppHeader } from '../ui/AppHeader';
import { NotFoundPage } from '../ui/NotFoundPage';

// Phones never load the board's QR code library.
const BoardPage = lazy(withFollowUpStrings(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage }))));
// A participant's link opens the room: the start page (creating a room, its links) is the host's.
const StartPage = lazy(withStandingStrings(() => import('../start/StartPage').then((m) => ({ default: m.StartPage }))));
const NoticePage = lazy(
  withFollowUpStrings(() => import('../notice/NoticePage').then((m) => ({ default: m.NoticePage }))),
);

// Standing councils and offices (issue 18): pages only a council's or an office's link holders open.
const StandingPage = lazy(withStandingStrings(() => import('../standing/StandingPage')));

export function App() {
  const route = routeFor(window.location.pathname);
  // The projector board is the whole screen: no header, no controls.
  if (route.page === 'board') {
    return (
      <Suspense fallback={null}>
        <BoardPage roomId={route.roomId} />
      </Suspense>
    );
  }
  return (
    <>
      <AppHeader />
      {/* Typing a join code (`/j`) too: never on a phone's way in by link. */}
      {route.page === 'start' && (
        <Suspense fallback={null}>
          <StartPage />
        </Suspense>
      )}
      {route.page === 'room' && <RoomPage roomId={route.roomId} />}
      {route.page === 'notice' && (
        <Suspense fallback={null}>
          <NoticePage roomId={route.roomId} />
        </Suspense>
      )}
      {route.page === 'standing' && (
        <Suspense fallback={null}>
          <StandingPage kind={route.kind} id={route.id} />
        </Suspense>
      )}
      {route.page === 'notFound' && <NotFoundPage />}
    </>
  );
}
