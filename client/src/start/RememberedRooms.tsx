import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RememberedRoom } from '../live/rememberedRooms';

interface Props {
  rooms: RememberedRoom[];
  onShow: (room: RememberedRoom) => void;
  onForget: (roomId: string) => void;
}

/** The rooms this browser created: open one as host, show its links again, or forget it here. */
export function RememberedRooms({ rooms, onShow, onForget }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  if (rooms.length === 0) return null;
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('start.remembered.heading')}</h2>
      <p className="hint">{t('start.remembered.intro')}</p>
      <ul className="stack">
        {rooms.map((room) => (
          <li key={room.roomId} className="stack" aria-label={room.title}>
            <p>
              <strong>{room.title}</strong> <span className="hint">{date.format(room.createdAt)}</span>
            </p>
            <div className="button-row">
              <a className="button button--primary" href={room.links.host}>
                {t('start.openAsHost')}
              </a>
              <button type="button" className="button" onClick={() => onShow(room)}>
                {t('start.remembered.show')}
              </button>
              <button type="button" className="button" onClick={() => onForget(room.roomId)}>
                {t('start.remembered.forget')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
