import { indicatorsOf, rubricOf, scorecardSummary } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useLocalized } from '../rubric/useLocalized';
import { useNumberText } from './useNumberText';
import './ScorecardSummaryView.css';
import { FiguresTable } from '../../ui/FiguresTable';

/**
 * What everyone sees of the scores: how many cards, the average total and its range, and per
 * indicator the average (from the shared `scorecardSummary`) with the notes given, unnamed.
 */
export function ScorecardSummaryView() {
  const { t } = useTranslation('followup');
  const { state } = useRoomView();
  const localized = useLocalized();
  const number = useNumberText();
  const rubric = rubricOf(state);
  const summary = scorecardSummary(state);
  const labels = new Map(indicatorsOf(rubric).map((i) => [i.id, localized(i.label)]));
  // Deductions are points taken away: shown with a minus, except nothing taken away.
  const signed = (points: number, deduction: boolean) =>
    deduction && points > 0 ? t('summary.deduction', { points: number.points(points) }) : number.points(points);

  if (summary.submissions === 0 || summary.total === null) return <p className="hint">{t('summary.none')}</p>;
  return (
    <div className="stack scorecard-summary">
      <p className="scorecard-summary__headline">
        <span>{t('summary.cards', { count: summary.submissions })}</span>
        {' · '}
        <span>
          {t('summary.averageTotal', {
            average: number.points(summary.total.average),
            max: summary.baseMax,
          })}
        </span>
      </p>
      <p className="hint">
        {t('summary.range', { min: number.points(summary.total.min), max: number.points(summary.total.max) })}
        {' · '}
        {t('summary.bonusNote', { cap: summary.bonusCap })}
      </p>
      {rubric.categories.map((category) => {
        const rows = summary.indicators.filter((i) => i.categoryId === category.id);
        const subtotal = summary.categories.find((c) => c.categoryId === category.id)?.average ?? null;
        const deductions = category.indicators.every((i) => i.kind === 'deduction');
        return (
          <FiguresTable
            key={category.id}
            caption={localized(category.label)}
            columns={[t('summary.indicator'), t('summary.average')]}
            foot={
              <tr>
                <th scope="row">{t('summary.categoryTotal')}</th>
                <td className="scorecard-summary__average">
                  {subtotal === null ? t('indicators.none') : signed(subtotal, deductions)}
                </td>
              </tr>
            }
          >
            {rows.map((row) => (
              <tr key={row.indicatorId}>
                <th scope="row">
                  {labels.get(row.indicatorId)}
                  <span className="scorecard-summary__by">{t('summary.scoredBy', { count: row.scoredBy })}</span>
                  {row.notes.length > 0 && (
                    <details className="scorecard-summary__notes">
                      <summary>{t('summary.notes', { count: row.notes.length })}</summary>
                      <ul>
                        {row.notes.map((note, i) => (
                          <li key={i}>{note}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </th>
                <td className="scorecard-summary__average">
                  {t('summary.outOf', {
                    average:
                      row.average === null ? t('indicators.none') : signed(row.average, row.kind === 'deduction'),
                    max: row.max,
                  })}
                </td>
              </tr>
            ))}
          </FiguresTable>
        );
      })}
    </div>
  );
}
