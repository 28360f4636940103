import { LIMITS } from '@dr/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { GroupSelect } from '../meeting/GroupSelect';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';
import { CardForm } from '../../ui/CardForm';
import { useField } from '../../ui/field';

/** The host adds someone in the room who has no phone; they then appear like anyone else. */
export function AddInRoomForm({ onAdded }: { onAdded: (memberId: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [name, nameField, setName] = useField('');
  const [group, groupField] = useField('');
  const [added, setAdded] = useState<string | null>(null);

  const onSubmit = async () => {
    const trimmed = name.trim();
    const chosen = group.trim();
    const accepted = await run({ type: 'member.addInRoom', name: trimmed, ...(chosen ? { group: chosen } : {}) });
    if (!accepted) return;
    setAdded(trimmed);
    setName('');
    if (accepted.id) onAdded(accepted.id);
  };

  return (
    <CardForm heading={t('room.addInRoom.heading')} level={3} onSubmit={onSubmit}>
      <TextField label={t('room.addInRoom.nameLabel')} required maxLength={LIMITS.name} {...nameField} />
      <GroupSelect id={`${id}-group`} label={t('room.addInRoom.groupLabel')} {...groupField} />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button" disabled={busy}>
        {t('room.addInRoom.submit')}
      </button>
      <p className="hint" aria-live="polite">
        {added ? t('room.addInRoom.added', { name: added }) : ''}
      </p>
    </CardForm>
  );
}
