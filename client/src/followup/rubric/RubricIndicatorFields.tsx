import { INDICATOR_KINDS, RUBRIC_LIMITS, type IndicatorKind, type RubricIndicator } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelFields } from './LabelFields';
import '../boxFieldset.css';
import './RubricIndicatorFields.css';

interface Props {
  indicator: RubricIndicator;
  /** "2.3": its place, for the legend. */
  number: string;
  onChange: (patch: Partial<RubricIndicator>) => void;
  /** Absent when it is its category's only indicator. */
  onRemove: (() => void) | undefined;
}

/** One indicator of the rubric: its name, kind (base, bonus, deduction), points, and whether it is a key step. */
export function RubricIndicatorFields({ indicator, number, onChange, onRemove }: Props) {
  const { t } = useTranslation('followup');
  const id = useId();
  return (
    <fieldset className="box-fieldset rubric-indicator">
      <legend>{t('rubric.indicator', { n: number })}</legend>
      <LabelFields value={indicator.label} onChange={(label) => onChange({ label })} />
      <div className="rubric-indicator__row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('rubric.kind')}</label>
          <select
            id={`${id}-kind`}
            value={indicator.kind}
            onChange={(e) => onChange({ kind: e.target.value as IndicatorKind })}
          >
            {INDICATOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`rubric.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>
            {indicator.kind === 'deduction' ? t('rubric.maxDeduction') : t('rubric.max')}
          </label>
          <input
            id={`${id}-max`}
            type="number"
            inputMode="numeric"
            required
            min={1}
            max={RUBRIC_LIMITS.maxPoints}
            step={1}
            value={Number.isNaN(indicator.max) ? '' : indicator.max}
            onChange={(e) => onChange({ max: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          />
        </div>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={indicator.key} onChange={(e) => onChange({ key: e.target.checked })} />
        <span>{t('rubric.key')}</span>
      </label>
      {onRemove && (
        <button type="button" className="button button--small button--danger" onClick={onRemove}>
          {t('rubric.removeIndicator')}
        </button>
      )}
    </fieldset>
  );
}
