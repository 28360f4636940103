import { LIMITS } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';

interface Props {
  itemId: string;
  factId: string;
  onDone: () => void;
}

/** The host withdraws a wrong fact, with a reason; the record keeps the fact, marked retracted. */
export function RetractFactForm({ itemId, factId, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [reason, setReason] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'agenda.retractFact', itemId, factId, reason: reason.trim() })) onDone();
  };

  return (
    <form className="stack subcard" onSubmit={(e) => void onSubmit(e)} aria-label={t('room.facts.retractHeading')}>
      <TextField
        id={`${id}-reason`}
        label={t('room.facts.retractReason')}
        required
        maxLength={LIMITS.reason}
        value={reason}
        onChange={setReason}
      />
      <FormFooter
        error={error}
        onDismiss={dismiss}
        busy={busy}
        submitLabel={t('room.facts.retractSubmit')}
        tone="danger"
        onCancel={onDone}
      />
    </form>
  );
}
