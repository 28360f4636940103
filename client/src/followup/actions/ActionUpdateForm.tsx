import { ACTION_STATUSES, FOLLOW_UP_LIMITS, type ActionItem, type ActionStatus, type CommandOf } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import './ActionUpdateForm.css';
import { TextField } from '../../ui/TextField';

/**
 * The host or the item's owner records progress: a new status, a percentage, a note. Only what
 * changed is sent; each update becomes one entry of the item's timeline.
 */
export function ActionUpdateForm({ action }: { action: ActionItem }) {
  const { t } = useTranslation('followup');
  const id = useId();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [progress, setProgress] = useState(String(action.progress));
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  const progressNumber = progress === '' ? action.progress : Number(progress);
  const command: CommandOf<'action.update'> = {
    type: 'action.update',
    actionId: action.id,
    ...(status !== action.status ? { status } : {}),
    ...(progressNumber !== action.progress ? { progress: progressNumber } : {}),
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  // The shared rules say whether this update would change anything.
  const ready = can(state, you, command);

  const chooseStatus = (next: ActionStatus) => {
    setStatus(next);
    setSaved(false);
    // Done means finished: the server reads a done item without a figure as 100%.
    if (next === 'done') setProgress('100');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(command)) {
      setNote('');
      setSaved(true);
    }
  };

  return (
    <form
      className="stack action-update"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('update.formLabel', { title: action.title })}
    >
      <div className="action-update__row">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('update.status')}</label>
          <select id={`${id}-status`} value={status} onChange={(e) => chooseStatus(e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-progress`}>{t('update.progress')}</label>
          <input
            id={`${id}-progress`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={progress}
            onChange={(e) => {
              setProgress(e.target.value);
              setSaved(false);
            }}
          />
        </div>
      </div>
      <TextField
        label={t('update.note')}
        rows={2}
        maxLength={FOLLOW_UP_LIMITS.actionNote}
        value={note}
        onChange={(value) => {
          setNote(value);
          setSaved(false);
        }}
      />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button button--primary" disabled={busy || !ready}>
        {t('update.submit')}
      </button>
      <p className="hint" aria-live="polite">
        {saved ? t('update.saved') : ready ? '' : t('update.nothing')}
      </p>
    </form>
  );
}
