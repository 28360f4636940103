import { own, roomTimeZone, rubricOf } from '@dr/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { momentText } from '../../i18n/dateText';
import { initialValues, scoresFrom, type ScoreValues } from './scoreDraft';
import { ScoreFields } from './ScoreFields';
import { useLocalized } from '../rubric/useLocalized';
import '../boxFieldset.css';

/**
 * A member's scorecard (打分器): every base indicator with points and a note, bonus items and
 * deductions where they apply. Starts from one's own card; submitting again replaces it.
 */
export function ScorecardForm({ youId }: { youId: string }) {
  const { t, i18n } = useTranslation('followup');
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const localized = useLocalized();
  const rubric = rubricOf(state);
  const card = own(state.scorecard.cards, youId);
  const [values, setValues] = useState<ScoreValues>(() => initialValues(rubric, card));
  const [sent, setSent] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'scorecard.submit', scores: scoresFrom(rubric, values) })) setSent(true);
  };

  return (
    <form className="stack scorecard-form" onSubmit={(e) => void onSubmit(e)} aria-label={t('scorecard.formLabel')}>
      <p className="hint">{t('scorecard.intro')}</p>
      {rubric.categories.map((category) => (
        <fieldset key={category.id} className="box-fieldset stack">
          <legend>{localized(category.label)}</legend>
          {category.indicators.some((i) => i.kind === 'bonus') && (
            <p className="hint">{t('scorecard.bonusCapHint', { cap: rubric.bonusCap })}</p>
          )}
          {category.indicators.map((indicator) => (
            <ScoreFields
              key={indicator.id}
              indicator={indicator}
              value={own(values, indicator.id) ?? { points: '', note: '' }}
              onChange={(value) => {
                setValues({ ...values, [indicator.id]: value });
                setSent(false);
              }}
            />
          ))}
        </fieldset>
      ))}
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {card ? t('scorecard.replace') : t('scorecard.submit')}
      </button>
      <p className="hint" aria-live="polite">
        {sent
          ? t('scorecard.submitted')
          : card
            ? t('scorecard.submittedAt', {
                time: momentText(card.submittedAt, i18n.resolvedLanguage, roomTimeZone(state)),
              })
            : ''}
      </p>
    </form>
  );
}
