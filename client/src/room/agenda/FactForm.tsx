import { LIMITS } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';
import { CardForm } from '../../ui/CardForm';
import { useField } from '../../ui/field';

interface Props {
  itemId: string;
  /** Start as a single button (on a phone the form would push the queue out of sight). */
  collapsible?: boolean;
}

/** Adds a fact with its source to a topic (深入调查明事). */
export function FactForm({ itemId, collapsible = false }: Props) {
  const { t } = useTranslation();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [text, textField, setText] = useField('');
  const [source, sourceField, setSource] = useField('');
  const [open, setOpen] = useState(!collapsible);

  const onSubmit = async () => {
    const from = source.trim();
    if (await run({ type: 'agenda.addFact', itemId, text: text.trim(), ...(from ? { source: from } : {}) })) {
      setText('');
      setSource('');
      if (collapsible) setOpen(false);
    }
  };

  return (
    <CardForm heading={t('room.facts.addHeading')} onSubmit={onSubmit} fold={{ open, onOpen: () => setOpen(true) }}>
      <TextField label={t('room.facts.textLabel')} rows={2} required maxLength={LIMITS.fact} {...textField} />
      <TextField label={t('room.facts.sourceLabel')} maxLength={LIMITS.source} {...sourceField} />
      <FormFooter
        error={error}
        onDismiss={dismiss}
        busy={busy}
        submitLabel={t('room.facts.submit')}
        tone="plain"
        onCancel={collapsible ? () => setOpen(false) : undefined}
        quietCancel
      />
    </CardForm>
  );
}
