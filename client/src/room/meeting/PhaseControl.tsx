import { ROOM_PHASES, type RoomPhase } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import '../../ui/segmented.css';

/**
 * The host moves the meeting through its phases. Which moves are allowed is asked of the shared
 * rules; closing is final, so it asks first.
 */
export function PhaseControl() {
  const { t } = useTranslation();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);

  const setPhase = (phase: RoomPhase) => {
    if (phase === 'closed' && !window.confirm(t('room.phase.confirmClose'))) return;
    void run({ type: 'room.setPhase', phase });
  };

  return (
    <div className="stack">
      <div className="segmented" role="group" aria-label={t('room.phase.heading')}>
        {ROOM_PHASES.map((phase) => (
          <button
            key={phase}
            type="button"
            className="button segmented__option"
            aria-pressed={state.phase === phase}
            disabled={busy || (state.phase !== phase && !can(state, you, { type: 'room.setPhase', phase }))}
            onClick={() => state.phase !== phase && setPhase(phase)}
          >
            {t(`phases.${phase}`)}
          </button>
        ))}
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
