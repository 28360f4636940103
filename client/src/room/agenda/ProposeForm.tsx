import { LIMITS } from '@dr/shared';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

/** A member proposes an agenda item (广泛征集知事): a title and optional details. */
export function ProposeForm() {
  const { t } = useTranslation();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [title, titleField, setTitle] = useField('');
  const [description, descriptionField, setDescription] = useField('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const details = description.trim();
    const ok = await run({ type: 'agenda.propose', title: title.trim(), ...(details ? { description: details } : {}) });
    if (ok) {
      setTitle('');
      setDescription('');
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void onSubmit(e)} aria-labelledby="propose-heading">
      <h3 id="propose-heading">{t('room.propose.heading')}</h3>
      <TextField
        id="propose-title"
        label={t('room.propose.titleLabel')}
        required
        maxLength={LIMITS.title}
        {...titleField}
      />
      <TextField
        id="propose-description"
        label={t('room.propose.descriptionLabel')}
        rows={3}
        maxLength={LIMITS.description}
        {...descriptionField}
      />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('room.propose.sending') : t('room.propose.submit')}
      </button>
    </form>
  );
}
