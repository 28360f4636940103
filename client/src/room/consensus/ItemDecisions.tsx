import { own, roomTimeZone } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { timeText } from '../../i18n/timeText';
import { FrozenText } from './FrozenText';
import { MeterBar } from './MeterBar';
import { OutcomeTag } from './OutcomeTag';
import './ItemDecisions.css';
import './RoundHistory.css';

/** An item's recorded decisions (定结果): the statement, the outcome, the text voted on with its fingerprint, the count. */
export function ItemDecisions({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation();
  const { state } = useRoomView();
  const decisions = (own(state.items, itemId)?.decisionIds ?? []).flatMap((id) => own(state.decisions, id) ?? []);
  if (decisions.length === 0) return null;
  return (
    <div className="stack">
      <h3>{t('consensus.decisions.heading')}</h3>
      <ul className="plain-list history">
        {decisions.map((decision) => (
          <li key={decision.id} className={`history__item item-decision--${decision.outcome}`}>
            <p className="history__head">
              <OutcomeTag outcome={decision.outcome} />
              <span className="hint">
                {t('consensus.decisions.recordedAt', {
                  time: timeText(decision.recordedAt, i18n.resolvedLanguage, roomTimeZone(state)),
                })}
              </span>
            </p>
            <p className="item-decision__statement">{decision.statement}</p>
            <MeterBar counts={decision.counts} size="mini" legend={false} />
            <p className="hint">{t('consensus.decisions.rule', { rule: t(`decisionRules.${decision.rule}.name`) })}</p>
            <FrozenText round={decision} />
          </li>
        ))}
      </ul>
    </div>
  );
}
