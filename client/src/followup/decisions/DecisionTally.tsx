import { CONSENSUS_LEVELS, type LevelCounts } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './DecisionTally.css';

/** How many responses a decision had at each level, strongest support first: counts only, never who. */
export function DecisionTally({ counts }: { counts: LevelCounts }) {
  const { t } = useTranslation('followup');
  const levels = [...CONSENSUS_LEVELS].reverse();
  return (
    <table className="figures tally">
      <caption>{t('decisions.tally')}</caption>
      <tbody>
        {levels.map((level) => (
          <tr key={level} className={counts[level] === 0 ? 'tally__row--none' : undefined}>
            <th scope="row">
              {level} · {t(`levels.${level}`)}
            </th>
            <td>{counts[level]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
