import { baseMaxOf, DEFAULT_RUBRIC, Rubric, RUBRIC_LIMITS, rubricOf } from '@dr/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { RubricCategoryFields } from './RubricCategoryFields';
import {
  addCategory,
  addIndicator,
  completeLabels,
  removeCategory,
  removeIndicator,
  updateCategory,
  updateIndicator,
} from './rubricDraft';
import './RubricEditor.css';
import { TextField } from '../../ui/TextField';

/**
 * The host shapes the scorecard (打分器) before scoring starts: categories, indicators with their
 * points, bonus items and deductions, key steps. The rubric in force shows until something changes.
 */
export function RubricEditor() {
  const { t } = useTranslation('followup');
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [draft, setDraft] = useState<Rubric | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = draft ?? rubricOf(state);
  const edit = (next: Rubric) => {
    setDraft(next);
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // The shared schema is the rubric's rule; the browser's own checks caught the rest already.
    const parsed = Rubric.safeParse(completeLabels(shown));
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? '');
      return;
    }
    setProblem(null);
    if (await run({ type: 'scorecard.setRubric', rubric: parsed.data })) {
      setDraft(null);
      setSaved(true);
    }
  };

  return (
    <form className="stack rubric-editor" onSubmit={(e) => void onSubmit(e)} aria-label={t('rubric.formLabel')}>
      <p className="hint">{t('rubric.nameHelp')}</p>
      {shown.categories.map((category, ci) => (
        <RubricCategoryFields
          key={category.id}
          category={category}
          index={ci}
          onChange={(patch) => edit(updateCategory(shown, ci, patch))}
          onChangeIndicator={(ii, patch) => edit(updateIndicator(shown, ci, ii, patch))}
          onAddIndicator={() => edit(addIndicator(shown, ci))}
          onRemoveIndicator={(ii) => edit(removeIndicator(shown, ci, ii))}
          onRemove={shown.categories.length > 1 ? () => edit(removeCategory(shown, ci)) : undefined}
        />
      ))}
      <button
        type="button"
        className="button button--small"
        disabled={shown.categories.length >= RUBRIC_LIMITS.categories}
        onClick={() => edit(addCategory(shown))}
      >
        {t('rubric.addCategory')}
      </button>
      <TextField
        label={t('rubric.bonusCap')}
        type="number"
        inputMode="numeric"
        required
        min={0}
        max={RUBRIC_LIMITS.maxPoints}
        step={1}
        value={Number.isNaN(shown.bonusCap) ? '' : String(shown.bonusCap)}
        onChange={(value) => edit({ ...shown, bonusCap: value === '' ? Number.NaN : Number(value) })}
      />
      <p className="rubric-editor__total">{t('rubric.baseTotal', { points: baseMaxOf(shown) || 0 })}</p>
      {problem !== null && <Alert message={problem} onDismiss={() => setProblem(null)} />}
      {error && <Alert message={error} onDismiss={dismiss} />}
      <p className="hint" aria-live="polite">
        {draft ? t('rubric.unsaved') : saved ? t('rubric.saved') : t('rubric.inForce')}
      </p>
      <div className="row-actions">
        <button type="submit" className="button button--primary" disabled={busy || !draft}>
          {t('rubric.save')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => edit(DEFAULT_RUBRIC)}>
          {t('rubric.reset')}
        </button>
      </div>
    </form>
  );
}
