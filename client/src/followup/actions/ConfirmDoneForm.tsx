import { FOLLOW_UP_LIMITS } from '@dr/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import './ConfirmDoneForm.css';

interface Props {
  /** The action item's title, for the form's name. */
  title: string;
  /** Sends the confirmation (in the room, or from the council page); resolves with the refusal said, or null once accepted. */
  confirm: (note: string) => Promise<string | null>;
}

/** The supervisor's "Confirm done" (确认完成) with an optional note for the item's timeline (行难管). */
export function ConfirmDoneForm({ title, confirm }: Props) {
  const { t } = useTranslation('followup');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const refused = await confirm(note.trim());
    setBusy(false);
    if (refused) setError(refused);
    else setNote('');
  };

  return (
    <form
      className="stack action-confirm"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('supervision.confirmLabel', { title })}
    >
      <TextField
        label={t('supervision.note')}
        rows={2}
        maxLength={FOLLOW_UP_LIMITS.actionNote}
        value={note}
        onChange={setNote}
      />
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('actions.confirmDone')}
      </button>
    </form>
  );
}

/** Said instead of the form when the supervisor may not confirm now: `reason` is the refusal, said. */
export function ConfirmBarred({ reason }: { reason: string }) {
  const { t } = useTranslation('followup');
  return (
    <p className="confirm-barred" role="status">
      {t('supervision.barred', { reason })}
    </p>
  );
}
