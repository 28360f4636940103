import { roomTimeZone, type AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { timeText } from '../../i18n/timeText';
import { MeterBar } from './MeterBar';
import { OutcomeTag } from './OutcomeTag';
import { RoundStatusTag } from './RoundStatusTag';
import { decisionOf, responses, roundsOf, shownCounts } from './rounds';
import './RoundHistory.css';

/** Every round on an item, newest first, with its outcome: an item may be amended and checked again. */
export function RoundHistory({ item }: { item: AgendaItem }) {
  const { t, i18n } = useTranslation();
  const { state } = useRoomView();
  const rounds = roundsOf(state, item.id);
  if (rounds.length === 0) return null;
  return (
    <div className="stack">
      <h3>{t('consensus.history.heading')}</h3>
      <ul className="plain-list history">
        {rounds
          .map((round, index) => ({ round, n: index + 1 }))
          .reverse()
          .map(({ round, n }) => {
            const recorded = decisionOf(state, round.id);
            return (
              <li key={round.id} className={`history__item history__item--${round.status}`}>
                <p className="history__head">
                  <span className="history__name">{t('consensus.history.round', { n })}</span>
                  <span className="hint">{timeText(round.openedAt, i18n.resolvedLanguage, roomTimeZone(state))}</span>
                  {round.result ? (
                    <OutcomeTag outcome={round.result.outcome} />
                  ) : (
                    <RoundStatusTag status={round.status} />
                  )}
                  {recorded && <span className="tag">{t('consensus.history.recorded')}</span>}
                </p>
                {round.result && (
                  <>
                    <MeterBar counts={shownCounts(round)} size="mini" legend={false} />
                    <p className="hint">
                      {t('consensus.history.summary', {
                        count: responses(round).total,
                        blocks: round.result.counts[0],
                        rule: t(`decisionRules.${round.rule}.name`),
                      })}
                    </p>
                  </>
                )}
                <p className="hint">{t('consensus.hash', { hash: round.textHash.slice(0, 8) })}</p>
              </li>
            );
          })}
      </ul>
    </div>
  );
}
