import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';

/** The host pauses, resumes, extends or ends the current turn. */
export function SpeakerControls() {
  const { t } = useTranslation();
  const { state, send } = useRoomView();
  const runner = useCommand(send);
  const { error, dismiss } = runner;
  const { speaker } = state;
  if (!speaker) return null;
  const paused = speaker.pausedAt !== null;
  // Every action names the turn on screen, so it never lands on a turn another console started.
  const { turnId } = speaker;

  return (
    <div className="stack">
      <div className="button-row">
        <CommandButton runner={runner} command={{ type: paused ? 'speaker.resume' : 'speaker.pause', turnId }}>
          {paused ? t('room.speaker.resume') : t('room.speaker.pause')}
        </CommandButton>
        <CommandButton runner={runner} command={{ type: 'speaker.extend', seconds: 30, turnId }}>
          {t('room.speaker.extend30')}
        </CommandButton>
        <CommandButton runner={runner} command={{ type: 'speaker.extend', seconds: 60, turnId }}>
          {t('room.speaker.extend60')}
        </CommandButton>
        <CommandButton runner={runner} command={{ type: 'speaker.end', turnId }} tone="danger">
          {t('room.speaker.end')}
        </CommandButton>
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
