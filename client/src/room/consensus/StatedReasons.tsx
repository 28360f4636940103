import { needsReason, type ConsensusLevel, type Round } from '@dr/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWholeItems } from '../../ui/useWholeItems';
import { memberName } from '../meeting/memberName';
import { useRoomView } from '../../live/RoomContext';
import { useNamesOf } from '../../live/useAllMembers';
import './StatedReasons.css';

interface Reason {
  level: ConsensusLevel;
  reason: string;
  memberId: string | null;
  castBy?: string | null;
}

/** No box to fit in: every reason is shown (the room's screens scroll). */
const NO_BOX = { current: null };

/** What a round's blocks and serious concerns say so far, or said at its close. */
export function reasonsOf(round: Round): Reason[] {
  if (round.result) return round.result.reasons;
  return Object.values(round.ballots).flatMap((b) =>
    b.level !== null && needsReason(b.level) && b.reason
      ? [{ level: b.level, reason: b.reason, memberId: b.memberId, castBy: b.castBy }]
      : [],
  );
}

/**
 * The reasons given with blocks and serious concerns, blocks first; named only in named rounds.
 * `fit` (the board): as many whole reasons as the box holds, then "and N more".
 */
export function StatedReasons({ round, fit = false }: { round: Round; fit?: boolean }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const reasons = reasonsOf(round).sort((a, b) => a.level - b.level);
  const hidden = useWholeItems(fit ? box : NO_BOX, list, reasons.map((r) => r.reason).join('\n'));
  const name = (memberId: string) => memberName(state, memberId) ?? t('common.unknownMember');
  useNamesOf(round.anonymous ? [] : reasons.flatMap((r) => [r.memberId, r.castBy]));
  if (reasons.length === 0) return null;
  return (
    <div ref={box} className={fit ? 'reasons reasons--fit' : 'reasons'}>
      <h3 className="reasons__heading">{t('consensus.reasonsHeading')}</h3>
      <ul ref={list} className="reasons__list">
        {reasons.map((r, index) => (
          <li key={index} className={`reasons__item reasons__item--${r.level}`}>
            <span className="reasons__level">{t(`consensus.levels.${r.level}.name`)}</span>
            <span className="reasons__who">
              {round.anonymous || !r.memberId
                ? t('consensus.anonymous')
                : r.castBy
                  ? t('consensus.byProxy', { principal: name(r.memberId), holder: name(r.castBy) })
                  : name(r.memberId)}
            </span>
            <q className="reasons__text">{r.reason}</q>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="hint">{t('consensus.moreReasons', { count: hidden })}</p>}
    </div>
  );
}
