import { placeInQueue, type RoomState } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { useCommand, type Send } from './useCommand';

interface Props {
  state: RoomState;
  youId: string;
  send: Send;
}

/** The member's big Raise hand / Lower hand toggle and their place in the queue. */
export function HandButton({ state, youId, send }: Props) {
  const { t } = useTranslation();
  const { run, busy, error, dismiss } = useCommand(send);
  const place = placeInQueue(state, youId);
  const raised = place !== null;
  const speaking = state.speaker?.memberId === youId;

  return (
    <div className="stack hand">
      {speaking && <p className="hand__status hand__status--floor">{t('room.queue.youHaveFloor')}</p>}
      {place === 1 && <p className="hand__status hand__status--next">{t('room.queue.youAreNext')}</p>}
      {place !== null && place > 1 && <p className="hand__status">{t('room.queue.place', { place })}</p>}
      <button
        type="button"
        className={raised ? 'button button--big button--hand-raised' : 'button button--big button--primary'}
        disabled={busy}
        onClick={() => void run({ type: raised ? 'queue.lower' : 'queue.raise' })}
      >
        {raised ? t('room.queue.lower') : t('room.queue.raise')}
      </button>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
