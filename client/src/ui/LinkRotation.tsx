import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';

/** What the chooser says for one link: its button, what stops working, the confirmation, and after. */
export interface RotationWords {
  button: string;
  warning: string;
  confirm: string;
  done: string;
}

interface Props<R extends string> {
  roles: readonly R[];
  words: (role: R) => RotationWords;
  /** Asks the server to replace `role`'s link; resolves with a refusal to show, or null when done. */
  rotate: (role: R) => Promise<string | null>;
  /** The class of the warning box (the room's Share panel and the council page style it their way). */
  warningClass: string;
}

/**
 * Replacing a leaked link, for a room's Share panel and a council's page: the host picks which,
 * reads exactly what stops working, and confirms. The server does the rotation; this only asks it.
 */
export function LinkRotation<R extends string>({ roles, words, rotate, warningClass }: Props<R>) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<R | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<R | null>(null);

  const confirm = async () => {
    if (!role) return;
    setBusy(true);
    setError(null);
    const refused = await rotate(role);
    setBusy(false);
    if (refused !== null) return setError(refused);
    setDone(role);
    setRole(null);
  };

  return (
    <section className="stack subcard" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('room.share.rotateHeading')}</h3>
      <p className="hint">{t('room.share.rotateIntro')}</p>
      <div className="button-row">
        {roles.map((r) => (
          <button key={r} type="button" className="button" aria-pressed={role === r} onClick={() => setRole(r)}>
            {words(r).button}
          </button>
        ))}
      </div>
      {role && (
        <div className={`stack ${warningClass}`} role="alert">
          <p>
            <strong>{t('room.share.stopsWorking')}</strong> {words(role).warning}
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
              {words(role).confirm}
            </button>
            <button type="button" className="button" onClick={() => setRole(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <p className="hint" aria-live="polite">
        {done ? words(done).done : ''}
      </p>
    </section>
  );
}
