import type { CouncilLinks } from '@dr/shared/council';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { councilApi, sayRefusal } from './councilApi';
import { councilText } from './councilText';

const ROLES = ['member', 'supervisor', 'observer', 'host'] as const;
type LinkRole = (typeof ROLES)[number];

interface Props {
  councilId: string;
  token: string;
  onRotated: (links: CouncilLinks, role: LinkRole) => void;
}

/**
 * Replacing a leaked council link, as the host console's Share panel replaces a room's: the host
 * picks which, reads what stops working (the council's link and, for the host, member and observer
 * links, the same link of every meeting), and confirms. The server does the rotation.
 */
export function RotateCouncilLink({ councilId, token, onRotated }: Props) {
  const { t, i18n } = useTranslation();
  const { s } = councilText(i18n.resolvedLanguage);
  const id = useId();
  const [role, setRole] = useState<LinkRole | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<LinkRole | null>(null);

  const confirm = async () => {
    if (!role) return;
    setBusy(true);
    setError(null);
    const answer = await councilApi.rotate(councilId, token, role);
    setBusy(false);
    if (!answer.ok) return setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, t('room.share.rotateFailed')));
    setDone(role);
    setRole(null);
    onRotated(answer.value, role);
  };

  return (
    <section className="stack subcard" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('room.share.rotateHeading')}</h3>
      <p className="hint">{t('room.share.rotateIntro')}</p>
      <div className="button-row">
        {ROLES.map((r) => (
          <button key={r} type="button" className="button" aria-pressed={role === r} onClick={() => setRole(r)}>
            {s.rotate[r].button}
          </button>
        ))}
      </div>
      {role && (
        <div className="stack council__warning" role="alert">
          <p>
            <strong>{t('room.share.stopsWorking')}</strong> {s.rotate[role].warning}
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
              {s.rotate[role].confirm}
            </button>
            <button type="button" className="button" onClick={() => setRole(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <p className="hint" aria-live="polite">
        {done ? s.rotate[done].done : ''}
      </p>
    </section>
  );
}
