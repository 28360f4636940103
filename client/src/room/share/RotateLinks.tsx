import type { RoomLinks } from '@dr/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { Alert } from '../../ui/Alert';
import { rotateLink } from './hostLinks';

const ROLES = ['participant', 'observer', 'host'] as const;
type LinkRole = (typeof ROLES)[number];

interface Props {
  roomId: string;
  token: string;
  onRotated: (links: RoomLinks, role: LinkRole) => void;
}

/**
 * Replacing a leaked link: the host picks which, reads exactly what stops working (the old link,
 * for participants the QR code, short address and join code too; whoever is connected through it
 * is disconnected), and confirms. The server does the rotation; this only asks it.
 */
export function RotateLinks({ roomId, token, onRotated }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<LinkRole | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<LinkRole | null>(null);

  const confirm = async () => {
    if (!role) return;
    setBusy(true);
    setError(null);
    const result = await rotateLink(roomId, token, role);
    setBusy(false);
    if (!result.ok) {
      setError(result.error ? errorMessage(t, i18n.resolvedLanguage, result.error) : t('room.share.rotateFailed'));
      return;
    }
    setDone(role);
    setRole(null);
    onRotated(result.links, role);
  };

  return (
    <section className="stack subcard" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('room.share.rotateHeading')}</h3>
      <p className="hint">{t('room.share.rotateIntro')}</p>
      <div className="button-row">
        {ROLES.map((r) => (
          <button key={r} type="button" className="button" aria-pressed={role === r} onClick={() => setRole(r)}>
            {t(`room.share.rotate.${r}.button`)}
          </button>
        ))}
      </div>
      {role && (
        <div className="stack share-panel__warning" role="alert">
          <p>
            <strong>{t('room.share.stopsWorking')}</strong> {t(`room.share.rotate.${role}.warning`)}
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
              {t(`room.share.rotate.${role}.confirm`)}
            </button>
            <button type="button" className="button" onClick={() => setRole(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <p className="hint" aria-live="polite">
        {done ? t(`room.share.rotate.${done}.done`) : ''}
      </p>
    </section>
  );
}
