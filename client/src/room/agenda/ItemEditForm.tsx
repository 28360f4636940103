import { LIMITS, type AgendaItem, type ItemCategory } from '@dr/shared';
import { lazy, Suspense, useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

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
  const [title, titleField] = useField(item.title);
  const [description, descriptionField] = useField(item.description);
  const [category, categoryField] = useField<ItemCategory | null>(item.category);
  const [minutes, minutesField] = useField(item.timeboxSec === null ? '' : String(Math.round(item.timeboxSec / 60)));

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
      <TextField label={t('room.edit.titleLabel')} required maxLength={LIMITS.title} {...titleField} />
      <TextField
        label={t('room.edit.descriptionLabel')}
        rows={3}
        maxLength={LIMITS.description}
        {...descriptionField}
      />
      <TextField
        label={t('room.edit.timeboxLabel')}
        type="number"
        inputMode="numeric"
        min={1}
        max={480}
        {...minutesField}
      />
      <Suspense fallback={null}>
        <ItemCategoryField id={id} {...categoryField} />
      </Suspense>
      <FormFooter error={error} onDismiss={dismiss} busy={busy} submitLabel={t('room.edit.save')} onCancel={onDone} />
    </form>
  );
}
