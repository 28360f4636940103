import { own } from '@dr/shared';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { GroupSelect } from './GroupSelect';
import { useField } from '../../ui/field';

/** A member says which side they speak for (村民, 党员, 专家 …), so the meeting sees who was heard. */
export function MyGroupForm({ youId }: { youId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const current = own(state.members, youId)?.group ?? '';
  const [group, groupField] = useField(current);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = group.trim();
    void run({ type: 'member.setGroup', group: trimmed === '' ? null : trimmed });
  };

  return (
    <form className="stack" onSubmit={onSubmit} aria-label={t('room.group.heading')}>
      <GroupSelect id={`${id}-group`} label={t('room.group.label')} {...groupField} />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button" disabled={busy || group.trim() === current}>
        {t('room.group.save')}
      </button>
    </form>
  );
}
