import { RoomPage } from './room/RoomPage';
import { routeFor } from './route';
import { StartPage } from './start/StartPage';
import { AppHeader } from './ui/AppHeader';
import { NotFoundPage } from './ui/NotFoundPage';

export function App() {
  const route = routeFor(window.location.pathname);
  return (
    <>
      <AppHeader />
      {route.page === 'start' && <StartPage />}
      {route.page === 'room' && <RoomPage roomId={route.roomId} />}
      {route.page === 'notFound' && <NotFoundPage />}
    </>
  );
}
