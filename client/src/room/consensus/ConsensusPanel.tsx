import { barredFromVoting, own } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { ConsensusMeter } from './ConsensusMeter';
import { ItemDecisions } from './ItemDecisions';
import { FrozenText } from './FrozenText';
import { RoundHistory } from './RoundHistory';
import { currentRound } from './rounds';
import { VoteButtons } from './VoteButtons';

/**
 * The consensus check on the topic, for a participant (the text asked about, the six buttons, the
 * meter) and for an observer (the meter only). Earlier rounds on the topic follow.
 */
export function ConsensusPanel() {
  const { t } = useTranslation();
  const { state, you, youId } = useRoomView();
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  if (!item) return null;
  const round = currentRound(state, item.id);
  const canVote = round?.status === 'open' && canAttempt(state, you, { type: 'consensus.vote', roundId: round.id });
  // A member with a declared interest is told why there are no buttons (利益回避), and still reads the whole text.
  const barred = round?.status === 'open' && barredFromVoting(state.rules, item, youId);

  return (
    <div className="stack consensus">
      {!round && <p className="hint">{t('consensus.none')}</p>}
      {round && canVote && (
        <>
          <FrozenText round={round} />
          <VoteButtons key={round.id} round={round} />
          <ConsensusMeter round={round} withText={false} />
        </>
      )}
      {round && !canVote && barred && (
        <>
          <p className="notice">{t('room.interests.youDoNotVote')}</p>
          <FrozenText round={round} />
          <ConsensusMeter round={round} withText={false} />
        </>
      )}
      {round && !canVote && !barred && <ConsensusMeter round={round} />}
      <RoundHistory item={item} />
      <ItemDecisions itemId={item.id} />
    </div>
  );
}
