import { FOLLOW_UP_LIMITS } from '@dr/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import './ConfirmDoneForm.css';
import { useField } from '../../ui/field';

interface Props {
  /** The form's name, e.g. "Confirm done: <the item's title>". */
  label: string;
  /** The note field's label and the button's words, in the caller's strings (the council page has its own). */
  noteLabel: string;
  submit: string;
  /** Sends the confirmation (in the room, or from the council page); resolves with the refusal said, or null once accepted. */
  confirm: (note: string) => Promise<string | null>;
}

/**
 * The supervisor's "Confirm done" (确认完成) with an optional note for the item's timeline (行难管):
 * on the item's card in the meeting and in the supervisor's own view on the council page.
 */
export function ConfirmDoneForm({ label, noteLabel, submit, confirm }: Props) {
  const [note, noteField, setNote] = useField('');
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
    <form className="stack action-confirm" onSubmit={(e) => void onSubmit(e)} aria-label={label}>
      <TextField label={noteLabel} rows={2} maxLength={FOLLOW_UP_LIMITS.actionNote} {...noteField} />
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {submit}
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
