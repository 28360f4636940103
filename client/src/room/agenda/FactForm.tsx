import { LIMITS } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';

interface Props {
  itemId: string;
  /** Start as a single button (on a phone the form would push the queue out of sight). */
  collapsible?: boolean;
}

/** Adds a fact with its source to a topic (深入调查明事). */
export function FactForm({ itemId, collapsible = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [open, setOpen] = useState(!collapsible);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const from = source.trim();
    if (await run({ type: 'agenda.addFact', itemId, text: text.trim(), ...(from ? { source: from } : {}) })) {
      setText('');
      setSource('');
      if (collapsible) setOpen(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('room.facts.addHeading')}
      </button>
    );
  }

  return (
    <form className="stack subcard" onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('room.facts.addHeading')}</h4>
      <TextField
        label={t('room.facts.textLabel')}
        rows={2}
        required
        maxLength={LIMITS.fact}
        value={text}
        onChange={setText}
      />
      <TextField label={t('room.facts.sourceLabel')} maxLength={LIMITS.source} value={source} onChange={setSource} />
      <FormFooter
        error={error}
        onDismiss={dismiss}
        busy={busy}
        submitLabel={t('room.facts.submit')}
        tone="plain"
        onCancel={collapsible ? () => setOpen(false) : undefined}
        quietCancel
      />
    </form>
  );
}
