import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { movePosition } from './queueMove';

/** The host moves a raised hand up or down, or removes it. */
export function QueueEntryControls({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { state, send } = useRoomView();
  const runner = useCommand(send);
  const { run, busy, error, dismiss } = runner;
  const up = movePosition(state, memberId, -1);
  const down = movePosition(state, memberId, 1);
  // Where this console sees the hand: a queue that moved meanwhile refuses the move as stale.
  const fromPosition = state.queue.findIndex((e) => e.memberId === memberId);

  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--small"
        disabled={busy || up === null}
        onClick={() => up !== null && void run({ type: 'queue.move', memberId, position: up, fromPosition })}
      >
        {t('room.queue.moveUp')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={busy || down === null}
        onClick={() => down !== null && void run({ type: 'queue.move', memberId, position: down, fromPosition })}
      >
        {t('room.queue.moveDown')}
      </button>
      <CommandButton runner={runner} command={{ type: 'queue.lower', memberId }} small tone="danger">
        {t('room.queue.remove')}
      </CommandButton>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
