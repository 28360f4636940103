import { LIMITS, type AgendaItem } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';

interface Props {
  item: AgendaItem;
  onDone: () => void;
}

/** The host turns a topic down, always with a reason everyone can read. */
export function RejectForm({ item, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [reason, setReason] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'agenda.reject', itemId: item.id, reason: reason.trim() })) onDone();
  };

  return (
    <form className="stack subcard" onSubmit={(e) => void onSubmit(e)} aria-label={t('room.reject.heading')}>
      <TextField
        id={`${id}-reason`}
        label={t('room.reject.reasonLabel')}
        required
        maxLength={LIMITS.reason}
        value={reason}
        onChange={setReason}
      />
      <FormFooter
        error={error}
        onDismiss={dismiss}
        busy={busy}
        submitLabel={t('room.reject.submit')}
        tone="danger"
        onCancel={onDone}
      />
    </form>
  );
}
