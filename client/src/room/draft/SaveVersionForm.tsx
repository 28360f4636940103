import { type AgendaItem, LIMITS } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import './SaveVersionForm.css';

/** The host keeps the draft's current text under a name ("first reading", "after the break"). */
export function SaveVersionForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const id = useId();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [name, setName] = useState('');
  if (!canAttempt(state, you, { type: 'draft.saveVersion', itemId: item.id })) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'draft.saveVersion', itemId: item.id, name: name.trim() })) setName('');
  };

  return (
    <form className="save-version" onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('draft.versions.nameLabel')}</label>
        <input
          id={`${id}-name`}
          required
          maxLength={LIMITS.title}
          placeholder={t('draft.versions.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy || name.trim() === ''}>
        {t('draft.versions.save')}
      </button>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </form>
  );
}
