import { memberName, type Interest } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useNamesOf } from '../../live/useAllMembers';
import './InterestList.css';

interface Props {
  interests: readonly Interest[];
  size?: 'room' | 'board';
}

/**
 * Declared interests in a topic (利益回避): who and why, and whether the meeting rules let them vote
 * on it. Shown on phones, the console and the board, so nobody's stake is hidden.
 */
export function InterestList({ interests, size = 'room' }: Props) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  useNamesOf(interests.map((d) => d.memberId));
  if (interests.length === 0) return size === 'room' ? <p className="hint">{t('room.interests.none')}</p> : null;
  return (
    <div className={`interests interests--${size}`}>
      {size === 'board' && <p className="interests__heading">{t('room.interests.heading')}</p>}
      <ul className="interests__list">
        {interests.map((d) => (
          <li key={d.memberId}>
            <span className="interests__name">{memberName(state, d.memberId) ?? '—'}</span>
            {t('room.interests.colon')}
            {d.note}
          </li>
        ))}
      </ul>
      <p className="interests__rule">
        {state.rules.interestedMayVote ? t('room.interests.mayVote') : t('room.interests.mayNotVote')}
      </p>
    </div>
  );
}
