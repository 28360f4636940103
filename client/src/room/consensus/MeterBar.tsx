import { CONSENSUS_LEVELS, type LevelCounts } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './levels.css';
import './MeterBar.css';

interface Props {
  counts: LevelCounts;
  size?: 'room' | 'board' | 'mini';
  /** Leave out the legend (a history row shows it in words already). */
  legend?: boolean;
}

/** A whole number percent of `total`, 0 when there is nothing. */
const percent = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 100));

/**
 * The share at each level as one stacked bar, block on the left to strong support on the right.
 * Each segment carries its level number and a pattern as well as its colour (a red–blue scale that
 * colour-blind readers can tell apart), and the legend says every count in words.
 */
export function MeterBar({ counts, size = 'room', legend = true }: Props) {
  const { t } = useTranslation();
  const total = counts.reduce((a, b) => a + b, 0);
  const words = CONSENSUS_LEVELS.map((level) =>
    t('consensus.legend', {
      level,
      name: t(`consensus.levels.${level}.name`),
      count: counts[level],
      percent: percent(counts[level], total),
    }),
  );
  return (
    <div className={`meter meter--${size}`}>
      <div
        className="meter__bar"
        role="img"
        aria-label={`${t('consensus.barLabel')}${t('common.colon')}${words.join(t('common.listSeparator'))}`}
      >
        {total === 0 && <span className="meter__empty">{t('consensus.verdict.no_responses')}</span>}
        {CONSENSUS_LEVELS.map((level) =>
          counts[level] === 0 ? null : (
            <span
              key={level}
              className={`meter__part meter__part--${level}`}
              style={{ flexGrow: counts[level] }}
              title={words[level]}
            >
              <span className="meter__part-level">{level}</span>
              <span className="meter__part-count">{counts[level]}</span>
            </span>
          ),
        )}
      </div>
      {legend && (
        <ul className="meter__legend" aria-hidden="true">
          {CONSENSUS_LEVELS.map((level) => (
            <li key={level} className={counts[level] === 0 ? 'meter__key meter__key--zero' : 'meter__key'}>
              <span className={`meter__swatch meter__part--${level}`} />
              <span className="meter__key-name">
                {level} {t(`consensus.levels.${level}.name`)}
              </span>
              <span className="meter__key-count">
                {counts[level]} · {percent(counts[level], total)}%
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
