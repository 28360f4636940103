import { type ActionItem, presentAction, roomTimeZone } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { ActionFacts } from './ActionFacts';
import { ActionListItem } from './ActionList';
import { ActionSupervision } from './ActionSupervision';
import { ActionTimeline } from './ActionTimeline';
import { ActionUpdateForm } from './ActionUpdateForm';

interface Props {
  action: ActionItem;
  /** Server time now, for the overdue flag. */
  now: number;
}

/** One action item in the room: its facts, its timeline, progress controls for the host or its owner, and its supervision. */
export function ActionCard({ action, now }: Props) {
  const { t } = useTranslation('followup');
  const { state, you, youId } = useRoomView();
  const timeZone = roomTimeZone(state);
  const shown = presentAction(state, action, now, timeZone);
  const mayUpdate = canAttempt(state, you, { type: 'action.update', actionId: action.id });

  return (
    <ActionListItem overdue={shown.overdue}>
      <ActionFacts action={shown} heading="h5" yours={youId !== null && action.ownerMemberId === youId} />
      <ActionTimeline entries={shown.timeline} timeZone={timeZone} />
      <ActionSupervision action={action} />
      {mayUpdate && (
        <details className="disclosure" open={action.ownerMemberId !== null && action.ownerMemberId === youId}>
          <summary>{t('update.open')}</summary>
          <ActionUpdateForm action={action} />
        </details>
      )}
    </ActionListItem>
  );
}
