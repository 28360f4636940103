import { type AgendaItem, type ResultVisibility } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

// Host only, with words from the follow-up's namespace: off the phone's first page.
const ReservedMatterNote = lazy(() => import('./ReservedMatterNote'));

/** The host opens a consensus check on the item's draft as it stands: named or anonymous, results live or after closing. */
export function OpenRoundForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const id = useId();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [anonymous, setAnonymous] = useState(false);
  const [visibility, setVisibility] = useState<ResultVisibility>('live');
  const command = { type: 'consensus.open', itemId: item.id, anonymous, visibility } as const;
  if (!canAttempt(state, you, { type: 'consensus.open', itemId: item.id })) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(command);
  };

  return (
    <form className="stack subcard" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('consensus.open.heading')}</h3>
      <label className="checkbox">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        <span>{t('consensus.open.anonymous')}</span>
      </label>
      <fieldset className="choices">
        <legend>{t('consensus.open.visibilityLegend')}</legend>
        {(['live', 'afterClose'] as const).map((v) => (
          <label key={v} className="checkbox">
            <input
              type="radio"
              name={`${id}-visibility`}
              checked={visibility === v}
              onChange={() => setVisibility(v)}
            />
            <span>{t(`consensus.open.${v}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('consensus.open.hint', { rule: t(`decisionRules.${state.rules.decisionRule}.name`) })}</p>
      <Suspense fallback={null}>
        <ReservedMatterNote item={item} />
      </Suspense>
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('consensus.open.submit')}
      </button>
    </form>
  );
}
