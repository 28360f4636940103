import { placeInQueue } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { memberName } from '../meeting/memberName';
import { useRoomView } from '../../live/RoomContext';

/**
 * Says who has the floor and whether you are next; screen readers announce each change.
 * Visually hidden: the same facts are on screen in the queue.
 */
export function FloorAnnouncer() {
  const { t } = useTranslation();
  const { state, youId } = useRoomView();
  const speakerId = state.speaker?.memberId ?? null;
  const parts: string[] = [];
  if (speakerId && speakerId === youId) parts.push(t('room.queue.youHaveFloor'));
  else if (speakerId) {
    const name = memberName(state, speakerId) ?? t('common.unknownMember');
    parts.push(t('room.queue.nowSpeaking', { name }));
  }
  if (youId && placeInQueue(state, youId) === 1) parts.push(t('room.queue.youAreNext'));
  return (
    <div className="visually-hidden" aria-live="polite">
      {parts.join(' ')}
    </div>
  );
}
