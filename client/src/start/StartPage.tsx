import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedRoom } from './createRoom';
import { CreateRoomForm } from './CreateRoomForm';
import { RememberedRooms } from './RememberedRooms';
import { forgetRoom, rememberedRooms, rememberRoom, type RememberedRoom } from '../live/rememberedRooms';
import { RoomLinksView } from './RoomLinksView';
import { JoinCodePage } from './JoinCodePage';

// Creating a council or an office (issue 18): its forms, words and schemas load when asked for.
const CreateStanding = lazy(() => import('../standing/CreateStanding'));

/**
 * `/`, or at `/j` the page to type a join code (JoinCodePage.tsx); at `/j/<code>` the server found no
 * meeting with that code (it redirects a good one), so the page says so.
 */
export function StartPage() {
  const typing = /^\/j(?:\/([^/]+))?/.exec(window.location.pathname);
  if (typing) return <JoinCodePage unknown={typing[1] ?? null} />;
  return <CreateOrOpen />;
}

function CreateOrOpen() {
  const { t } = useTranslation();
  const [room, setRoom] = useState<RememberedRoom | null>(null);
  const [rooms, setRooms] = useState(rememberedRooms);

  const onCreated = (created: CreatedRoom, title: string) => {
    const remembered = { ...created, title, createdAt: Date.now() };
    rememberRoom(remembered);
    setRooms(rememberedRooms());
    setRoom(remembered);
  };
  const onForget = (roomId: string) => {
    forgetRoom(roomId);
    setRooms(rememberedRooms());
  };

  return (
    <main className="page stack">
      <h1>{t('start.heading')}</h1>
      <p>{t('start.intro')}</p>
      <JoinCodeLink />
      {room ? (
        <>
          <RoomLinksView room={room} />
          <button type="button" className="button" onClick={() => setRoom(null)}>
            {t('start.another')}
          </button>
        </>
      ) : (
        <CreateRoomForm onCreated={onCreated} />
      )}
      {!room && <RememberedRooms rooms={rooms} onShow={setRoom} onForget={onForget} />}
      {!room && <Standing />}
    </main>
  );
}

/** For people who got a join code instead of a link (the `/j` page). */
function JoinCodeLink() {
  const { t: text } = useTranslation('council');
  return (
    <p>
      <a href="/j">{text('code.startLink')}</a>
    </p>
  );
}

/** A standing council (议事会) or an office (街镇) instead of one meeting: the form opens here on demand. */
function Standing() {
  const { t: text } = useTranslation('council');
  const [kind, setKind] = useState<'council' | 'office' | null>(null);
  return (
    <section className="stack" aria-labelledby="standing-heading">
      <h2 id="standing-heading">{text('door.heading')}</h2>
      <p>{text('door.intro')}</p>
      {kind ? (
        <Suspense fallback={<p className="hint">{text('door.loading')}</p>}>
          <CreateStanding kind={kind} onCancel={() => setKind(null)} />
        </Suspense>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setKind('council')}>
            {text('door.council')}
          </button>
          <button type="button" className="button" onClick={() => setKind('office')}>
            {text('door.office')}
          </button>
        </div>
      )}
    </section>
  );
}
