import type { RoomLinks } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomLinks } from '../../live/useRoomLinks';
import { rememberHostLink } from '../../live/rememberedRooms';
import { LinkCard } from '../../ui/LinkCard';
import { QrCode } from '../../ui/QrCode';
import { Panel } from '../../ui/Panel';
import { boardUrl } from './hostLinks';
import { RotateLinks } from './RotateLinks';
import './SharePanel.css';

interface Props {
  roomId: string;
  token: string;
  /** Asks for the links again on every (re)connection. */
  connected: boolean;
}

/**
 * "Share": the room's links on hand in the host console (participant, observer, the projector
 * board), each with a copy button and a QR code, the short address and join code to type, and
 * rotation of a leaked link with what stops working said first.
 */
export function SharePanel({ roomId, token, connected }: Props) {
  const { t } = useTranslation();
  const fetched = useRoomLinks(roomId, token, connected);
  // The links a rotation answered, until the next fetch (a reconnection) answers anew.
  const [rotated, setRotated] = useState<{ after: RoomLinks | null; links: RoomLinks } | null>(null);
  const links = rotated && rotated.after === fetched ? rotated.links : fetched;

  const onRotated = (next: RoomLinks, role: 'host' | 'participant' | 'observer') => {
    if (role !== 'host') return setRotated({ after: fetched, links: next });
    // This page's own address was the old host link: keep the new one in this browser, and move to it.
    rememberHostLink(roomId, next.host);
    window.location.replace(next.host);
    window.location.reload();
  };

  return (
    <Panel id="share" heading={t('room.share.heading')}>
      {!links ? (
        <p className="hint">{t('room.share.loading')}</p>
      ) : (
        <>
          <LinkCard
            label={t('start.links.participant.label')}
            help={t('start.links.participant.help')}
            url={links.participant}
          >
            <QrCode
              value={links.participant}
              label={t('room.share.qr', { link: t('start.links.participant.label') })}
              className="share-panel__qr"
            />
          </LinkCard>
          <LinkCard
            label={t('start.links.short.label')}
            help={t('start.links.short.help', { code: links.joinCode })}
            url={links.shortUrl}
          >
            <p className="share-panel__code">
              {t('room.share.joinCode')} <strong>{links.joinCode}</strong>
            </p>
          </LinkCard>
          <LinkCard label={t('start.links.observer.label')} help={t('start.links.observer.help')} url={links.observer}>
            <QrCode
              value={links.observer}
              label={t('room.share.qr', { link: t('start.links.observer.label') })}
              className="share-panel__qr"
            />
          </LinkCard>
          <LinkCard label={t('room.share.boardLabel')} help={t('room.share.boardHelp')} url={boardUrl(links.host)} />
          <RotateLinks roomId={roomId} token={token} onRotated={onRotated} />
        </>
      )}
    </Panel>
  );
}
