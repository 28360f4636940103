import { RUBRIC_LIMITS, type RubricCategory, type RubricIndicator } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { LabelFields } from './LabelFields';
import { RubricIndicatorFields } from './RubricIndicatorFields';
import '../boxFieldset.css';

interface Props {
  category: RubricCategory;
  index: number;
  onChange: (patch: Partial<RubricCategory>) => void;
  onChangeIndicator: (index: number, patch: Partial<RubricIndicator>) => void;
  onAddIndicator: () => void;
  onRemoveIndicator: (index: number) => void;
  /** Absent when it is the rubric's only category. */
  onRemove: (() => void) | undefined;
}

/** One category of the rubric (e.g. 议题调研论证) and its indicators. */
export function RubricCategoryFields({
  category,
  index,
  onChange,
  onChangeIndicator,
  onAddIndicator,
  onRemoveIndicator,
  onRemove,
}: Props) {
  const { t } = useTranslation('followup');
  const only = category.indicators.length === 1;
  return (
    <fieldset className="box-fieldset stack">
      <legend>{t('rubric.category', { n: index + 1 })}</legend>
      <LabelFields value={category.label} onChange={(label) => onChange({ label })} />
      {category.indicators.map((indicator, i) => (
        <RubricIndicatorFields
          key={indicator.id}
          indicator={indicator}
          number={`${index + 1}.${i + 1}`}
          onChange={(patch) => onChangeIndicator(i, patch)}
          onRemove={only ? undefined : () => onRemoveIndicator(i)}
        />
      ))}
      <div className="row-actions">
        <button
          type="button"
          className="button button--small"
          disabled={category.indicators.length >= RUBRIC_LIMITS.indicatorsPerCategory}
          onClick={onAddIndicator}
        >
          {t('rubric.addIndicator')}
        </button>
        {onRemove && (
          <button type="button" className="button button--small button--danger" onClick={onRemove}>
            {t('rubric.removeCategory')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
