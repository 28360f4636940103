import { type AgendaItem, LIMITS } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import './SaveVersionForm.css';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

/** The host keeps the draft's current text under a name ("first reading", "after the break"). */
export function SaveVersionForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [name, nameField, setName] = useField('');
  if (!canAttempt(state, you, { type: 'draft.saveVersion', itemId: item.id })) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'draft.saveVersion', itemId: item.id, name: name.trim() })) setName('');
  };

  return (
    <form className="save-version" onSubmit={(e) => void onSubmit(e)}>
      <TextField
        label={t('draft.versions.nameLabel')}
        required
        maxLength={LIMITS.title}
        placeholder={t('draft.versions.namePlaceholder')}
        {...nameField}
      />
      <button type="submit" className="button" disabled={busy || name.trim() === ''}>
        {t('draft.versions.save')}
      </button>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </form>
  );
}
