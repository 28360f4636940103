import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedRoom } from './createRoom';
import { CreateRoomForm } from './CreateRoomForm';
import { RememberedRooms } from './RememberedRooms';
import { forgetRoom, rememberedRooms, rememberRoom, type RememberedRoom } from './rememberedRooms';
import { RoomLinksView } from './RoomLinksView';

export function StartPage() {
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
    </main>
  );
}
