import { rubricOf } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useLocalized } from './useLocalized';
import { FiguresTable } from '../../ui/FiguresTable';

/** The rubric in force, read-only: once the first card is in, what the points mean is fixed. */
export function RubricView() {
  const { t } = useTranslation('followup');
  const { state } = useRoomView();
  const localized = useLocalized();
  const rubric = rubricOf(state);
  return (
    <div className="stack">
      {rubric.categories.map((category) => (
        <FiguresTable
          key={category.id}
          caption={localized(category.label)}
          columns={[t('rubric.columnIndicator'), t('rubric.columnKind'), t('rubric.columnMax')]}
        >
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
        </FiguresTable>
      ))}
    </div>
  );
}
