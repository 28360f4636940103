import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { DecisionFollowUp } from './DecisionFollowUp';
import { useNow } from './useNow';

/** Every recorded decision in order, each with its action items (分层分类办事). */
export function DecisionFollowUpList() {
  const { t } = useTranslation('followup');
  const { state, clockOffset } = useRoomView();
  const now = useNow(clockOffset);
  if (state.decisionOrder.length === 0) return <p className="hint">{t('decisions.none')}</p>;
  return (
    <div className="stack">
      {state.decisionOrder.map((decisionId) => {
        const decision = own(state.decisions, decisionId);
        return decision ? <DecisionFollowUp key={decisionId} decision={decision} now={now} /> : null;
      })}
    </div>
  );
}
