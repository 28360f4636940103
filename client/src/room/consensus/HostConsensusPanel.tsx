import { own } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { CloseRoundButton } from './CloseRoundButton';
import { ConsensusMeter } from './ConsensusMeter';
import { ItemDecisions } from './ItemDecisions';
import { OpenRoundForm } from './OpenRoundForm';
import { RecordDecisionForm } from './RecordDecisionForm';
import { RoundHistory } from './RoundHistory';
import { currentRound, decisionOf } from './rounds';
import { TallyForm } from './TallyForm';
import { VoteButtons } from './VoteButtons';

/**
 * The host's consensus check on the topic: open a round on the draft, follow the meter, enter the
 * room's count, close it, record the decision, and open another round on an amended draft.
 */
export function HostConsensusPanel() {
  const { state, you } = useRoomView();
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  if (!item) return null;
  const round = currentRound(state, item.id);
  const open = round?.status === 'open' ? round : undefined;
  const closed = round?.status === 'closed' ? round : undefined;
  const canVote = open && canAttempt(state, you, { type: 'consensus.vote', roundId: open.id });

  return (
    <div className="stack consensus">
      {round && <ConsensusMeter round={round} />}
      {open && (
        <>
          <TallyForm key={open.id} round={open} />
          <CloseRoundButton round={open} />
          {canVote && <VoteButtons key={`vote-${open.id}`} round={open} />}
        </>
      )}
      {closed && !decisionOf(state, closed.id) && <RecordDecisionForm key={closed.id} round={closed} />}
      {!open && <OpenRoundForm item={item} />}
      <RoundHistory item={item} />
      <ItemDecisions itemId={item.id} />
    </div>
  );
}
