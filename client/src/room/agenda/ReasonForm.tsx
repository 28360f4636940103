import { LIMITS, type Command } from '@dr/shared';
import { type FormEvent } from 'react';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { FormFooter } from '../../ui/FormFooter';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

interface Props {
  /** The form's name for screen readers. */
  heading: string;
  label: string;
  submitLabel: string;
  /** The command that carries the reason (trimmed). */
  command: (reason: string) => Command;
  /** Accepted, or cancelled. */
  onDone: () => void;
}

/** The host undoes something in the open, always with a reason everyone can read. */
export function ReasonForm({ heading, label, submitLabel, command, onDone }: Props) {
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [reason, reasonField] = useField('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(command(reason.trim()))) onDone();
  };

  return (
    <form className="stack subcard" onSubmit={(e) => void onSubmit(e)} aria-label={heading}>
      <TextField label={label} required maxLength={LIMITS.reason} {...reasonField} />
      <FormFooter
        error={error}
        onDismiss={dismiss}
        busy={busy}
        submitLabel={submitLabel}
        tone="danger"
        onCancel={onDone}
      />
    </form>
  );
}
