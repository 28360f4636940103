import { LIMITS, type AgendaItem } from '@dr/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';

interface Props {
  item: AgendaItem;
  onDone: () => void;
}

/** The host edits a topic's title, details and timebox (minutes; empty for none). */
export function ItemEditForm({ item, onDone }: Props) {
  const { t } = useTranslation();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description);
  const [minutes, setMinutes] = useState(item.timeboxSec === null ? '' : String(Math.round(item.timeboxSec / 60)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const timeboxSec = minutes.trim() === '' ? null : Math.round(Number(minutes) * 60);
    const ok = await run({
      type: 'agenda.edit',
      itemId: item.id,
      title: title.trim(),
      description: description.trim(),
      timeboxSec,
    });
    if (ok) onDone();
  };

  return (
    <form className="stack subcard" onSubmit={(e) => void onSubmit(e)} aria-label={t('room.edit.heading')}>
      <TextField
        label={t('room.edit.titleLabel')}
        required
        maxLength={LIMITS.title}
        value={title}
        onChange={setTitle}
      />
      <TextField
        label={t('room.edit.descriptionLabel')}
        rows={3}
        maxLength={LIMITS.description}
        value={description}
        onChange={setDescription}
      />
      <TextField
        label={t('room.edit.timeboxLabel')}
        type="number"
        inputMode="numeric"
        min={1}
        max={480}
        value={minutes}
        onChange={setMinutes}
      />
      <FormFooter error={error} onDismiss={dismiss} busy={busy} submitLabel={t('room.edit.save')} onCancel={onDone} />
    </form>
  );
}
