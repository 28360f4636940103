import { pickNext } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { memberName } from '../meeting/memberName';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

/** The host gives the floor to whoever the queue policy picks next. */
export function NextSpeakerButton() {
  const { t } = useTranslation();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const next = pickNext(state);
  const nextName = next ? (memberName(state, next.memberId) ?? t('common.unknownMember')) : null;

  return (
    <div className="stack">
      <button
        type="button"
        className="button button--huge button--host"
        disabled={busy || !next}
        // The turn this console sees: if another console acted first, the server refuses this as stale.
        onClick={() => void run({ type: 'queue.next', turnId: state.speaker?.turnId ?? null })}
      >
        {t('room.queue.next')}
      </button>
      {nextName && <p className="hint">{t('room.queue.nextIs', { name: nextName })}</p>}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
