import { FOLLOW_UP_LIMITS, type RubricIndicator } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { noteNeeded, type ScoreValue } from './scoreDraft';
import { useLocalized } from '../rubric/useLocalized';
import './ScoreFields.css';

interface Props {
  indicator: RubricIndicator;
  value: ScoreValue;
  onChange: (value: ScoreValue) => void;
}

/**
 * Points and a note for one indicator. Base indicators must be scored; a bonus or deduction is
 * optional. The note is asked for only where the rubric asks (the shared `noteRequired`): a bonus
 * or deduction with points, or a base score below its maximum.
 */
export function ScoreFields({ indicator, value, onChange }: Props) {
  const { t } = useTranslation('followup');
  const id = useId();
  const localized = useLocalized();
  const optional = indicator.kind !== 'base';
  const needsNote = noteNeeded(indicator, value);
  return (
    <div
      className={`score-fields score-fields--${indicator.kind}`}
      role="group"
      aria-labelledby={`${id}-label`}
      data-indicator={indicator.id}
    >
      <p className="score-fields__label">
        <span id={`${id}-label`}>{localized(indicator.label)}</span>
        {indicator.key && <span className="tag tag--key">{t('scorecard.key')}</span>}
        {optional && <span className="hint"> {t('scorecard.optional')}</span>}
      </p>
      <div className="score-fields__row">
        <div className="field score-fields__points">
          <label htmlFor={`${id}-points`}>
            {indicator.kind === 'deduction'
              ? t('scorecard.deduct', { max: indicator.max })
              : t('scorecard.points', { max: indicator.max })}
          </label>
          <input
            id={`${id}-points`}
            type="number"
            inputMode="decimal"
            min={0}
            max={indicator.max}
            step={0.5}
            required={!optional}
            value={value.points}
            onChange={(e) => onChange({ ...value, points: e.target.value })}
          />
        </div>
        <div className="field score-fields__note">
          <label htmlFor={`${id}-note`}>{needsNote ? t('scorecard.noteNeeded') : t('scorecard.noteOptional')}</label>
          <textarea
            id={`${id}-note`}
            rows={needsNote ? 2 : 1}
            maxLength={FOLLOW_UP_LIMITS.scoreNote}
            required={needsNote}
            value={value.note}
            onChange={(e) => onChange({ ...value, note: e.target.value })}
          />
        </div>
      </div>
    </div>
  );
}
