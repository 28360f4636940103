import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedRoom } from './createRoom';
import { CreateRoomForm } from './CreateRoomForm';
import { RoomLinksView } from './RoomLinksView';

export function StartPage() {
  const { t } = useTranslation();
  const [room, setRoom] = useState<CreatedRoom | null>(null);
  return (
    <main className="page stack">
      <h1>{t('start.heading')}</h1>
      <p>{t('start.intro')}</p>
      {room ? <RoomLinksView room={room} /> : <CreateRoomForm onCreated={setRoom} />}
    </main>
  );
}
