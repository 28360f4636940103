import { useTranslation } from 'react-i18next';
import type { CreatedRoom } from './createRoom';
import { LinkCard } from '../ui/LinkCard';

const KINDS = ['host', 'participant', 'observer'] as const;

/** The three links of a new room, the short address to type, and a way in for the host. */
export function RoomLinksView({ room }: { room: CreatedRoom }) {
  const { t } = useTranslation();
  const { links, shortUrl, joinCode } = room;
  return (
    <section className="stack" aria-labelledby="room-ready">
      <h2 id="room-ready">{t('start.readyHeading')}</h2>
      <p>{t('start.readyIntro')}</p>
      {KINDS.map((kind) => (
        <LinkCard
          key={kind}
          label={t(`start.links.${kind}.label`)}
          help={t(`start.links.${kind}.help`)}
          url={links[kind]}
        />
      ))}
      {shortUrl && joinCode && (
        <LinkCard
          label={t('start.links.short.label')}
          help={t('start.links.short.help', { code: joinCode })}
          url={shortUrl}
        />
      )}
      <a className="button button--primary button--big" href={links.host}>
        {t('start.openAsHost')}
      </a>
    </section>
  );
}
