import { useTranslation } from 'react-i18next';
import type { RoomLinks } from './createRoom';
import { LinkCard } from './LinkCard';

const KINDS = ['host', 'participant', 'observer'] as const;

/** The three links of a new room, and a way in for the host. */
export function RoomLinksView({ links }: { links: RoomLinks }) {
  const { t } = useTranslation();
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
      <a className="button button--primary button--big" href={links.host}>
        {t('start.openAsHost')}
      </a>
    </section>
  );
}
