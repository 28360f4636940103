import { LIMITS, normalizeName, type Presence } from '@dr/shared';
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import './JoinScreen.css';
import { TextField } from '../ui/TextField';
import { earlyName, removeEarlyJoin } from '../live/earlyJoin';

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
  // What was typed in the early join form (live/earlyJoin.ts) before the app was here, if it was up.
  const [early] = useState(earlyName);
  const [name, setName] = useState(early?.value ?? '');
  const [missing, setMissing] = useState(early?.missing ?? false);
  const [dismissed, setDismissed] = useState<string | null>(null);

  // The early form goes (it hides the app while it is up), and its caret and focus are given back here.
  useLayoutEffect(() => {
    removeEarlyJoin();
    const input = document.getElementById('join-name') as HTMLInputElement | null;
    if (!early?.focused || !input) return;
    input.focus();
    input.setSelectionRange(early.start, early.end);
  }, [early]);

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
