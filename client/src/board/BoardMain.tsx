import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardConsensusMeter } from '../room/consensus/BoardConsensusMeter';
import { currentRound, decisionOf } from '../room/consensus/rounds';
import { own } from '@dr/shared';
import { useRoomView } from '../live/RoomContext';
import { BoardFacts } from './BoardFacts';
import './BoardMain.css';

const BoardDraft = lazy(() => import('../room/draft/BoardDraft'));

/**
 * The middle of the board for the topic under discussion: its facts at step 2 (明事), its draft
 * resolution as it is being written, or, once a consensus check is open, the meter, large, until
 * another round or topic.
 */
export function BoardMain({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const round = currentRound(state, itemId);
  const decision = round ? decisionOf(state, round.id) : undefined;
  if (!round && own(state.items, itemId)?.step === 'investigating') return <BoardFacts itemId={itemId} />;
  return (
    <section className="board__panel board-main" aria-labelledby="board-main-heading">
      <h2 id="board-main-heading" className="board__label">
        {t(round ? 'consensus.heading' : 'draft.heading')}
      </h2>
      {round ? (
        <>
          <BoardConsensusMeter round={round} />
          {decision && (
            <p className="board-main__decision">
              <span className="board-main__decision-label">{t('consensus.decisions.recorded')}</span>{' '}
              {decision.statement}
            </p>
          )}
        </>
      ) : (
        <Suspense fallback={null}>
          <BoardDraft key={itemId} itemId={itemId} />
        </Suspense>
      )}
    </section>
  );
}
