import { rubricOf } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useLocalized } from './useLocalized';

/** The rubric in force, read-only: once the first card is in, what the points mean is fixed. */
export function RubricView() {
  const { t } = useTranslation('followup');
  const { state } = useRoomView();
  const localized = useLocalized();
  const rubric = rubricOf(state);
  return (
    <div className="stack">
      {rubric.categories.map((category) => (
        <table key={category.id} className="figures">
          <caption>{localized(category.label)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rubric.columnIndicator')}</th>
              <th scope="col">{t('rubric.columnKind')}</th>
              <th scope="col">{t('rubric.columnMax')}</th>
            </tr>
          </thead>
          <tbody>
            {category.indicators.map((indicator) => (
              <tr key={indicator.id}>
                <th scope="row">
                  {localized(indicator.label)}
                  {indicator.key && <span className="tag tag--key">{t('scorecard.key')}</span>}
                </th>
                <td>{t(`rubric.kinds.${indicator.kind}`)}</td>
                <td>{indicator.max}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
