import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

/** The host pauses, resumes, extends or ends the current turn. */
export function SpeakerControls() {
  const { t } = useTranslation();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const { speaker } = state;
  if (!speaker) return null;
  const paused = speaker.pausedAt !== null;
  // Every action names the turn on screen, so it never lands on a turn another console started.
  const { turnId } = speaker;

  return (
    <div className="stack">
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run({ type: paused ? 'speaker.resume' : 'speaker.pause', turnId })}
        >
          {paused ? t('room.speaker.resume') : t('room.speaker.pause')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run({ type: 'speaker.extend', seconds: 30, turnId })}
        >
          {t('room.speaker.extend30')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run({ type: 'speaker.extend', seconds: 60, turnId })}
        >
          {t('room.speaker.extend60')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void run({ type: 'speaker.end', turnId })}
        >
          {t('room.speaker.end')}
        </button>
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
