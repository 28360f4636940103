import { DECISION_RULES, QUEUE_POLICIES, presetConflict, type Rules } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { SelectField, type Choice } from '../../ui/SelectField';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { durationText } from './durationText';
import { QuorumFields } from './QuorumFields';
import { PresetFields } from './PresetFields';

const LIMIT_CHOICES = [30, 60, 90, 120, 180, 300, 600];
const TURN_CHOICES = [1, 2, 3, 5];

/** Choices offered in a select, with the current value kept even when it is not a usual one. */
function withCurrent(choices: number[], current: number | null): number[] {
  return current === null || choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
}

/** "None" (the empty value), then the usual numbers and the current one, each said by `say`. */
function numberChoices(none: string, usual: number[], current: number | null, say: (n: number) => string): Choice[] {
  return [{ value: '', label: none }, ...withCurrent(usual, current).map((n) => ({ value: String(n), label: say(n) }))];
}

/**
 * The host sets the meeting rules (定会纪). It shows the rules in force until the host changes
 * something; the changes are a draft until saved.
 */
export function RulesForm() {
  const { t } = useTranslation();
  const id = useId();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [draft, setDraft] = useState<Rules | null>(null);
  const rules = state.rules;
  const shown = draft ?? rules;
  // A rule changed by hand that the chosen preset fixes makes the rules custom (the server would refuse the mix).
  const change = (patch: Partial<Rules>) => {
    const next = { ...shown, ...patch };
    setDraft(patch.preset === undefined && presetConflict(next.preset, next) ? { ...next, preset: 'custom' } : next);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // Every rule is sent: the command takes exactly the fields of `Rules`.
    if (await run({ type: 'rules.set', ...shown })) setDraft(null);
  };
  const number = (value: string) => (value === '' ? null : Number(value));

  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)} aria-label={t('room.rules.formLabel')}>
      <PresetFields shown={shown} change={change} />
      <SelectField
        label={t('room.rules.limit')}
        value={String(shown.speakingLimitSec ?? '')}
        onChange={(value) => change({ speakingLimitSec: number(value) })}
        choices={numberChoices(t('room.rules.noLimit'), LIMIT_CHOICES, shown.speakingLimitSec, (seconds) =>
          durationText(t, seconds),
        )}
      />
      <fieldset className="choices choices--policies">
        <legend>{t('room.rules.policy')}</legend>
        {QUEUE_POLICIES.map((p) => (
          <label key={p} className={p === shown.queuePolicy ? 'policy-option policy-option--on' : 'policy-option'}>
            <input
              type="radio"
              name={`${id}-policy`}
              value={p}
              checked={p === shown.queuePolicy}
              onChange={() => change({ queuePolicy: p })}
            />
            <span>
              <span className="policy-option__name">{t(`policies.${p}.name`)}</span>
              <span className="hint">{t(`policies.${p}.help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <SelectField
        label={t('room.rules.maxTurns')}
        value={String(shown.maxTurnsPerItem ?? '')}
        onChange={(value) => change({ maxTurnsPerItem: number(value) })}
        choices={numberChoices(t('room.rules.noCap'), TURN_CHOICES, shown.maxTurnsPerItem, (count) =>
          t('room.rules.turns', { count }),
        )}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={shown.pointsOfOrder}
          onChange={(e) => change({ pointsOfOrder: e.target.checked })}
        />
        <span>{t('room.rules.allowPointsOfOrder')}</span>
      </label>
      <fieldset className="choices choices--policies">
        <legend>{t('room.rules.decisionRule')}</legend>
        {DECISION_RULES.map((r) => (
          <label key={r} className={r === shown.decisionRule ? 'policy-option policy-option--on' : 'policy-option'}>
            <input
              type="radio"
              name={`${id}-decision-rule`}
              value={r}
              checked={r === shown.decisionRule}
              onChange={() => change({ decisionRule: r })}
            />
            <span>
              <span className="policy-option__name">{t(`decisionRules.${r}.name`)}</span>
              <span className="hint">{t(`decisionRules.${r}.help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <QuorumFields shown={shown} change={change} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={shown.interestedMayVote}
          onChange={(e) => change({ interestedMayVote: e.target.checked })}
        />
        <span>{t('room.rules.interestedMayVote')}</span>
      </label>
      {error && <Alert message={error} onDismiss={dismiss} />}
      <p className="hint" aria-live="polite">
        {draft ? t('room.rules.unsaved') : t('room.rules.inForce')}
      </p>
      <button type="submit" className="button button--primary" disabled={busy || !draft}>
        {t('room.rules.save')}
      </button>
    </form>
  );
}
