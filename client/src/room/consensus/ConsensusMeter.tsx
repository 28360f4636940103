import type { Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { FrozenText } from './FrozenText';
import { MeterBar } from './MeterBar';
import { ResponsesLine } from './ResponsesLine';
import { responses, resultsHidden, shownCounts } from './rounds';
import { RoundSettings } from './RoundSettings';
import { RuleLine } from './RuleLine';
import { StatedReasons } from './StatedReasons';
import { VerdictLine } from './VerdictLine';
import './ConsensusMeter.css';

interface Props {
  round: Round;
  /** 'board': the sizes of the board's meter (BoardConsensusMeter). */
  size?: 'room' | 'board';
  /** Show the frozen text (the board and the console have it beside them already). */
  withText?: boolean;
}

/**
 * The consensus meter of one round: the share at each level, the verdict under the round's rule,
 * who has responded of those present, the reasons for blocks and serious concerns, and the text it
 * asks about. While results are hidden it shows only how many have responded. The board's own
 * layout is BoardConsensusMeter (its large text stays off the phone's path).
 */
export function ConsensusMeter({ round, size = 'room', withText = true }: Props) {
  const hidden = resultsHidden(round);
  return (
    <div className={`consensus-meter consensus-meter--${size}`}>
      <div className="consensus-meter__main stack">
        <MeterSummary round={round} size={size} />
      </div>
      <div className="consensus-meter__aside stack">
        <ResponsesLine round={round} />
        <RuleLine rule={round.rule} />
        {!hidden && <StatedReasons round={round} />}
        {withText && <FrozenText round={round} />}
      </div>
    </div>
  );
}

/** The round's settings, then its verdict and bar, or only how many responded while results are hidden. */
export function MeterSummary({ round, size }: { round: Round; size: NonNullable<Props['size']> }) {
  const { t } = useTranslation();
  if (resultsHidden(round)) {
    return (
      <>
        <RoundSettings round={round} />
        <p className="consensus-meter__hidden">
          {t('consensus.hidden')}
          <span className="consensus-meter__count">{t('consensus.responses', { count: responses(round).total })}</span>
        </p>
      </>
    );
  }
  const counts = shownCounts(round);
  return (
    <>
      <RoundSettings round={round} />
      <VerdictLine round={round} counts={counts} size={size} />
      <MeterBar counts={counts} size={size} />
    </>
  );
}
