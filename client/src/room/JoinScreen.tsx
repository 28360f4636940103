import { LIMITS, normalizeName, type Presence } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import './JoinScreen.css';
import { TextField } from '../ui/TextField';

interface Props {
  roomTitle: string | null;
  busy: boolean;
  error: string | null;
  onJoin: (name: string, presence: Presence) => void;
  /** Only for a host, who may also run the room without a name. */
  onCancel?: () => void;
}

/** A name and where you are: the two big choices join at once. */
export function JoinScreen({ roomTitle, busy, error, onJoin, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);

  const choose = (presence: Presence) => {
    // The server keeps the name as normalizeName gives it; a name of invisible characters is none.
    const trimmed = normalizeName(name);
    if (!trimmed) {
      setMissing(true);
      document.getElementById('join-name')?.focus();
      return;
    }
    setMissing(false);
    onJoin(trimmed, presence);
  };

  return (
    <main className="page stack">
      {roomTitle && <p className="join__room">{roomTitle}</p>}
      <h1>{t('join.heading')}</h1>
      <form className="card stack" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="join-name"
          label={t('join.nameLabel')}
          autoComplete="name"
          maxLength={LIMITS.name}
          value={name}
          aria-invalid={missing || undefined}
          onChange={setName}
          hint={t('join.nameHelp')}
        />
        {missing && <Alert message={t('join.nameMissing')} />}
        {error && error !== dismissed && <Alert message={error} onDismiss={() => setDismissed(error)} />}
        <fieldset className="choices">
          <legend>{t('join.whereHeading')}</legend>
          <button
            type="button"
            className="button button--big button--primary"
            disabled={busy}
            onClick={() => choose('in_room')}
          >
            {t('join.inRoom')}
          </button>
          <button
            type="button"
            className="button button--big button--primary"
            disabled={busy}
            onClick={() => choose('remote')}
          >
            {t('join.remote')}
          </button>
        </fieldset>
        {onCancel && (
          <button type="button" className="button" disabled={busy} onClick={onCancel}>
            {t('join.back')}
          </button>
        )}
      </form>
    </main>
  );
}
