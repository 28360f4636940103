import { isDoneOnTime, isOverdue, own, roomTimeZone, type ActionItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { ActionFacts } from './ActionFacts';
import { ActionListItem } from './ActionList';
import { ActionTimeline } from './ActionTimeline';
import { ActionUpdateForm } from './ActionUpdateForm';

interface Props {
  action: ActionItem;
  /** Server time now, for the overdue flag. */
  now: number;
}

/** One action item in the room: its facts, its timeline, and progress controls for the host or its owner. */
export function ActionCard({ action, now }: Props) {
  const { t } = useTranslation('followup');
  const { state, you, youId } = useRoomView();
  const timeZone = roomTimeZone(state);
  const overdue = isOverdue(action, now, timeZone);
  const doneLate = action.status === 'done' && !isDoneOnTime(action, timeZone);
  const mayUpdate = can(state, you, { type: 'action.update', actionId: action.id, note: '…' });
  const entries = action.timeline.map((entry) => ({
    ...entry,
    author: entry.by === null ? null : (own(state.members, entry.by)?.name ?? t('timeline.hostConsole')),
  }));

  return (
    <ActionListItem overdue={overdue}>
      <ActionFacts
        action={{ ...action, overdue, doneLate }}
        heading="h5"
        yours={youId !== null && action.ownerMemberId === youId}
      />
      <ActionTimeline entries={entries} timeZone={timeZone} />
      {mayUpdate && (
        <details className="disclosure" open={action.ownerMemberId !== null && action.ownerMemberId === youId}>
          <summary>{t('update.open')}</summary>
          <ActionUpdateForm action={action} />
        </details>
      )}
    </ActionListItem>
  );
}
