import { needsReason, type ConsensusLevel, type Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { memberName } from '../meeting/memberName';
import { useRoomView } from '../../live/RoomContext';
import './StatedReasons.css';

interface Reason {
  level: ConsensusLevel;
  reason: string;
  memberId: string | null;
}

/** What a round's blocks and serious concerns say so far, or said at its close. */
function reasonsOf(round: Round): Reason[] {
  if (round.result) return round.result.reasons;
  return Object.values(round.ballots).flatMap((b) =>
    b.level !== null && needsReason(b.level) && b.reason
      ? [{ level: b.level, reason: b.reason, memberId: b.memberId }]
      : [],
  );
}

/** The reasons given with blocks and serious concerns, blocks first; named only in named rounds. */
export function StatedReasons({ round, max }: { round: Round; max?: number }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const reasons = reasonsOf(round).sort((a, b) => a.level - b.level);
  if (reasons.length === 0) return null;
  const shown = max === undefined ? reasons : reasons.slice(0, max);
  return (
    <div className="reasons">
      <h4 className="reasons__heading">{t('consensus.reasonsHeading')}</h4>
      <ul className="reasons__list">
        {shown.map((r, index) => (
          <li key={index} className={`reasons__item reasons__item--${r.level}`}>
            <span className="reasons__level">{t(`consensus.levels.${r.level}.name`)}</span>
            <span className="reasons__who">
              {round.anonymous || !r.memberId
                ? t('consensus.anonymous')
                : (memberName(state, r.memberId) ?? t('common.unknownMember'))}
            </span>
            <q className="reasons__text">{r.reason}</q>
          </li>
        ))}
      </ul>
      {shown.length < reasons.length && (
        <p className="hint">{t('consensus.moreReasons', { count: reasons.length - shown.length })}</p>
      )}
    </div>
  );
}
