import { ITEM_STEPS, type AgendaItem, type ItemStep } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

/** The host moves a topic to another of the six steps. */
export function StepSelect({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('room.agenda.stepLabel')}</label>
      <select
        id={id}
        value={item.step}
        disabled={busy}
        onChange={(e) => void run({ type: 'agenda.setStep', itemId: item.id, step: e.target.value as ItemStep })}
      >
        {ITEM_STEPS.map((step, index) => (
          <option key={step} value={step}>
            {index + 1}. {t(`steps.${step}.name`)}
          </option>
        ))}
      </select>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
