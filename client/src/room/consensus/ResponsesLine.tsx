import type { Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { presentCount, responses } from './rounds';
import './ResponsesLine.css';

/** How many have responded (phones and the room's count) out of those present while the round is open. */
export function ResponsesLine({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { state, presence } = useRoomView();
  const { phones, room, total } = responses(round);
  const present = round.status === 'open' ? presentCount(state, presence) : null;
  return (
    <p className="responses">
      <span className="responses__count">
        {present === null
          ? t('consensus.responses', { count: total })
          : t('consensus.responsesOfPresent', { count: total, present })}
      </span>{' '}
      <span className="responses__split">{t('consensus.responsesSplit', { phones, room })}</span>
      {round.roomCountConfirmedAbove !== null && (
        <span className="responses__note">
          {' '}
          {t('consensus.tally.confirmedAbove', { count: room, present: round.roomCountConfirmedAbove })}
        </span>
      )}
      {present !== null && total > present && (
        <span className="responses__note"> {t('consensus.moreThanPresent')}</span>
      )}
    </p>
  );
}
