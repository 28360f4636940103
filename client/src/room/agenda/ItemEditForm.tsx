import { LIMITS, type AgendaItem, type ItemCategory } from '@dr/shared';
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';

// The host's alone, with words from the follow-up's namespace: off the phone's first page.
const ItemCategoryField = lazy(() => import('./ItemCategoryField'));

interface Props {
  item: AgendaItem;
  onDone: () => void;
}

/** The host edits a topic's title, details, timebox (minutes; empty for none) and category (art. 24). */
export function ItemEditForm({ item, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description);
  const [category, setCategory] = useState<ItemCategory | null>(item.category);
  const [minutes, setMinutes] = useState(item.timeboxSec === null ? '' : String(Math.round(item.timeboxSec / 60)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const timeboxSec = minutes.trim() === '' ? null : Math.round(Number(minutes) * 60);
    const ok = await run({
      type: 'agenda.update',
      itemId: item.id,
      title: title.trim(),
      description: description.trim(),
      timeboxSec,
      category,
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
      <Suspense fallback={null}>
        <ItemCategoryField id={id} value={category} onChange={setCategory} />
      </Suspense>
      <FormFooter error={error} onDismiss={dismiss} busy={busy} submitLabel={t('room.edit.save')} onCancel={onDone} />
    </form>
  );
}
