import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { StepSelect } from './StepSelect';

/** The host's tools for the topic under discussion: its step, and ending the discussion. */
export function ActiveItemControls() {
  const { t } = useTranslation();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  if (!item) return null;
  return (
    <div className="stack">
      <StepSelect item={item} />
      <button type="button" className="button" disabled={busy} onClick={() => void run({ type: 'agenda.deactivate' })}>
        {t('room.active.end')}
      </button>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
