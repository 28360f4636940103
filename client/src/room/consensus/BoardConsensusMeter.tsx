import type { Round } from '@dr/shared';
import { BoardFrozenText } from './BoardFrozenText';
import { MeterSummary } from './ConsensusMeter';
import { ResponsesLine } from './ResponsesLine';
import { resultsHidden } from './rounds';
import { RuleLine } from './RuleLine';
import { StatedReasons } from './StatedReasons';
import './ConsensusMeter.css';

/**
 * The consensus meter on the projector's board: the whole text on the left, as large as fits; the
 * meter and the reasons beside it, never over it. The reasons take the height left and show as many
 * whole ones as fit. Apart from ConsensusMeter so that a phone does not load the board's text layout.
 */
export function BoardConsensusMeter({ round }: { round: Round }) {
  return (
    <div className="consensus-meter consensus-meter--board">
      <BoardFrozenText round={round} />
      <div className="consensus-meter__aside stack">
        <MeterSummary round={round} size="board" />
        <ResponsesLine round={round} />
        {!resultsHidden(round) && <StatedReasons round={round} fit />}
      </div>
      {/* Across the foot of the meter, on a line of its own: never cut mid-sentence by the columns' height. */}
      <RuleLine rule={round.rule} />
    </div>
  );
}
